import Router from '@koa/router';
import Koa from 'koa';
import type { Provider } from 'oidc-provider';
import type { RequestHandler } from '../../http/listen.js';
import { requestLog } from '../../http/request-log.js';
import { sendMalformedJson } from '../malformed.js';
import { sendMisdirected } from '../misdirected.js';
import type { SuperOfficeSwitches } from '../switches.js';
import type { TenantHost } from '../tenant-hosts.js';
import { bearerAuth } from './bearer-auth.js';
import { sendRestError } from './rest-errors.js';
import type { RestRoute, RestState } from './rest-route.js';

export interface TenantRestDeps {
  provider: Provider;
  clientId: string;
  switches: SuperOfficeSwitches;
  routes: ReadonlyArray<RestRoute>;
  log: (line: string) => void;
}

const TENANT_PATH = /^\/([^/]+)\/(api|remote)(\/|$)/i;

/**
 * The request handler of one numbered tenant host: `/{ctx}/api/...` for the tenants living there, 421
 * for tenants that do not (or moved away), then the restApi switch, bearer authentication and the routes.
 */
export function tenantHostHandler(deps: TenantRestDeps, host: TenantHost, servesTenant: (ctx: string) => boolean): RequestHandler {
  const app = new Koa<RestState>();
  app.silent = true;
  app.on('error', (error: unknown) => deps.log(`[${host.name}] error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));

  const router = new Router<RestState>({ sensitive: false });
  for (const route of deps.routes) {
    const path = `/:tenant/api/${route.path.replace(/^\/+/, '')}`;
    const handle = (ctx: Parameters<RestRoute['handle']>[0]) => route.handle(ctx);
    switch (route.method) {
      case 'GET':
        router.get(path, handle);
        break;
      case 'POST':
        router.post(path, handle);
        break;
      case 'PUT':
        router.put(path, handle);
        break;
      case 'PATCH':
        router.patch(path, handle);
        break;
      case 'DELETE':
        router.delete(path, handle);
        break;
    }
  }

  app.use(requestLog(host.name, deps.log));
  app.use(async (ctx, next) => {
    ctx.set('Cache-Control', 'no-store');
    const match = TENANT_PATH.exec(ctx.path);
    if (match === null) {
      sendRestError(ctx, 404, 'Not found', 'NotFound');
      return;
    }
    const tenant = match[1] ?? '';
    if (!servesTenant(tenant)) {
      sendMisdirected(ctx);
      return;
    }
    ctx.state.tenant = tenant;
    if (deps.switches.restApi === 'server_error') {
      sendRestError(ctx, 500, 'Internal server error (sandbox switch restApi=server_error)', 'SoServerException');
      return;
    }
    if (deps.switches.restApi === 'malformed_json') {
      sendMalformedJson(ctx);
      return;
    }
    await next();
  });
  app.use(bearerAuth(deps.provider, deps.clientId));
  app.use(router.routes());
  app.use(router.allowedMethods());
  app.use(async (ctx) => {
    if (ctx.status === 404 && ctx.body === undefined) sendRestError(ctx, 404, `No resource at ${ctx.path}`, 'NotFound');
  });
  return app.callback();
}
