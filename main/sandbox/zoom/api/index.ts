import Koa from 'koa';
import type { RequestHandler } from '../../http/listen.js';
import { requestLog } from '../../http/request-log.js';
import { bearerAuth } from './bearer.js';
import type { ApiDeps, ApiState } from './deps.js';
import { sendZoomError } from './errors.js';
import { faultSwitches } from './faults.js';
import { listMeetingRoutes } from './list-meetings.js';
import { malformedJson } from './malformed.js';
import { meetingRoutes } from './meetings.js';
import { categoryOf, setQuotaHeaders } from './rate-limit.js';
import { trackingId } from './tracking.js';
import { userRoutes } from './users.js';

/**
 * The api.zoom.us host: tracking id → fault switches → bearer auth → routes, with rate-limit headers on
 * every answer and `malformedJson` rewriting successful bodies.
 */
export function apiHostHandler(deps: ApiDeps): RequestHandler {
  const app = new Koa<ApiState>();
  app.silent = true;
  app.on('error', (error: unknown) => deps.log(`[zoom-api] error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  app.use(requestLog('zoom-api', deps.log));
  app.use(trackingId());
  app.use(async (ctx, next) => {
    ctx.set('Cache-Control', 'no-store');
    await next();
    if (ctx.status !== 429) setQuotaHeaders(ctx, categoryOf(ctx.method, ctx.path));
  });
  app.use(faultSwitches(deps));
  app.use(bearerAuth(deps));
  app.use(malformedJson(deps.switches));
  for (const router of [userRoutes(deps), meetingRoutes(deps), listMeetingRoutes(deps)]) {
    app.use(router.routes());
    app.use(router.allowedMethods());
  }
  app.use(async (ctx) => {
    if (ctx.body === undefined && ctx.status === 404) sendZoomError(ctx, 404, { code: 404, message: `No API at ${ctx.method} ${ctx.path}.` });
  });
  return app.callback();
}
