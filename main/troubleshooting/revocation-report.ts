import { OperationProcessingError, ResponseBodyError } from 'oauth4webapi';
import { toAppError } from '../oauth/oauth-errors.js';

/** What the wizard's revoke step did and found. */
export interface RevocationReport {
  /** Whether the grant was revoked at the provider ('not-supported' where it has no revocation). */
  revoked: 'revoked' | 'not-supported' | 'failed' | 'nothing-stored';
  /** A refresh with the old refresh token: refused (revocation verified), still accepted, or not checked. */
  verified: 'refused' | 'still-accepted' | 'not-checked';
}

/** Codes that say the provider could not be asked (out of reach, down, busy), not that it refused. */
const UNREACHABLE = new Set(['network', 'provider_unavailable', 'rate_limited']);

/** Codes with which a token endpoint refuses a dead refresh token. */
const REFUSALS = new Set(['invalid_grant', 'consent_revoked', 'reauth_other_device']);

/** Whether a token endpoint refused a refresh token as dead (revoked, superseded, consent withdrawn). */
export function refreshRefused(error: unknown): boolean {
  return REFUSALS.has(toAppError(error).code);
}

/** Tries a refresh with the old token: 'refused' proves the revocation took. */
export async function verifyRefreshRefused(refresh: () => Promise<unknown>): Promise<RevocationReport['verified']> {
  try {
    await refresh();
    return 'still-accepted';
  } catch (error) {
    return refreshRefused(error) ? 'refused' : 'not-checked';
  }
}

/**
 * Whether a failed revocation is worth trying again (the provider was down, busy or out of reach) rather than a
 * refusal such as an already dead token: then the wizard keeps the sign-in stored so that Next can revoke it.
 */
export function revocationCanBeRetried(error: unknown): boolean {
  const status = error instanceof ResponseBodyError ? error.status : error instanceof OperationProcessingError && error.cause instanceof Response ? error.cause.status : undefined;
  if (status !== undefined) return status >= 500 || status === 429;
  return UNREACHABLE.has(toAppError(error).code);
}
