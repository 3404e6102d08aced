import Koa from 'koa';
import type { RequestHandler } from '../http/listen.js';
import { requestLog } from '../http/request-log.js';
import type { EntraContext } from './context.js';
import { discoveryRoutes } from './discovery.js';
import { signInRoutes } from './sign-in-routes.js';
import { tokenRoutes } from './token-endpoint.js';

/** The login.microsoftonline.com listener: discovery, keys, authorize + sign-in pages, token. */
export function loginHandler(entra: EntraContext, log: (line: string) => void): RequestHandler {
  const app = new Koa();
  app.silent = true;
  app.on('error', (error: unknown) => log(`[ms-login] error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  app.use(requestLog('ms-login', log));
  for (const router of [discoveryRoutes(entra), tokenRoutes(entra), signInRoutes(entra)]) {
    app.use(router.routes());
    app.use(router.allowedMethods());
  }
  return app.callback();
}
