import type { Context } from 'koa';

/** An OAuth error answer of Google's token endpoint. */
export interface TokenError {
  status: number;
  error: string;
  description: string;
}

/** Google's wording for the token endpoint's errors (observed in public issue threads; see the module report). */
export const TOKEN_ERRORS = {
  noClientId: { status: 400, error: 'invalid_request', description: 'Could not determine client ID from request.' },
  unknownClient: { status: 401, error: 'invalid_client', description: 'The OAuth client was not found.' },
  missingSecret: { status: 400, error: 'invalid_request', description: 'client_secret is missing.' },
  wrongSecret: { status: 401, error: 'invalid_client', description: 'Unauthorized' },
  badCode: { status: 400, error: 'invalid_grant', description: 'Bad Request' },
  redirectMismatch: { status: 400, error: 'redirect_uri_mismatch', description: 'Bad Request' },
  missingVerifier: { status: 400, error: 'invalid_grant', description: 'Missing code verifier.' },
  unexpectedVerifier: { status: 400, error: 'invalid_grant', description: 'code_verifier or verifier is not needed.' },
  wrongVerifier: { status: 400, error: 'invalid_grant', description: 'Invalid code verifier.' },
  deadRefreshToken: { status: 400, error: 'invalid_grant', description: 'Token has been expired or revoked.' },
} as const satisfies Record<string, TokenError>;

export function missingParameter(name: string): TokenError {
  return { status: 400, error: 'invalid_request', description: `Missing required parameter: ${name}` };
}

export function unsupportedGrantType(value: string): TokenError {
  return { status: 400, error: 'unsupported_grant_type', description: `Invalid grant_type: ${value}` };
}

export function sendTokenError(ctx: Context, failure: TokenError): void {
  ctx.status = failure.status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { error: failure.error, error_description: failure.description };
}
