import type { Middleware } from 'koa';
import type { ApiDeps, ApiState } from './deps.js';
import { sendZoomError } from './errors.js';

const QUERY_TOKEN = 'Invalid access token, this access token is not supported as query parameter string.';

/**
 * `Authorization: Bearer <access token>`. Tokens in the query string (refused since February 2023), missing,
 * unknown or revoked tokens → 401 code 124 "Invalid access token."; expired ones → "Access token is expired."
 */
export function bearerAuth(deps: ApiDeps): Middleware<ApiState> {
  return async (ctx, next) => {
    if (ctx.query.access_token !== undefined || ctx.query.token !== undefined) {
      sendZoomError(ctx, 401, { code: 124, message: QUERY_TOKEN });
      return;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(ctx.get('Authorization'));
    const lookup = match === null ? undefined : deps.grants.findAccess(match[1] ?? '');
    if (lookup === undefined || !lookup.ok) {
      const expired = lookup !== undefined && !lookup.ok && lookup.reason === 'expired';
      sendZoomError(ctx, 401, { code: 124, message: expired ? 'Access token is expired.' : 'Invalid access token.' });
      return;
    }
    ctx.state.grant = lookup.grant;
    await next();
  };
}
