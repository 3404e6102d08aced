/**
 * SuperOffice date-times on the wire, as the WebAPI docs describe them (page uid `webapi_sotimezone`,
 * "SOTimezone"; also SuperOffice/SDK-Doc `Reference/WebAPI/Headers/SO-Timezone.md`):
 *
 * - Data lives in the tenant's **base time zone**; the sandbox tenant's is Norway (`NO`, Europe/Oslo).
 * - Without an `SO-TimeZone` header, date-times go out as base-zone wall-clock times **without an offset**
 *   (`"2026-11-23T09:00:00"`), and date-times without an offset coming in are base-zone times.
 * - `SO-TimeZone: US-NY` (a zone code or its numeric id, e.g. `261` for `NO`) converts to and from that zone,
 *   still without an offset; `SO-TimeZone: US-NY, includeTZOffset` adds the offset (`"2018-12-24T07:34:45-0500"`).
 * - A date-time that carries `Z` or an offset is an instant and is converted into the request's zone.
 * - Created/updated dates are always UTC and not affected by the header (tagged `Z` with includeTZOffset).
 *
 * Conversion uses Intl only. The codes with ids are the ones the docs list; SE, FI, DE, NL and GB are
 * guessed from the "country code" naming rule, without ids.
 */

export interface SoTimeZone {
  /** SuperOffice's zone code, e.g. 'NO', 'US-NY'. */
  code: string;
  /** The id in `GET v1/timezone`, when the docs list it. */
  id?: number;
  /** The IANA zone used for the arithmetic. */
  iana: string;
}

const ZONES: ReadonlyArray<SoTimeZone> = [
  { code: 'UTC', id: 1, iana: 'UTC' },
  { code: 'AU-ACT', id: 36, iana: 'Australia/Sydney' },
  { code: 'BD', id: 50, iana: 'Asia/Dhaka' },
  { code: 'CA-QC', id: 114, iana: 'America/Toronto' },
  { code: 'DK', id: 140, iana: 'Europe/Copenhagen' },
  { code: 'FR', id: 156, iana: 'Europe/Paris' },
  { code: 'NO', id: 261, iana: 'Europe/Oslo' },
  { code: 'US-CA', id: 425, iana: 'America/Los_Angeles' },
  { code: 'US-HI', id: 433, iana: 'Pacific/Honolulu' },
  { code: 'US-NY', id: 460, iana: 'America/New_York' },
  { code: 'SE', iana: 'Europe/Stockholm' },
  { code: 'FI', iana: 'Europe/Helsinki' },
  { code: 'DE', iana: 'Europe/Berlin' },
  { code: 'NL', iana: 'Europe/Amsterdam' },
  { code: 'GB', iana: 'Europe/London' },
];

/** The sandbox tenant's base time zone: Norway. */
export const BASE_TIME_ZONE: SoTimeZone = { code: 'NO', id: 261, iana: 'Europe/Oslo' };

/** How date-times of one request are read and written. */
export interface WireTime {
  zone: SoTimeZone;
  /** `includeTZOffset` was asked for. */
  includeOffset: boolean;
}

/** The zone for a code or id, case-insensitively; undefined when unknown. */
export function findSoTimeZone(value: string): SoTimeZone | undefined {
  const wanted = value.trim().toUpperCase();
  if (/^\d+$/.test(wanted)) return ZONES.find((zone) => zone.id === Number(wanted));
  return ZONES.find((zone) => zone.code === wanted);
}

/**
 * Reads the `SO-TimeZone` header: `[code|id][, includeTZOffset]`. No header → base zone, no offsets.
 * An unknown zone is an error (a sandbox choice: the docs do not say what SuperOffice does with one).
 */
export function parseSoTimeZoneHeader(header: string | undefined): WireTime | { error: string } {
  const tokens = (header ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token !== '');
  let zone: SoTimeZone | undefined;
  let includeOffset = false;
  for (const token of tokens) {
    if (token.toLowerCase() === 'includetzoffset') {
      includeOffset = true;
      continue;
    }
    if (zone !== undefined) return { error: `SO-TimeZone names more than one time zone: '${header ?? ''}'` };
    zone = findSoTimeZone(token);
    if (zone === undefined) return { error: `Unknown time zone '${token}' in the SO-TimeZone header` };
  }
  return { zone: zone ?? BASE_TIME_ZONE, includeOffset };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(iana: string): Intl.DateTimeFormat {
  let format = formatters.get(iana);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: iana,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(iana, format);
  }
  return format;
}

/** The zone's UTC offset in minutes at instant `ms` (60 for Oslo in winter, 120 in summer). */
export function offsetMinutes(ms: number, iana: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(iana).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** A wall-clock reading (month 1–12). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The instant at which the zone's clocks show `wall` (inside a DST gap: shifted forward). */
export function wallTimeToInstant(wall: WallTime, iana: string): number {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  let instant = naive - offsetMinutes(naive, iana) * 60_000;
  const corrected = naive - offsetMinutes(instant, iana) * 60_000;
  if (corrected !== instant) instant = corrected;
  return instant;
}

/** What the zone's clocks show at `ms`. */
export function instantToWallTime(ms: number, iana: string): WallTime {
  const local = new Date(ms + offsetMinutes(ms, iana) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
  };
}

function pad(value: number, width = 2): string {
  return String(Math.abs(value)).padStart(width, '0');
}

function formatWall(wall: WallTime): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
}

/** A date-time for the wire: the request zone's wall clock, with `±hhmm` only when includeTZOffset was asked for. */
export function formatWireTime(ms: number, wire: WireTime): string {
  const text = formatWall(instantToWallTime(ms, wire.zone.iana));
  if (!wire.includeOffset) return text;
  const offset = offsetMinutes(ms, wire.zone.iana);
  return `${text}${offset < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
}

/** Created/updated dates: always UTC; tagged `Z` only with includeTZOffset. */
export function formatWireUtc(ms: number, wire: WireTime): string {
  return `${formatWall(instantToWallTime(ms, 'UTC'))}${wire.includeOffset ? 'Z' : ''}`;
}

/** .NET's DateTime.MinValue, which SuperOffice sends for "no date". */
export const NO_DATE = '0001-01-01T00:00:00';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses an incoming date-time: `YYYY-MM-DD[THH:mm[:ss[.fffffff]]][Z|±hh:mm|±hhmm]`. Without an offset it is a
 * wall-clock time in the request's zone. Undefined when the text is not a valid date-time.
 */
export function parseWireTime(text: string, wire: WireTime): number | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const wall: WallTime = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
    millisecond: Math.floor(Number(`0.${fraction ?? '0'}`) * 1000),
  };
  if (wall.month < 1 || wall.month > 12 || wall.day < 1 || wall.hour > 23 || wall.minute > 59 || wall.second > 59) return undefined;
  const probe = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  if (probe.getUTCDate() !== wall.day || probe.getUTCMonth() !== wall.month - 1) return undefined;
  if (offset === undefined) return wallTimeToInstant(wall, wire.zone.iana);
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  if (offset.toUpperCase() === 'Z') return naive;
  const digits = offset.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  if (Number(digits.slice(1, 3)) > 14 || Number(digits.slice(3, 5)) > 59) return undefined;
  return naive - (digits.startsWith('-') ? -minutes : minutes) * 60_000;
}
