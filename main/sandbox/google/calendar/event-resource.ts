import type { Calendar, StoredEvent } from './calendar-store.js';
import { renderConference } from './conference.js';
import type { EventDateTime, ResolvedTime } from './event-time.js';
import { formatInZone } from './zoned-time.js';

function renderTime(time: ResolvedTime, zone: string): EventDateTime {
  if (time.allDay) return { date: time.value.date ?? '' };
  const rendered: EventDateTime = { dateTime: formatInZone(time.instant, time.value.timeZone ?? zone) };
  if (time.value.timeZone !== undefined) rendered.timeZone = time.value.timeZone;
  return rendered;
}

/**
 * The Event resource as Calendar returns it. Date-times come back in the event's zone (or the calendar's /
 * the request's `timeZone`) with that zone's offset, not necessarily as sent. Rendering counts as one
 * response for a pending conference.
 */
export function renderEvent(calendar: Calendar, event: StoredEvent, zone = calendar.account.timeZone): Record<string, unknown> {
  const email = calendar.account.username;
  const { fields } = event;
  const conference = event.conference === undefined ? undefined : renderConference(event.conference);
  return {
    kind: 'calendar#event',
    etag: event.etag,
    id: event.id,
    status: event.status,
    htmlLink: `https://www.google.com/calendar/event?eid=${Buffer.from(`${event.id} ${email}`).toString('base64url')}`,
    created: new Date(event.created).toISOString(),
    updated: new Date(event.updated).toISOString(),
    ...(fields.summary === undefined ? {} : { summary: fields.summary }),
    ...(fields.description === undefined ? {} : { description: fields.description }),
    ...(fields.location === undefined ? {} : { location: fields.location }),
    ...(fields.colorId === undefined ? {} : { colorId: fields.colorId }),
    creator: { email, self: true },
    organizer: { email, self: true },
    start: renderTime(event.start, zone),
    end: renderTime(event.end, zone),
    ...(fields.recurrence === undefined ? {} : { recurrence: fields.recurrence }),
    ...(fields.transparency === undefined ? {} : { transparency: fields.transparency }),
    ...(fields.visibility === undefined ? {} : { visibility: fields.visibility }),
    iCalUID: `${event.id}@google.com`,
    sequence: event.sequence,
    ...(fields.attendees === undefined
      ? {}
      : {
          attendees: fields.attendees.map((attendee) => ({
            ...attendee,
            ...(attendee.email.toLowerCase() === email ? { organizer: true, self: true } : {}),
            responseStatus: attendee.responseStatus ?? 'needsAction',
          })),
        }),
    ...(fields.extendedProperties === undefined ? {} : { extendedProperties: fields.extendedProperties }),
    ...(conference?.hangoutLink === undefined ? {} : { hangoutLink: conference.hangoutLink }),
    ...(conference === undefined ? {} : { conferenceData: conference.conferenceData }),
    reminders: fields.reminders ?? { useDefault: true },
    ...(fields.source === undefined ? {} : { source: fields.source }),
    eventType: 'default',
  };
}
