import { SANDBOX_APP } from './app-registration.js';
import { stsError, type StsError } from './sts-error.js';

/** A .NET round-trip date as Entra prints it, e.g. 2025-01-01T00:00:00.0000000Z. */
function dotNetDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}

/** The AADSTS errors several modules answer with. */
export const STS = {
  tenantNotFound: (tenant: string): StsError =>
    stsError(
      'invalid_tenant',
      90002,
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
    ),
  flowExpired: (): StsError =>
    stsError('invalid_request', 50089, 'Authentication failed due to flow token expired. This sign-in started in another browser or has already completed; start again from the app.'),
  consentMissing: (): StsError =>
    stsError(
      'invalid_grant',
      65001,
      `The user or administrator has not consented to use the application with ID '${SANDBOX_APP.clientId}' named '${SANDBOX_APP.displayName}'. Send an interactive authorization request for this user and resource.`,
      { suberror: 'consent_required' },
    ),
  userDeclined: (): StsError => stsError('access_denied', 65004, 'User declined to consent to access the app.', { subcode: 'cancel' }),
  needsAdminApproval: (): StsError =>
    stsError(
      'access_denied',
      65001,
      `The user or administrator has not consented to use the application with ID '${SANDBOX_APP.clientId}' named '${SANDBOX_APP.displayName}'. Send an interactive authorization request for this user and resource.`,
    ),
  grantRevoked: (issuedAt: number, now: number): StsError =>
    stsError(
      'invalid_grant',
      50173,
      `The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on '${dotNetDate(issuedAt)}' and the TokensValidFrom date (before which tokens are not valid) for this user is '${dotNetDate(now)}'.`,
    ),
  refreshInactive: (issuedAt: number): StsError =>
    stsError('invalid_grant', 700082, `The refresh token has expired due to inactivity. The token was issued on '${dotNetDate(issuedAt)}' and was inactive for 90.00:00:00.`),
} as const;
