import Router from '@koa/router';
import Koa from 'koa';
import type { RequestHandler } from '../../http/listen.js';
import { requestLog } from '../../http/request-log.js';
import type { EntraContext } from '../context.js';
import { newGuid } from '../ids.js';
import { bearerAuth } from './bearer-auth.js';
import { eventRoutes } from './events.js';
import { graphFaults } from './faults.js';
import type { GraphState } from './graph-state.js';
import { meRoutes } from './me.js';
import type { MeetingStore } from './meeting-store.js';
import { onlineMeetingRoutes } from './online-meetings.js';
import { sendError } from './respond.js';
import { revokeSessionsRoute } from './revoke-sessions.js';

export interface GraphDeps {
  entra: EntraContext;
  store: MeetingStore;
  /** Counts `POST /me/revokeSignInSessions` calls (before authentication). */
  onRevokeSignInSessions: () => void;
  signal: AbortSignal;
  log: (line: string) => void;
}

/**
 * The Microsoft Graph listener: request ids, revokeSignInSessions counting, fault switches, bearer
 * authentication, then `/v1.0/me…` routes. Unknown segments get 400 BadRequest like Graph.
 */
export function graphHandler(deps: GraphDeps): RequestHandler {
  const { entra, store } = deps;
  const app = new Koa<GraphState>();
  app.silent = true;
  app.on('error', (error: unknown) => deps.log(`[ms-graph] error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));

  const router = new Router<GraphState>();
  meRoutes(router, entra.switches);
  onlineMeetingRoutes(router, store, entra.switches);
  eventRoutes(router, store, entra.switches);
  revokeSessionsRoute(router, entra);

  app.use(requestLog('ms-graph', deps.log));
  app.use(async (ctx, next) => {
    ctx.state.requestId = newGuid();
    const clientRequestId = ctx.get('client-request-id');
    ctx.state.clientRequestId = clientRequestId === '' ? ctx.state.requestId : clientRequestId;
    ctx.set('request-id', ctx.state.requestId);
    ctx.set('client-request-id', ctx.state.clientRequestId);
    ctx.set('Cache-Control', 'no-cache');
    if (ctx.method === 'POST' && /^\/v1\.0\/me\/revokeSignInSessions\/?$/i.test(ctx.path)) deps.onRevokeSignInSessions();
    await next();
  });
  app.use(graphFaults(entra.switches, deps.signal));
  app.use(bearerAuth(entra));
  app.use(router.routes());
  app.use(async (ctx) => {
    if (ctx.status !== 404 || ctx.body !== undefined) return;
    if ((ctx.matched ?? []).length > 0) {
      sendError(ctx, 405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
      return;
    }
    const segment = ctx.path.split('/').filter((part) => part !== '').pop() ?? '';
    if (!/^\/v1\.0(\/|$)/.test(ctx.path)) sendError(ctx, 400, 'BadRequest', `Invalid version: ${ctx.path.split('/')[1] ?? ''}`);
    else sendError(ctx, 400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
  });
  return app.callback();
}
