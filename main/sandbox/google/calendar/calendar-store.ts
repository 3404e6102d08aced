import type { GoogleAccount } from '../accounts.js';
import { conferenceStatus, meetUrl, type Conference } from './conference.js';
import type { AttendeeInput, EventInput } from './event-input.js';
import type { ResolvedTime } from './event-time.js';

/** The user-editable fields an event keeps (everything else is server-made). */
export type EventFields = Omit<EventInput, 'id' | 'start' | 'end' | 'conferenceData' | 'attendees' | 'status'> & {
  attendees?: AttendeeInput[];
};

export interface StoredEvent {
  id: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  created: number;
  updated: number;
  etag: string;
  sequence: number;
  fields: EventFields;
  start: ResolvedTime;
  end: ResolvedTime;
  conference?: Conference;
}

/** A user's primary calendar: its events in insertion order and the conference requestIds already used. */
export interface Calendar {
  account: GoogleAccount;
  events: Map<string, StoredEvent>;
  requestIds: Set<string>;
}

/** A Meet conference that exists now (see `GoogleSandbox.meetings()`). */
export interface GoogleMeeting {
  username: string;
  calendarId: string;
  eventId: string;
  summary: string | undefined;
  requestId: string;
  conferenceId: string;
  meetUrl: string;
  /** 'pending' until the client has read it often enough (switch conferencePendingReads). */
  status: 'pending' | 'success';
  /** ISO instants. */
  start: string;
  end: string;
  /** The IANA zone the client gave with the start, if any. */
  timeZone?: string;
}

let etagCounter = 0;

/** A fresh, strictly increasing etag value (quoted, like Google's). */
export function nextEtag(): string {
  etagCounter += 1;
  return `"${Date.now() * 1000 + (etagCounter % 1000)}"`;
}

/** The sandbox's calendars (one primary calendar per account); they outlive revocations, like real calendars. */
export class CalendarStore {
  readonly #calendars = new Map<string, Calendar>();

  calendarOf(account: GoogleAccount): Calendar {
    let calendar = this.#calendars.get(account.sub);
    if (calendar === undefined) {
      calendar = { account, events: new Map(), requestIds: new Set() };
      this.#calendars.set(account.sub, calendar);
    }
    return calendar;
  }

  /** Conferences on events that are not cancelled, whose creation did not fail. */
  meetings(): GoogleMeeting[] {
    const out: GoogleMeeting[] = [];
    for (const calendar of this.#calendars.values()) {
      for (const event of calendar.events.values()) {
        const { conference } = event;
        if (event.status === 'cancelled' || conference === undefined) continue;
        const status = conferenceStatus(conference);
        if (status === 'failure') continue;
        out.push({
          username: calendar.account.username,
          calendarId: calendar.account.username,
          eventId: event.id,
          summary: event.fields.summary,
          requestId: conference.requestId,
          conferenceId: conference.meetCode,
          meetUrl: meetUrl(conference),
          status,
          start: new Date(event.start.instant).toISOString(),
          end: new Date(event.end.instant).toISOString(),
          ...(event.start.value.timeZone === undefined ? {} : { timeZone: event.start.value.timeZone }),
        });
      }
    }
    return out;
  }

  clear(): void {
    this.#calendars.clear();
  }
}
