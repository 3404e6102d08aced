import Router from '@koa/router';
import Koa from 'koa';
import type { RequestHandler } from '../http/listen.js';
import { requestLog } from '../http/request-log.js';
import { apiRoute, type ApiDeps } from './api/api-route.js';
import { listMeetingsHandler } from './api/list-meetings.js';
import type { MeetingStore } from './api/meeting-store.js';
import { createMeetingHandler, deleteMeetingHandler, getMeetingHandler } from './api/meetings.js';
import { getMyOwnDetails } from './api/people-me.js';
import { MESSAGES, sendWebexError } from './api/webex-errors.js';
import { BROKER_AUTHORIZE_PATH } from './idbroker/routes.js';
import { handleTokenRequest } from './oauth/token-endpoint.js';
import { trackingIdHeader } from './tracking-id.js';

export interface ApiHostDeps extends ApiDeps {
  meetings: MeetingStore;
  /** The identity broker's origin, where /v1/authorize sends the browser. */
  brokerOrigin: string;
  log: (line: string) => void;
}

/** Scope that only admin tokens carry; an integration registered for user scopes never has it. */
const ADMIN_TOKENS_SCOPE = 'identity:tokens_write';

/**
 * webexapis.com: `/v1/authorize` (302 to the broker, query unchanged), `/v1/access_token`, and the REST
 * resources `/v1/people/me`, `/v1/meetings` (list, create), `/v1/meetings/{id}` and the admin-only `/v1/authorizations`.
 */
export function apiHostHandler(deps: ApiHostDeps): RequestHandler {
  const app = new Koa();
  app.silent = true;
  app.on('error', (error: unknown) => deps.log(`[webexapis] error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  const router = new Router({ prefix: '/v1' });
  router.get('/authorize', (ctx) => {
    ctx.redirect(`${deps.brokerOrigin}${BROKER_AUTHORIZE_PATH}${ctx.search}`);
  });
  router.post('/access_token', (ctx) => handleTokenRequest(ctx, deps));
  router.get('/people/me', apiRoute(deps, 'spark:people_read', getMyOwnDetails));
  router.get('/meetings', apiRoute(deps, 'meeting:schedules_read', listMeetingsHandler(deps)));
  router.post('/meetings', apiRoute(deps, 'meeting:schedules_write', createMeetingHandler(deps)));
  router.get('/meetings/:meetingId', apiRoute(deps, 'meeting:schedules_read', getMeetingHandler(deps)));
  router.delete('/meetings/:meetingId', apiRoute(deps, 'meeting:schedules_write', deleteMeetingHandler(deps)));
  const adminOnly = apiRoute(deps, ADMIN_TOKENS_SCOPE, () => undefined);
  router.get('/authorizations', adminOnly);
  router.delete('/authorizations', adminOnly);
  router.delete('/authorizations/:authorizationId', adminOnly);

  app.use(requestLog('webexapis', deps.log));
  app.use(trackingIdHeader());
  app.use(router.routes());
  app.use(router.allowedMethods());
  app.use(async (ctx) => {
    if (ctx.status === 404 && ctx.body === undefined) sendWebexError(ctx, 404, MESSAGES.notFound);
  });
  return app.callback();
}
