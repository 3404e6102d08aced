import type { ParsedUrlQuery } from 'node:querystring';
import { parseMeetingTime } from './meeting-times.js';

/** `meetingType` of List Meetings: series (the default), their scheduled occurrences, or held instances. */
export const LIST_MEETING_TYPES = ['meetingSeries', 'scheduledMeeting', 'meeting'] as const;

export type ListMeetingType = (typeof LIST_MEETING_TYPES)[number];

/** Where a meeting sorts in a list: its start, then its id. */
export interface ListPosition {
  startMs: number;
  id: string;
}

/** A checked List Meetings query with the documented defaults filled in. */
export interface ListMeetingsQuery {
  meetingType: ListMeetingType;
  /** Inclusive. */
  fromMs: number;
  /** Exclusive. */
  toMs: number;
  max: number;
  /** From the `cursor` of a `Link: rel="next"` URL: only meetings after this position. */
  after: ListPosition | undefined;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const DEFAULT_MAX = 10;
const MAX_MAX = 100;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A date (`2024-10-01`, midnight UTC) or any ISO 8601 date-time; one without an offset is read as UTC [inf]. */
function parseBound(text: string): number | undefined {
  return parseMeetingTime(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text, 'UTC');
}

/** The opaque `cursor` of a next-page link. */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decodeCursor(text: string): ListPosition | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('startMs' in parsed) || !('id' in parsed)) return undefined;
    const { startMs, id } = parsed;
    return typeof startMs === 'number' && typeof id === 'string' ? { startMs, id } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The documented window when `from` or `to` is missing: a week next to the one given; with neither,
 * [now, now + 7 days) for series and scheduled meetings, [now − 7 days, now) for held meetings.
 */
function defaultWindow(type: ListMeetingType, from: number | undefined, to: number | undefined, now: number): [number, number] {
  if (from !== undefined && to !== undefined) return [from, to];
  if (from !== undefined) return [from, from + WEEK_MS];
  if (to !== undefined) return [to - WEEK_MS, to];
  return type === 'meeting' ? [now - WEEK_MS, now] : [now, now + WEEK_MS];
}

/** Checks the query of GET /v1/meetings; a string is the message of the 400 answer [inf: Webex's wording]. */
export function parseListQuery(query: ParsedUrlQuery, now: number): ListMeetingsQuery | string {
  const meetingType = single(query.meetingType) ?? 'meetingSeries';
  if (!(LIST_MEETING_TYPES as ReadonlyArray<string>).includes(meetingType)) {
    return `Parameter 'meetingType' must be one of ${LIST_MEETING_TYPES.join(', ')}: ${meetingType}`;
  }
  const bounds: Array<number | undefined> = [];
  for (const name of ['from', 'to'] as const) {
    const text = single(query[name]);
    const parsed = text === undefined ? undefined : parseBound(text);
    if (text !== undefined && parsed === undefined) return `Parameter '${name}' is not a valid ISO 8601 date-time.`;
    bounds.push(parsed);
  }
  const [fromMs, toMs] = defaultWindow(meetingType as ListMeetingType, bounds[0], bounds[1], now);
  if (fromMs > toMs) return "Parameter 'from' cannot be after 'to'.";
  const maxText = single(query.max) ?? String(DEFAULT_MAX);
  const max = /^\d{1,3}$/.test(maxText) ? Number(maxText) : 0;
  if (max < 1 || max > MAX_MAX) return `Parameter 'max' must be an integer from 1 to ${MAX_MAX}.`;
  const cursorText = single(query.cursor);
  const after = cursorText === undefined ? undefined : decodeCursor(cursorText);
  if (cursorText !== undefined && after === undefined) return "Parameter 'cursor' is not valid.";
  return { meetingType: meetingType as ListMeetingType, fromMs, toMs, max, after };
}
