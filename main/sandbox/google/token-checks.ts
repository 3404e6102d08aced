import { createHash } from 'node:crypto';
import type { Provider } from 'oidc-provider';
import { missingParameter, TOKEN_ERRORS, unsupportedGrantType, type TokenError } from './token-errors.js';

const VERIFIER_FORMAT = /^[A-Za-z0-9\-._~]{43,128}$/;

interface ClientCredentials {
  clientId: string | undefined;
  secret: string | undefined;
}

/** client_id / client_secret from the body (client_secret_post) or the Basic header (client_secret_basic). */
export function clientCredentials(form: URLSearchParams, authorization: string): ClientCredentials {
  const match = /^Basic\s+(\S+)\s*$/i.exec(authorization);
  if (match !== null) {
    const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      const decode = (part: string) => {
        try {
          return decodeURIComponent(part.replace(/\+/g, '%20'));
        } catch {
          return part;
        }
      };
      return { clientId: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) || undefined };
    }
  }
  return { clientId: form.get('client_id') ?? undefined, secret: form.get('client_secret') || undefined };
}

/**
 * Google's checks at the token endpoint, in front of oidc-provider (which then repeats them and issues
 * the tokens): client identification (a Desktop client MUST send its secret), grant type, and for codes
 * PKCE and the redirect URI, each with Google's error wording. Undefined = let oidc-provider handle it.
 */
export async function checkTokenRequest(
  provider: Provider,
  form: URLSearchParams,
  authorization: string,
  client: { clientId: string; clientSecret: string },
): Promise<TokenError | undefined> {
  const credentials = clientCredentials(form, authorization);
  if (credentials.clientId === undefined || credentials.clientId === '') return TOKEN_ERRORS.noClientId;
  if (credentials.clientId !== client.clientId) return TOKEN_ERRORS.unknownClient;
  if (credentials.secret === undefined) return TOKEN_ERRORS.missingSecret;
  if (credentials.secret !== client.clientSecret) return TOKEN_ERRORS.wrongSecret;

  const grantType = form.get('grant_type') ?? '';
  if (grantType === 'authorization_code') return checkCode(provider, form, client.clientId);
  if (grantType === 'refresh_token') return checkRefreshToken(provider, form, client.clientId);
  return unsupportedGrantType(grantType);
}

/** oidc-provider marks redeemed codes with `consumed` (not in its typings). */
function isConsumed(code: object): boolean {
  return 'consumed' in code && code.consumed !== undefined && code.consumed !== null;
}

async function checkCode(provider: Provider, form: URLSearchParams, clientId: string): Promise<TokenError | undefined> {
  const value = form.get('code');
  if (value === null || value === '') return missingParameter('code');
  const redirectUri = form.get('redirect_uri');
  if (redirectUri === null || redirectUri === '') return missingParameter('redirect_uri');
  const code = await provider.AuthorizationCode.find(value);
  if (code === undefined || code.isExpired || isConsumed(code) || code.clientId !== clientId) return TOKEN_ERRORS.badCode;
  const verifier = form.get('code_verifier') || undefined;
  const challenge = code.codeChallenge;
  if (challenge === undefined && verifier !== undefined) return TOKEN_ERRORS.unexpectedVerifier;
  if (challenge !== undefined) {
    if (verifier === undefined) return TOKEN_ERRORS.missingVerifier;
    // Plain challenges were stored as S256(challenge) (pkce-plain.ts), so one comparison covers both methods.
    if (!VERIFIER_FORMAT.test(verifier) || createHash('sha256').update(verifier).digest('base64url') !== challenge) {
      return TOKEN_ERRORS.wrongVerifier;
    }
  }
  if (code.redirectUri !== redirectUri) return TOKEN_ERRORS.redirectMismatch;
  return undefined;
}

async function checkRefreshToken(provider: Provider, form: URLSearchParams, clientId: string): Promise<TokenError | undefined> {
  const value = form.get('refresh_token');
  if (value === null || value === '') return missingParameter('refresh_token');
  const token = await provider.RefreshToken.find(value);
  if (token === undefined || token.isExpired || token.clientId !== clientId || token.grantId === undefined) return TOKEN_ERRORS.deadRefreshToken;
  const grant = await provider.Grant.find(token.grantId);
  return grant === undefined ? TOKEN_ERRORS.deadRefreshToken : undefined;
}
