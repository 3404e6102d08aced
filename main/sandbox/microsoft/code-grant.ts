import { CODE_TTL_MS } from './codes.js';
import type { EntraContext } from './context.js';
import { checkVerifier } from './pkce.js';
import { matchRedirectUri } from './redirect-uri.js';
import { allScopes, parseScopes } from './scopes.js';
import { isStsError, missingParameter, stsError, type StsError } from './sts-error.js';
import { STS } from './sts-errors.js';
import { issueTokens } from './token-issuer.js';
import { findUserById } from './users.js';

/** A grant's outcome: an STS error or the token response body. */
export type GrantResult = { error: StsError } | { body: Record<string, unknown> };

/**
 * `grant_type=authorization_code`: the code must be this client's, unredeemed, younger than 10 minutes,
 * with the identical redirect_uri and a verifier that proves the PKCE challenge. Only a successful
 * redemption uses the code up; a second one gets AADSTS54005.
 */
export async function redeemCode(entra: EntraContext, clientId: string, form: URLSearchParams): Promise<GrantResult> {
  const value = form.get('code');
  if (value === null || value === '') return { error: missingParameter('code') };
  const code = entra.codes.find(value);
  if (code === undefined) return { error: stsError('invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.') };
  if (code.clientId !== clientId) return { error: stsError('invalid_grant', 70000, 'The provided authorization code was issued to a different client.') };
  if (code.redeemed) {
    return { error: stsError('invalid_grant', 54005, 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.') };
  }
  if (entra.clock.now() - code.issuedAt > CODE_TTL_MS) {
    return {
      error: stsError('invalid_grant', 70008, 'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.'),
    };
  }
  const redirectUri = form.get('redirect_uri');
  if (redirectUri === null || redirectUri === '') return { error: missingParameter('redirect_uri') };
  if (redirectUri !== code.redirectUri) {
    return {
      error:
        matchRedirectUri(redirectUri) ??
        stsError('invalid_grant', 70000, "The provided value for the 'redirect_uri' is not valid. The value must exactly match the redirect URI used to obtain the authorization code."),
    };
  }
  if (code.challenge !== undefined) {
    const pkceError = checkVerifier(code.challenge, form.get('code_verifier'));
    if (pkceError !== undefined) return { error: pkceError };
  }
  const rawScope = form.get('scope');
  if (rawScope !== null && rawScope.trim() !== '') {
    const asked = parseScopes(rawScope);
    if (isStsError(asked)) return { error: asked };
    if (!entra.consent.covers(code.userId, asked.graph)) return { error: STS.consentMissing() };
  }
  const user = findUserById(code.userId);
  if (user === undefined || !entra.consent.covers(user.id, allScopes(code.scopes))) return { error: STS.consentMissing() };
  code.redeemed = true;
  return {
    body: await issueTokens(entra, { user, clientId, requested: code.scopes, grant: code.scopes, authTime: code.authTime, nonce: code.nonce }),
  };
}
