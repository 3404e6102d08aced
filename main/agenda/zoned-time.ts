/**
 * Reads a date-time as SuperOffice's REST API writes it: ISO 8601, with an offset or "Z" when it has one,
 * otherwise a wall-clock time in `timeZone` (e.g. "2026-11-23T09:00:00" in Europe/Oslo). Returns
 * epoch ms, or NaN when unreadable. DST gaps resolve forward, DST overlaps to the first occurrence.
 */
export function parseZonedDateTime(text: string, timeZone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (!match) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', zone] = match;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  // Date.UTC rolls 13/32/25:00 over into the next unit: refuse instead.
  const check = new Date(wall);
  if (Number.isNaN(wall) || check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return Number.NaN;
  }
  if (zone) return zone === 'Z' ? wall : wall - offsetMinutesOf(zone) * 60_000;
  // Wall time in a zone: the offsets in force half a day before and after are the only candidates.
  const before = wall - zoneOffsetMs(wall - 43_200_000, timeZone);
  const after = wall - zoneOffsetMs(wall + 43_200_000, timeZone);
  const matches = [before, after].filter((instant) => instant + zoneOffsetMs(instant, timeZone) === wall);
  // An overlap (autumn) has two matches: take the first; a gap (spring) has none: move forward.
  return matches.length ? Math.min(...matches) : before;
}

/** The zone's UTC offset in ms at an instant (remembered: a diary asks for the same few instants again and again). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  let known = offsets.get(timeZone);
  if (!known) offsets.set(timeZone, (known = new Map()));
  const remembered = known.get(instant);
  if (remembered !== undefined) return remembered;
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  const offset = local - Math.floor(instant / 1000) * 1000;
  if (known.size >= MAX_REMEMBERED_OFFSETS) known.clear();
  known.set(instant, offset);
  return offset;
}

/** Enough for the distinct instants of one agenda (appointments share their times); then the memory starts over. */
const MAX_REMEMBERED_OFFSETS = 1024;
const offsets = new Map<string, Map<number, number>>();

/** Local midnight (start of the day) in `timeZone` of the day `instant` falls on, plus `days`. */
export function startOfDay(instant: number, timeZone: string, days = 0): number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  const date = new Date(Date.UTC(Number(get('year')), Number(get('month')) - 1, Number(get('day')) + days));
  return parseZonedDateTime(date.toISOString().slice(0, 10), timeZone);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

function offsetMinutesOf(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}
