import { toAppError } from '../oauth/oauth-errors.js';

/** What the wizard's revoke step did and found. */
export interface RevocationReport {
  /** Whether the grant was revoked at the provider ('not-supported' where it has no revocation). */
  revoked: 'revoked' | 'not-supported' | 'failed' | 'nothing-stored';
  /** A refresh with the old refresh token: refused (revocation verified), still accepted, or not checked. */
  verified: 'refused' | 'still-accepted' | 'not-checked';
}

/** Codes with which a token endpoint refuses a dead refresh token. */
const REFUSALS = new Set(['invalid_grant', 'consent_revoked', 'reauth_other_device']);

/** Tries a refresh with the old token: 'refused' proves the revocation took. */
export async function verifyRefreshRefused(refresh: () => Promise<unknown>): Promise<RevocationReport['verified']> {
  try {
    await refresh();
    return 'still-accepted';
  } catch (error) {
    return REFUSALS.has(toAppError(error).code) ? 'refused' : 'not-checked';
  }
}
