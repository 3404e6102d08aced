import Router from '@koa/router';
import type { Context } from 'koa';
import { readBody } from '../../http/read-body.js';
import { createMeeting, startUrl } from '../meetings/create-meeting.js';
import { createMeetingSchema } from '../meetings/create-schema.js';
import type { ZoomMeeting } from '../meetings/meeting.js';
import type { ApiDeps, ApiState } from './deps.js';
import { sendZoomError, validationFailed } from './errors.js';
import { sendDailyMeetingCap } from './rate-limit.js';
import { requireScope } from './scopes.js';
import { resolveUser } from './users.js';

const NOT_JSON = { code: 300, message: 'Request Body should be a valid JSON object.' };

async function readJsonObject(ctx: Context): Promise<unknown> {
  const raw = await readBody(ctx.req);
  if (raw === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The caller's meeting with this number, or undefined after answering 404 code 3001. */
function ownMeeting(ctx: Context, deps: ApiDeps, hostId: string, meetingId: string): ZoomMeeting | undefined {
  const meeting = /^\d{1,12}$/.test(meetingId) ? deps.meetings.get(Number(meetingId)) : undefined;
  if (meeting === undefined || meeting.host_id !== hostId) {
    sendZoomError(ctx, 404, { code: 3001, message: `Meeting ${meetingId} is not found or has expired.` });
    return undefined;
  }
  return meeting;
}

/** `POST /v2/users/{userId}/meetings` (201), `GET /v2/meetings/{id}` (200), `DELETE /v2/meetings/{id}` (204). */
export function meetingRoutes(deps: ApiDeps): Router<ApiState> {
  const router = new Router<ApiState>({ prefix: '/v2' });

  router.post('/users/:userId/meetings', async (ctx) => {
    const { grant } = ctx.state;
    if (!requireScope(ctx, grant, 'meeting:write:meeting')) return;
    const host = resolveUser(ctx, grant.account, ctx.params.userId ?? '');
    if (host === undefined) return;
    if (deps.switches.dailyMeetingsLeft <= 0) {
      sendDailyMeetingCap(ctx, deps.clock.now());
      return;
    }
    const json = await readJsonObject(ctx);
    if (json === undefined) {
      sendZoomError(ctx, 400, NOT_JSON);
      return;
    }
    const parsed = createMeetingSchema.safeParse(json);
    if (!parsed.success) {
      sendZoomError(ctx, 400, validationFailed([...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))]));
      return;
    }
    const outcome = createMeeting({
      body: parsed.data,
      account: host,
      requirement: deps.switches.passcodeRequirement,
      passcodeLocked: deps.switches.passcodeLocked,
      now: deps.clock.now(),
      store: deps.meetings,
    });
    if (!outcome.ok) {
      deps.log(`[zoom-api] meeting refused for ${host.username}: ${outcome.detail}`);
      sendZoomError(ctx, 400, outcome.body);
      return;
    }
    deps.meetings.add(outcome.meeting);
    deps.switches.dailyMeetingsLeft--;
    deps.log(`[zoom-api] meeting ${outcome.meeting.id} created for ${host.username}`);
    ctx.status = 201;
    ctx.body = outcome.meeting;
  });

  router.get('/meetings/:meetingId', (ctx) => {
    const { grant } = ctx.state;
    if (!requireScope(ctx, grant, 'meeting:read:meeting')) return;
    const meeting = ownMeeting(ctx, deps, grant.account.userId, ctx.params.meetingId ?? '');
    if (meeting !== undefined) ctx.body = { ...meeting, start_url: startUrl(meeting.id) };
  });

  router.delete('/meetings/:meetingId', (ctx) => {
    const { grant } = ctx.state;
    if (!requireScope(ctx, grant, 'meeting:delete:meeting')) return;
    const meeting = ownMeeting(ctx, deps, grant.account.userId, ctx.params.meetingId ?? '');
    if (meeting === undefined) return;
    deps.meetings.delete(meeting.id);
    deps.log(`[zoom-api] meeting ${meeting.id} deleted`);
    ctx.status = 204;
  });

  return router;
}
