import Koa from 'koa';
import type { RequestHandler } from '../../http/listen.js';
import { requestLog } from '../../http/request-log.js';
import { authorizeRoutes } from './authorize.js';
import { consentRoutes } from './consent.js';
import type { OAuthDeps } from './deps.js';
import { revokeRoutes } from './revoke.js';
import { signInRoutes } from './signin.js';
import { tokenRoutes } from './token.js';

/** The zoom.us host: /oauth/authorize, /signin, /oauth/consent, /oauth/token, /oauth/revoke. */
export function oauthHostHandler(deps: OAuthDeps): RequestHandler {
  const app = new Koa();
  app.silent = true;
  app.on('error', (error: unknown) => deps.log(`[zoom] error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  app.use(requestLog('zoom', deps.log));
  for (const router of [authorizeRoutes(deps), signInRoutes(deps), consentRoutes(deps), tokenRoutes(deps), revokeRoutes(deps)]) {
    app.use(router.routes());
    app.use(router.allowedMethods());
  }
  return app.callback();
}
