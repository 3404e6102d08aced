import Router from '@koa/router';
import type { GoogleSwitches } from '../switches.js';
import { hasScope } from './bearer-auth.js';
import { nextEtag, type Calendar, type CalendarStore, type StoredEvent } from './calendar-store.js';
import type { CalendarContext, CalendarState } from './calendar-state.js';
import { conferenceFor, createRequestValid, resolveTimes } from './event-checks.js';
import { insertEventSchema, patchEventSchema } from './event-input.js';
import { renderEvent } from './event-resource.js';
import { badRequest, notFound, sendCalendarError } from './errors.js';
import { EVENT_ID_FORMAT, newEventId } from './ids.js';
import { listEvents } from './events-list.js';
import { conferenceDataVersion, readJsonBody, sendUpdatesValid } from './request-body.js';
import { READ_CALENDARS, READ_EVENTS, WRITE_EVENTS } from './scope-sets.js';

const METHOD = 'calendar.v1.CalendarEvents';

/** The caller's calendar when `calendarId` is "primary" or their address; otherwise answers 404. */
function ownCalendar(ctx: CalendarContext, store: CalendarStore): Calendar | undefined {
  const { account } = ctx.state.principal;
  const id = (ctx.params.calendarId ?? '').toLowerCase();
  if (id === 'primary' || id === account.username) return store.calendarOf(account);
  notFound(ctx);
  return undefined;
}

function deleted(ctx: CalendarContext): void {
  sendCalendarError(ctx, 410, { domain: 'global', reason: 'deleted', message: 'Resource has been deleted' });
}

/**
 * Calendar v3 below /calendar/v3: calendars.get, events.list/insert/get/patch/delete on the caller's
 * primary calendar.
 */
export function calendarRoutes(store: CalendarStore, switches: GoogleSwitches): Router<CalendarState> {
  const router = new Router<CalendarState>();

  router.get('/calendars/:calendarId', (ctx) => {
    if (!hasScope(ctx, 'calendar.v1.Calendars.Get', READ_CALENDARS)) return;
    const calendar = ownCalendar(ctx, store);
    if (calendar === undefined) return;
    ctx.body = {
      kind: 'calendar#calendar',
      etag: nextEtag(),
      id: calendar.account.username,
      summary: calendar.account.username,
      timeZone: calendar.account.timeZone,
      conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
    };
  });

  router.get('/calendars/:calendarId/events', (ctx) => {
    if (!hasScope(ctx, `${METHOD}.List`, READ_EVENTS)) return;
    const calendar = ownCalendar(ctx, store);
    if (calendar !== undefined) listEvents(ctx, calendar, switches);
  });

  router.post('/calendars/:calendarId/events', async (ctx) => {
    if (!hasScope(ctx, `${METHOD}.Insert`, WRITE_EVENTS)) return;
    const calendar = ownCalendar(ctx, store);
    const version = conferenceDataVersion(ctx);
    if (calendar === undefined || version === undefined || !sendUpdatesValid(ctx)) return;
    const body = await readJsonBody(ctx, insertEventSchema);
    if (body === undefined) return;
    if (body.id !== undefined && !EVENT_ID_FORMAT.test(body.id)) {
      badRequest(ctx, 'Invalid resource id value.');
      return;
    }
    if (body.id !== undefined && calendar.events.has(body.id)) {
      sendCalendarError(ctx, 409, { domain: 'global', reason: 'duplicate', message: 'The requested identifier already exists.' });
      return;
    }
    const times = resolveTimes(ctx, body.start, body.end, calendar.account.timeZone);
    if (times === undefined) return;
    // conferenceDataVersion=0 (the default) silently ignores conferenceData.
    const createRequest = version === 1 ? body.conferenceData?.createRequest : undefined;
    if (createRequest !== undefined && !createRequestValid(ctx, createRequest)) return;
    const { id, start: _start, end: _end, conferenceData: _conference, status, ...fields } = body;
    const now = Date.now();
    const event: StoredEvent = {
      id: id ?? newEventId(),
      status: status === 'tentative' ? 'tentative' : 'confirmed',
      created: now,
      updated: now,
      etag: nextEtag(),
      sequence: 0,
      fields,
      ...times,
    };
    const conference = createRequest === undefined ? undefined : conferenceFor(calendar, createRequest, switches);
    if (conference !== undefined) event.conference = conference;
    calendar.events.set(event.id, event);
    ctx.body = renderEvent(calendar, event);
  });

  router.get('/calendars/:calendarId/events/:eventId', (ctx) => {
    if (!hasScope(ctx, `${METHOD}.Get`, READ_EVENTS)) return;
    const calendar = ownCalendar(ctx, store);
    if (calendar === undefined) return;
    const event = calendar.events.get(ctx.params.eventId ?? '');
    if (event === undefined) notFound(ctx);
    else ctx.body = renderEvent(calendar, event);
  });

  router.patch('/calendars/:calendarId/events/:eventId', async (ctx) => {
    if (!hasScope(ctx, `${METHOD}.Patch`, WRITE_EVENTS)) return;
    const calendar = ownCalendar(ctx, store);
    const version = conferenceDataVersion(ctx);
    if (calendar === undefined || version === undefined || !sendUpdatesValid(ctx)) return;
    const event = calendar.events.get(ctx.params.eventId ?? '');
    if (event === undefined) {
      notFound(ctx);
      return;
    }
    if (event.status === 'cancelled') {
      deleted(ctx);
      return;
    }
    const body = await readJsonBody(ctx, patchEventSchema);
    if (body === undefined) return;
    const { start, end, conferenceData, status, ...fields } = body;
    const timesChanged = start !== undefined || end !== undefined;
    const times = timesChanged ? resolveTimes(ctx, start ?? event.start.value, end ?? event.end.value, calendar.account.timeZone) : event;
    if (times === undefined) return;
    // Without conferenceDataVersion=1 the conference part is silently ignored.
    const conferencePart = version === 1 ? conferenceData : undefined;
    const createRequest = conferencePart?.createRequest;
    if (createRequest !== undefined && !createRequestValid(ctx, createRequest)) return;
    event.fields = { ...event.fields, ...fields };
    if (status !== undefined) event.status = status;
    if (timesChanged) {
      event.start = times.start;
      event.end = times.end;
      event.sequence += 1;
    }
    if (conferencePart === null) delete event.conference;
    else if (createRequest !== undefined) {
      const conference = conferenceFor(calendar, createRequest, switches);
      if (conference !== undefined) event.conference = conference;
    }
    event.updated = Date.now();
    event.etag = nextEtag();
    ctx.body = renderEvent(calendar, event);
  });

  router.delete('/calendars/:calendarId/events/:eventId', (ctx) => {
    if (!hasScope(ctx, `${METHOD}.Delete`, WRITE_EVENTS)) return;
    const calendar = ownCalendar(ctx, store);
    if (calendar === undefined || !sendUpdatesValid(ctx)) return;
    const event = calendar.events.get(ctx.params.eventId ?? '');
    if (event === undefined) {
      notFound(ctx);
      return;
    }
    if (event.status === 'cancelled') {
      deleted(ctx);
      return;
    }
    event.status = 'cancelled';
    event.updated = Date.now();
    event.etag = nextEtag();
    ctx.status = 204;
  });

  return router;
}
