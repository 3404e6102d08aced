import type { GrantResult } from './code-grant.js';
import type { EntraContext } from './context.js';
import { parseScopes } from './scopes.js';
import { isStsError, missingParameter, stsError } from './sts-error.js';
import { STS } from './sts-errors.js';
import { issueTokens } from './token-issuer.js';
import { findUserById } from './users.js';

/** Entra's default refresh-token lifetime: 90 days of inactivity (each refresh hands out a fresh one). */
const REFRESH_INACTIVITY_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * `grant_type=refresh_token`: a NEW refresh token every time, while the one presented keeps working
 * (Entra does not revoke on use). `scope` is optional here and must stay within what was consented.
 */
export async function redeemRefreshToken(entra: EntraContext, clientId: string, form: URLSearchParams): Promise<GrantResult> {
  const value = form.get('refresh_token');
  if (value === null || value === '') return { error: missingParameter('refresh_token') };
  const record = entra.tokens.findRefresh(value);
  if (record === undefined) return { error: stsError('invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.') };
  if (record.clientId !== clientId) return { error: stsError('invalid_grant', 70000, 'Provided grant is invalid or malformed.') };
  const now = entra.clock.now();
  if (entra.switches.grantRevoked || record.revoked !== undefined) return { error: STS.grantRevoked(record.issuedAt, now) };
  if (entra.switches.refreshExpired || now - record.issuedAt > REFRESH_INACTIVITY_MS) return { error: STS.refreshInactive(record.issuedAt) };
  const user = findUserById(record.userId);
  if (user === undefined) return { error: STS.grantRevoked(record.issuedAt, now) };

  let requested = record.scopes;
  const rawScope = form.get('scope');
  if (rawScope !== null && rawScope.trim() !== '') {
    const asked = parseScopes(rawScope);
    if (isStsError(asked)) return { error: asked };
    requested = asked;
  }
  if (!entra.consent.covers(user.id, requested.graph)) return { error: STS.consentMissing() };
  return {
    body: await issueTokens(entra, { user, clientId, requested, grant: record.scopes, authTime: record.authTime, nonce: undefined }),
  };
}
