import Koa from 'koa';
import type { RequestHandler } from '../http/listen.js';
import { requestLog } from '../http/request-log.js';
import { brokerRoutes, type BrokerDeps } from './idbroker/routes.js';
import { trackingIdHeader } from './tracking-id.js';

/** idbroker.webex.com: the authorize entry, the sign-in form and the permission dialog. */
export function brokerHostHandler(deps: BrokerDeps & { log: (line: string) => void }): RequestHandler {
  const app = new Koa();
  app.silent = true;
  app.on('error', (error: unknown) => deps.log(`[idbroker] error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  const router = brokerRoutes(deps);
  app.use(requestLog('idbroker', deps.log));
  app.use(trackingIdHeader());
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app.callback();
}
