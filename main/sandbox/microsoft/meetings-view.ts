import type { MeetingStore } from './graph/meeting-store.js';
import { findUserById } from './users.js';

/** A meeting as tests see it: a standalone Teams meeting or a calendar event (with or without Teams). */
export interface SandboxMeeting {
  kind: 'onlineMeeting' | 'event';
  id: string;
  /** The organizer's user name. */
  organizer: string;
  subject: string | null;
  /** The Teams join link; null for an event without one. */
  joinUrl: string | null;
  /** ISO 8601 UTC. */
  start: string;
  end: string;
}

/** Every standalone meeting and calendar event in the store, for `MicrosoftSandbox.meetings()`. */
export function listMeetings(store: MeetingStore): SandboxMeeting[] {
  const organizer = (id: string): string => findUserById(id)?.username ?? id;
  const online = [...store.onlineMeetings.values()].map(
    (meeting): SandboxMeeting => ({
      kind: 'onlineMeeting',
      id: meeting.id,
      organizer: organizer(meeting.ownerId),
      subject: meeting.subject,
      joinUrl: meeting.joinWebUrl,
      start: new Date(meeting.startDateTime).toISOString(),
      end: new Date(meeting.endDateTime).toISOString(),
    }),
  );
  const events = [...store.events.values()].map(
    (event): SandboxMeeting => ({
      kind: 'event',
      id: event.id,
      organizer: organizer(event.ownerId),
      subject: event.subject,
      joinUrl: event.onlineMeeting?.joinUrl ?? null,
      start: new Date(event.startUtc).toISOString(),
      end: new Date(event.endUtc).toISOString(),
    }),
  );
  return [...online, ...events];
}
