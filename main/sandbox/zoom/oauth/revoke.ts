import Router from '@koa/router';
import { readForm } from '../../http/read-body.js';
import { authenticateClient, tokenInQuery } from './client-auth.js';
import type { OAuthDeps } from './deps.js';
import { REASONS, sendOAuthError } from './token-errors.js';

export const REVOKE_PATH = '/oauth/revoke';

/**
 * `POST /oauth/revoke` with `token=<access token>` (a current refresh token is accepted too): ends the whole
 * grant, refresh token included, and answers `{"status":"success"}`. Dead, expired or unknown tokens get
 * 400 `invalid_token`: Zoom is not RFC 7009's "200 for anything". The `revokeErrors` switch answers 500 instead.
 */
export function revokeRoutes(deps: OAuthDeps): Router {
  const router = new Router();
  router.post(REVOKE_PATH, async (ctx) => {
    if (deps.switches.revokeErrors > 0) {
      deps.switches.revokeErrors--;
      ctx.status = 500;
      ctx.body = { error: 'server_error' };
      return;
    }
    if (tokenInQuery(ctx)) {
      sendOAuthError(ctx, 'invalid_request', REASONS.queryString);
      return;
    }
    const form = await readForm(ctx.req);
    const auth = authenticateClient(ctx, form);
    if (!auth.ok) {
      sendOAuthError(ctx, 'invalid_client', auth.reason);
      return;
    }
    const token = form.get('token');
    if (token === null || token === '') {
      sendOAuthError(ctx, 'invalid_request', REASONS.tokenEmpty);
      return;
    }
    if (!deps.grants.revokeToken(auth.client.clientId, token)) {
      sendOAuthError(ctx, 'invalid_token', REASONS.invalidToken);
      return;
    }
    deps.log(`[zoom] grant revoked by ${auth.client.clientId}`);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { status: 'success' };
  });
  return router;
}
