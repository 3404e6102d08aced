import type { Context } from 'koa';
import type { ApiHandler } from './api-route.js';
import { encodeCursor, parseListQuery, type ListMeetingsQuery, type ListPosition } from './list-query.js';
import type { StoredMeeting } from './meeting-store.js';
import { isTimeZone } from './meeting-times.js';
import { renderMeeting } from './meeting-view.js';
import type { MeetingDeps } from './meetings.js';
import { scheduledMeetingId, renderScheduledMeeting } from './scheduled-meeting-view.js';
import { sendWebexError } from './webex-errors.js';

function positionOf(meeting: StoredMeeting, query: ListMeetingsQuery): ListPosition {
  return { startMs: meeting.startMs, id: query.meetingType === 'scheduledMeeting' ? scheduledMeetingId(meeting) : meeting.id };
}

function compare(a: ListPosition, b: ListPosition): number {
  return a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Whether the meeting falls in [from, to). A recurring series is taken to recur without end (its rule is not
 * read), so it overlaps every window that ends after its first start; its only scheduled meeting here is the first.
 */
function inWindow(meeting: StoredMeeting, query: ListMeetingsQuery): boolean {
  if (meeting.startMs >= query.toMs) return false;
  return (meeting.recurrence !== undefined && query.meetingType === 'meetingSeries') || meeting.endMs > query.fromMs;
}

/** The URL of the next page: this query with the window fixed and a cursor after the last meeting sent. */
function nextLink(ctx: Context, query: ListMeetingsQuery, last: ListPosition): string {
  const params = new URLSearchParams(ctx.querystring);
  params.set('from', new Date(query.fromMs).toISOString());
  params.set('to', new Date(query.toMs).toISOString());
  params.set('max', String(query.max));
  params.set('cursor', encodeCursor(last));
  return `${ctx.protocol}://${ctx.get('Host')}${ctx.path}?${params.toString()}`;
}

/**
 * GET /v1/meetings ("List Meetings"): the caller's meetings of `meetingType` in [`from`, `to`), earliest first,
 * `max` per page (default 10, at most 100) with the next page in `Link: <…>; rel="next"`; items have the shape
 * of Get a Meeting and honour its `timezone` header. Nobody starts meetings in the sandbox, so
 * `meetingType=meeting` (held or running instances) is always empty. `meetingNumber`, `webLink`, `roomId`,
 * `meetingSeriesId`, `state`, `hostEmail` and the other filters are not modelled and are ignored.
 */
export function listMeetingsHandler(deps: MeetingDeps): ApiHandler {
  return (ctx, caller) => {
    const now = Date.now();
    const query = parseListQuery(ctx.query, now);
    if (typeof query === 'string') {
      sendWebexError(ctx, 400, query);
      return;
    }
    const requested = ctx.get('timezone');
    const zoneOf = (meeting: StoredMeeting) => (requested !== '' && isTimeZone(requested) ? requested : meeting.timezone);
    const after = query.after;
    const matching = (query.meetingType === 'meeting' ? [] : deps.meetings.all())
      .filter((meeting) => meeting.hostEmail === caller.account.email && inWindow(meeting, query))
      .filter((meeting) => after === undefined || compare(positionOf(meeting, query), after) > 0)
      .sort((a, b) => compare(positionOf(a, query), positionOf(b, query)));
    const page = matching.slice(0, query.max);
    const last = page.at(-1);
    if (last !== undefined && matching.length > page.length) ctx.set('Link', `<${nextLink(ctx, query, positionOf(last, query))}>; rel="next"`);
    ctx.status = 200;
    ctx.body = {
      items: page.map((meeting) =>
        query.meetingType === 'scheduledMeeting' ? renderScheduledMeeting(meeting, zoneOf(meeting), now) : renderMeeting(meeting, zoneOf(meeting)),
      ),
    };
  };
}
