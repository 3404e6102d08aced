import type { Context } from 'koa';
import type { WebexSwitches } from '../switches.js';
import { trackingIdOf } from '../tracking-id.js';

export type OAuthError = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type';

const REASONS: Readonly<Record<number, string>> = { 400: 'Bad Request', 401: 'Unauthorized' };

/**
 * A token-endpoint error. webexapis.com proxies /v1/access_token to idbroker and, by default, wraps the
 * broker's OAuth error in its own `{message, errors[], trackingId}` body with `(error) description`
 * inside the message; `rfc6749` sends plain `{error, error_description}` instead.
 */
export function sendOAuthError(ctx: Context, shape: WebexSwitches['oauthErrorShape'], status: 400 | 401, error: OAuthError, description: string): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  const trackingId = trackingIdOf(ctx);
  if (shape === 'rfc6749') {
    ctx.body = { error, error_description: description };
    return;
  }
  const text =
    `POST failed: HTTP/1.1 ${status} ${REASONS[status] ?? ''} (url = https://idbroker.webex.com/idb/oauth2/v1/access_token, ` +
    `request/response TrackingId = ${trackingId}, error = '(${error}) ${description}')`;
  ctx.body = { message: text, errors: [{ description: text }], trackingId };
}
