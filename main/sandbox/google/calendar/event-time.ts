import { isValidTimeZone, wallTimeToInstant, type WallTime } from './zoned-time.js';

/** An event's start or end as the API exchanges it. */
export interface EventDateTime {
  date?: string;
  dateTime?: string;
  timeZone?: string;
}

/** A validated start or end: the stored form plus the instant it stands for. */
export interface ResolvedTime {
  value: EventDateTime;
  /** Epoch ms; for all-day events midnight in the event's (or calendar's) zone. */
  instant: number;
  allDay: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})?$/;

interface ParsedDateTime {
  wall: WallTime;
  /** Minutes east of UTC, when the string carries an offset. */
  offset: number | undefined;
}

function validWall(wall: WallTime): boolean {
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second));
  return (
    check.getUTCFullYear() === wall.year &&
    check.getUTCMonth() === wall.month - 1 &&
    check.getUTCDate() === wall.day &&
    check.getUTCHours() === wall.hour &&
    check.getUTCMinutes() === wall.minute &&
    check.getUTCSeconds() === wall.second
  );
}

/** Parses an RFC 3339 date-time; the offset is optional here (callers decide whether it is required). */
export function parseDateTime(value: string): ParsedDateTime | undefined {
  const match = DATE_TIME.exec(value);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const wall: WallTime = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    millisecond: fraction === undefined ? 0 : Math.floor(Number(`0${fraction}`) * 1000),
  };
  if (!validWall(wall)) return undefined;
  let offset: number | undefined;
  if (zone !== undefined) {
    if (zone === 'Z' || zone === 'z') offset = 0;
    else {
      const hours = Number(zone.slice(1, 3));
      const minutes = Number(zone.slice(4, 6));
      if (hours > 23 || minutes > 59) return undefined;
      offset = (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
    }
  }
  return { wall, offset };
}

/** The instant of an RFC 3339 date-time WITH an offset (list's timeMin/timeMax); undefined when invalid. */
export function parseInstant(value: string): number | undefined {
  const parsed = parseDateTime(value);
  if (parsed === undefined || parsed.offset === undefined) return undefined;
  const { wall } = parsed;
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond) - parsed.offset * 60_000;
}

/**
 * Validates one side of an event's time the way Calendar does: exactly one of `date` (all-day) or
 * `dateTime`; a dateTime needs an offset unless `timeZone` names the zone; `timeZone` must be an IANA zone.
 * Returns the resolved time or Calendar's error message.
 */
export function resolveEventTime(which: 'start' | 'end', value: EventDateTime | undefined, calendarZone: string): ResolvedTime | string {
  if (value === undefined || (value.date === undefined && value.dateTime === undefined)) return `Missing ${which} time.`;
  if (value.date !== undefined && value.dateTime !== undefined) return `Invalid ${which} time.`;
  if (value.timeZone !== undefined && !isValidTimeZone(value.timeZone)) return `Invalid time zone definition for ${which} time.`;
  const zone = value.timeZone ?? calendarZone;
  if (value.date !== undefined) {
    const match = DATE.exec(value.date);
    const wall: WallTime | undefined =
      match === null ? undefined : { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), hour: 0, minute: 0, second: 0, millisecond: 0 };
    if (wall === undefined || !validWall(wall)) return `Invalid ${which} time.`;
    return { value: { date: value.date }, instant: wallTimeToInstant(wall, zone), allDay: true };
  }
  const parsed = parseDateTime(value.dateTime ?? '');
  if (parsed === undefined) return `Invalid ${which} time.`;
  const { wall } = parsed;
  let instant: number;
  if (parsed.offset !== undefined) {
    instant = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond) - parsed.offset * 60_000;
  } else if (value.timeZone !== undefined) {
    instant = wallTimeToInstant(wall, value.timeZone);
  } else {
    return `Missing time zone definition for ${which} time.`;
  }
  const stored: EventDateTime = { dateTime: value.dateTime ?? '' };
  if (value.timeZone !== undefined) stored.timeZone = value.timeZone;
  return { value: stored, instant, allDay: false };
}
