const UTC_FORM = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?Z$/;
const LOCAL_FORM = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** Whether Intl knows this IANA time zone. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone !== '';
  } catch {
    return false;
  }
}

function fieldsToUtc(match: RegExpExecArray): number | undefined {
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  const valid = back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  return valid ? ms : undefined;
}

/** How far the zone's wall clock is ahead of UTC at that instant, in ms. */
function zoneOffsetMs(zone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(utcMs);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/**
 * Zoom's two start_time forms: `yyyy-MM-ddTHH:mm:ssZ` (GMT) or a local `yyyy-MM-ddTHH:mm:ss` in `zone`
 * (the request's timezone, else the user's). Offsets like `+02:00` are not a Zoom form and give undefined.
 */
export function parseStartTime(value: string, zone: string): number | undefined {
  const utc = UTC_FORM.exec(value);
  if (utc !== null) return fieldsToUtc(utc);
  const local = LOCAL_FORM.exec(value);
  if (local === null) return undefined;
  const wallAsUtc = fieldsToUtc(local);
  if (wallAsUtc === undefined) return undefined;
  const guess = wallAsUtc - zoneOffsetMs(zone, wallAsUtc);
  return wallAsUtc - zoneOffsetMs(zone, guess);
}

/** `2026-05-01T08:00:00Z`: Zoom's response form, no milliseconds. */
export function formatZoomTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
