import type { Context } from 'koa';
import type { WebexSwitches } from '../switches.js';
import type { ApiHandler } from './api-route.js';
import { createMeeting } from './create-meeting.js';
import type { MeetingStore } from './meeting-store.js';
import { isTimeZone } from './meeting-times.js';
import { renderMeeting } from './meeting-view.js';
import { requestBody } from './request-body.js';
import { MESSAGES, sendWebexError } from './webex-errors.js';

export interface MeetingDeps {
  meetings: MeetingStore;
  switches: WebexSwitches;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** POST /v1/meetings ("Create a Meeting"); 200 with the meeting series. */
export function createMeetingHandler(deps: MeetingDeps): ApiHandler {
  return async (ctx, caller) => {
    const now = Date.now();
    const attempts = deps.meetings.countAttempt(caller.account.email, now);
    if (attempts.before >= deps.switches.meetingCreateLimitPer24h) {
      const waitMs = attempts.oldest === undefined ? DAY_MS : attempts.oldest + DAY_MS - now;
      ctx.set('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
      sendWebexError(ctx, 429, 'Regular users can schedule up to 100 meetings in 24 hours; failed requests count toward the limit.');
      return;
    }
    const body = await readJson(ctx);
    if (body === undefined) {
      sendWebexError(ctx, 400, MESSAGES.malformed);
      return;
    }
    const result = createMeeting(body, caller.account, deps.switches, now);
    if (!('ok' in result)) {
      sendWebexError(ctx, result.status, result.message, result.descriptions);
      return;
    }
    deps.meetings.add(result.ok);
    ctx.status = 200;
    ctx.body = renderMeeting(result.ok);
  };
}

/** GET /v1/meetings/{meetingId} ("Get a Meeting"); a `timezone` request header sets the zone of start/end. */
export function getMeetingHandler(deps: MeetingDeps): ApiHandler {
  return (ctx, caller) => {
    const meeting = deps.meetings.get(String(ctx.params.meetingId ?? ''));
    if (meeting === undefined || meeting.hostEmail !== caller.account.email) {
      sendWebexError(ctx, 404, MESSAGES.notFound);
      return;
    }
    const requested = ctx.get('timezone');
    ctx.status = 200;
    ctx.body = renderMeeting(meeting, requested !== '' && isTimeZone(requested) ? requested : meeting.timezone);
  };
}

/** DELETE /v1/meetings/{meetingId} ("Delete a Meeting"); 204, or 404 for unknown and other hosts' meetings. */
export function deleteMeetingHandler(deps: MeetingDeps): ApiHandler {
  return (ctx, caller) => {
    const id = String(ctx.params.meetingId ?? '');
    const meeting = deps.meetings.get(id);
    if (meeting === undefined || meeting.hostEmail !== caller.account.email) {
      sendWebexError(ctx, 404, MESSAGES.notFound);
      return;
    }
    deps.meetings.delete(id);
    ctx.status = 204;
    ctx.body = null;
  };
}

async function readJson(ctx: Context): Promise<unknown> {
  if (ctx.is('application/json') === false) return undefined;
  const raw = await requestBody(ctx.req);
  try {
    return JSON.parse(raw ?? '');
  } catch {
    return undefined;
  }
}
