import type Router from '@koa/router';
import { randomBytes } from 'node:crypto';
import { randomDigits } from '../ids.js';
import type { MicrosoftSwitches } from '../switches.js';
import { ONLINE_MEETING_PROVIDERS, createEventSchema, type CreateEventBody } from './event-schema.js';
import { eventJson, selectFields, type EventView } from './event-render.js';
import { parseLocalDateTime, preferredZone, resolveTimeZone, zonedToUtc } from './event-time.js';
import type { GraphContext, GraphState } from './graph-state.js';
import { newThreadId, teamsJoinUrl } from './join-url.js';
import { readJson } from './json-body.js';
import type { EventRecord, MeetingStore } from './meeting-store.js';
import { requireScope, sendError, sendJson } from './respond.js';

const DENIED = 'Access is denied. Check credentials and try again.';

/** Converts `{dateTime, timeZone}` to a UTC instant, or answers 400 the way Graph does. */
function instant(ctx: GraphContext, value: { dateTime: string; timeZone?: string | undefined } | undefined, field: string): { ms: number; zone: string } | undefined {
  if (value === undefined) {
    sendError(ctx, 400, 'ErrorInvalidRequest', `Your request can't be completed. The '${field}' property is required.`);
    return undefined;
  }
  const parsed = parseLocalDateTime(value.dateTime);
  if (!parsed.ok) {
    const why =
      parsed.reason === 'offset'
        ? `'${value.dateTime}' carries a UTC offset. Send the local dateTime without an offset and name the zone in timeZone.`
        : `'${value.dateTime}' is not a valid dateTime (yyyy-MM-ddTHH:mm:ss).`;
    sendError(ctx, 400, 'ErrorInvalidRequest', `Your request can't be completed. ${field}.dateTime ${why}`);
    return undefined;
  }
  const zoneName = value.timeZone ?? 'UTC';
  const zone = resolveTimeZone(zoneName);
  if (zone === undefined) {
    sendError(ctx, 400, 'TimeZoneNotSupportedException', `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zoneName}'.`);
    return undefined;
  }
  return { ms: zonedToUtc(parsed.value, zone), zone: zoneName };
}

function newEvent(ctx: GraphContext, body: CreateEventBody, switches: MicrosoftSwitches): EventRecord | undefined {
  const start = instant(ctx, body.start, 'start');
  if (start === undefined) return undefined;
  const end = instant(ctx, body.end, 'end');
  if (end === undefined) return undefined;
  if (end.ms < start.ms) {
    sendError(ctx, 400, 'ErrorInvalidRequest', "Your request can't be completed. The end of the event is before its start.");
    return undefined;
  }
  const contentType = (body.body?.contentType ?? 'html').toLowerCase();
  if (contentType !== 'html' && contentType !== 'text') {
    sendError(ctx, 400, 'RequestBodyRead', `Requested value '${body.body?.contentType ?? ''}' was not found.`);
    return undefined;
  }
  const requestedProvider = body.onlineMeetingProvider;
  if (requestedProvider !== undefined && !ONLINE_MEETING_PROVIDERS.some((value) => value === requestedProvider)) {
    sendError(ctx, 400, 'RequestBodyRead', `Requested value '${requestedProvider}' was not found.`);
    return undefined;
  }
  const { user } = ctx.state.principal;
  const isOnlineMeeting = body.isOnlineMeeting ?? false;
  // The sandbox calendar allows only Teams (allowedOnlineMeetingProviders = [teamsForBusiness]).
  const teams = isOnlineMeeting && (requestedProvider ?? 'teamsForBusiness') === 'teamsForBusiness';
  const now = new Date().toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
  return {
    id: `AAMkAGSandbox${randomBytes(48).toString('base64url')}=`,
    ownerId: user.id,
    subject: body.subject ?? '',
    body: { contentType, content: body.body?.content ?? '' },
    startUtc: start.ms,
    endUtc: end.ms,
    startZone: start.zone,
    endZone: end.zone,
    location: body.location?.displayName === undefined ? null : { displayName: body.location.displayName },
    attendees: body.attendees ?? [],
    isOnlineMeeting,
    onlineMeetingProvider: teams ? 'teamsForBusiness' : 'unknown',
    onlineMeeting: teams ? { joinUrl: teamsJoinUrl(newThreadId(), user.id), conferenceId: randomDigits(9) } : null,
    nullReadsLeft: teams ? switches.onlineMeetingNullReads : 0,
    transactionId: body.transactionId ?? null,
    iCalUId: `040000008200E00074C5B7101A82E008${randomBytes(28).toString('hex').toUpperCase()}`,
    changeKey: randomBytes(16).toString('base64url'),
    createdDateTime: now,
    lastModifiedDateTime: now,
  };
}

function findEvent(ctx: GraphContext, store: MeetingStore): EventRecord | undefined {
  const event = store.events.get(ctx.params.id ?? '');
  if (event !== undefined && event.ownerId === ctx.state.principal.user.id) return event;
  sendError(ctx, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  return undefined;
}

/**
 * `POST /v1.0/me/events`, `GET`/`DELETE /v1.0/me/events/{id}` (Calendars.ReadWrite). dateTime values carry
 * no offset (zone in timeZone); GET shows times in UTC unless `Prefer: outlook.timezone`; a repeated
 * transactionId returns the event it created; onlineMeetingNullReads hides the Teams link for a while.
 */
export function eventRoutes(router: Router<GraphState>, store: MeetingStore, switches: MicrosoftSwitches): void {
  router.post('/v1.0/me/events', async (ctx) => {
    if (!requireScope(ctx, ['Calendars.ReadWrite'], 'ErrorAccessDenied', DENIED)) return;
    const body = await readJson(ctx, createEventSchema, 'microsoft.graph.event', 'RequestBodyRead');
    if (body === undefined) return;
    const { user } = ctx.state.principal;
    const existing = body.transactionId == null ? undefined : store.eventByTransaction(user.id, body.transactionId);
    const event = existing ?? newEvent(ctx, body, switches);
    if (event === undefined) return;
    store.events.set(event.id, event);
    ctx.set('Location', `https://graph.microsoft.com/v1.0/users('${user.id}')/events('${event.id}')`);
    sendJson(ctx, 201, eventJson(event, user, 'original', event.nullReadsLeft > 0 ? null : event.onlineMeeting), switches);
  });

  router.get('/v1.0/me/events/:id', (ctx) => {
    if (!requireScope(ctx, ['Calendars.ReadWrite', 'Calendars.Read'], 'ErrorAccessDenied', DENIED)) return;
    const event = findEvent(ctx, store);
    if (event === undefined) return;
    let onlineMeeting = event.onlineMeeting;
    if (event.nullReadsLeft > 0) {
      event.nullReadsLeft -= 1;
      onlineMeeting = null;
    }
    const preferred = preferredZone(ctx.get('Prefer'));
    const view: EventView = preferred ?? { name: 'UTC', zone: 'UTC' };
    if (preferred !== undefined) ctx.set('Preference-Applied', `outlook.timezone="${preferred.name}"`);
    const select = typeof ctx.query.$select === 'string' ? ctx.query.$select : undefined;
    sendJson(ctx, 200, selectFields(eventJson(event, ctx.state.principal.user, view, onlineMeeting), select), switches);
  });

  router.delete('/v1.0/me/events/:id', (ctx) => {
    if (!requireScope(ctx, ['Calendars.ReadWrite'], 'ErrorAccessDenied', DENIED)) return;
    const event = findEvent(ctx, store);
    if (event === undefined) return;
    store.events.delete(event.id);
    ctx.status = 204;
  });
}
