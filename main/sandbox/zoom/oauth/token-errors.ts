import type { Context } from 'koa';
import type { ZoomSwitches } from '../switches.js';

/** Zoom's OAuth error body: `reason` instead of RFC 6749's `error_description`. */
export interface OAuthErrorBody {
  reason: string;
  error: string;
}

/** Reasons Zoom uses (observed texts where known; the numbered ones follow its OAuth error table). */
export const REASONS = {
  invalidToken: 'Invalid Token!',
  tokenRevoked: 'The token has been revoked. (4741)',
  disabledByAdmin: 'The token has been disabled by the admin. (4738)',
  invalidClient: 'Invalid client_id or client_secret',
  clientMissing: 'Client ID or client secret is missing. (4706)',
  grantTypeMissing: 'Missing grant type. (4706)',
  grantTypeUnsupported: 'Grant type is not supported from token endpoint. (4705)',
  codeExpired: 'Code is expired. (4733)',
  codeInvalid: 'Invalid authorization code. (4734)',
  redirectMismatch: 'Redirect URI mismatch. (4709)',
  verifierMissing: 'Missing code_verifier.',
  verifierInvalid: 'Invalid code_verifier.',
  refreshTokenMissing: 'Missing refresh_token.',
  codeMissing: 'Missing code.',
  tokenEmpty: 'Token cannot be empty. (4700)',
  queryString: 'Token values are not supported as query parameter string.',
} as const;

function send(ctx: Context, status: number, body: OAuthErrorBody): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Pragma', 'no-cache');
  ctx.body = body;
}

/** 400 with `{reason, error}`. */
export function sendOAuthError(ctx: Context, error: string, reason: string): void {
  send(ctx, 400, { reason, error });
}

/** `invalid_grant` with the status the `invalidGrantStatus` switch picks (Zoom moved it from 401 to 400). */
export function sendInvalidGrant(ctx: Context, switches: ZoomSwitches, reason: string): void {
  send(ctx, switches.invalidGrantStatus, { reason, error: 'invalid_grant' });
}
