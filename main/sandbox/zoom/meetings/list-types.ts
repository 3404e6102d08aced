import type { ZoomMeeting } from './meeting.js';

/** The `type` values of Zoom's List meetings (GET /users/{userId}/meetings); `scheduled` is the default. */
export const LIST_TYPES = ['scheduled', 'live', 'upcoming', 'upcoming_meetings', 'previous_meetings'] as const;

export type ListType = (typeof LIST_TYPES)[number];

export function isListType(value: string): value is ListType {
  return (LIST_TYPES as ReadonlyArray<string>).includes(value);
}

const MINUTE_MS = 60_000;
/** Zoom: a non-recurring meeting that was never started expires 30 days after its scheduled time. */
const EXPIRY_MS = 30 * 24 * 60 * MINUTE_MS;

/**
 * Whether a meeting belongs in the list of this type at `now`. Zoom's definitions: scheduled = every unexpired
 * meeting (previous, live and upcoming); live = ongoing; upcoming and upcoming_meetings = upcoming including
 * live; previous_meetings = the past ones. Instant meetings (type 1) are never listed. Sandbox simplifications:
 * nobody ever starts a meeting here, so `live` is always empty; "upcoming" means the scheduled slot
 * (start_time + duration) has not ended yet [inf]; recurring meetings (types 3 and 8) are not expanded and
 * count as scheduled and upcoming, never previous.
 */
export function inListType(meeting: ZoomMeeting, type: ListType, now: number): boolean {
  if (meeting.type === 1 || type === 'live') return false;
  if (meeting.type === 3 || meeting.type === 8) return type !== 'previous_meetings';
  const start = Date.parse(meeting.start_time ?? meeting.created_at);
  const end = start + (meeting.duration ?? 0) * MINUTE_MS;
  switch (type) {
    case 'scheduled':
      return now < start + EXPIRY_MS;
    case 'upcoming':
    case 'upcoming_meetings':
      return end > now;
    case 'previous_meetings':
      return end <= now;
  }
}

/** Where a meeting sorts in a list: its start time (creation time for type 3), then its number. */
export interface ListPosition {
  startMs: number;
  id: number;
}

export function listPosition(meeting: ZoomMeeting): ListPosition {
  return { startMs: Date.parse(meeting.start_time ?? meeting.created_at), id: meeting.id };
}

/** Negative when `a` sorts before `b`. */
export function comparePositions(a: ListPosition, b: ListPosition): number {
  return a.startMs - b.startMs || a.id - b.id;
}
