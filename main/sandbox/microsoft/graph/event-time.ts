/** Windows time-zone names Graph accepts, mapped to IANA (a small subset: the usual ones for the app's users). */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'GMT Standard Time': 'Europe/London',
  'FLE Standard Time': 'Europe/Helsinki',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Pacific Standard Time': 'America/Los_Angeles',
};

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

/** Local wall-clock fields of a Graph `dateTimeTimeZone.dateTime`. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export type ParsedDateTime = { ok: true; value: LocalDateTime } | { ok: false; reason: 'offset' | 'format' };

/** Parses an offset-less ISO date-time; one with `Z` or `±hh:mm` is refused ('offset'). */
export function parseLocalDateTime(value: string): ParsedDateTime {
  const match = LOCAL_DATE_TIME.exec(value);
  if (match === null) {
    const time = value.slice(value.indexOf('T') + 1);
    return { ok: false, reason: value.includes('T') && /[Z+-]/i.test(time) ? 'offset' : 'format' };
  }
  const [, year, month, day, hour, minute, second, fraction] = match;
  return {
    ok: true,
    value: {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
      second: Number(second ?? 0),
      millisecond: Number((fraction ?? '0').padEnd(3, '0').slice(0, 3)),
    },
  };
}

/** The IANA zone for a Graph `timeZone` (IANA or a known Windows name), or undefined when unsupported. */
export function resolveTimeZone(name: string): string | undefined {
  const windows = WINDOWS_ZONES[name];
  if (windows !== undefined) return windows;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function zoneFields(ms: number, zone: string): LocalDateTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second'), millisecond: new Date(ms).getUTCMilliseconds() };
}

function asUtc(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond);
}

/** The UTC instant of a wall-clock time in `zone` (IANA); times in a DST gap move forward. */
export function zonedToUtc(local: LocalDateTime, zone: string): number {
  const wall = asUtc(local);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const offset = asUtc(zoneFields(guess, zone)) - guess;
    guess = wall - offset;
  }
  return guess;
}

/** Graph's `dateTime` string for an instant seen in `zone`: no offset, 7 fraction digits. */
export function formatInZone(ms: number, zone: string): string {
  const f = zoneFields(ms, zone);
  const pad = (value: number, length = 2): string => String(value).padStart(length, '0');
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}.${pad(f.millisecond, 3)}0000`;
}

/** The zone of a `Prefer: outlook.timezone="…"` header, if present and supported. */
export function preferredZone(prefer: string): { name: string; zone: string } | undefined {
  const match = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer);
  const name = match?.[1];
  if (name === undefined) return undefined;
  const zone = resolveTimeZone(name);
  return zone === undefined ? undefined : { name, zone };
}
