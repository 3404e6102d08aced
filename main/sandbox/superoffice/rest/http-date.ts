const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `Sun, 06 Nov 1994 08:49:37 GMT` */
const IMF_FIXDATE = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/i;
/** `Sunday, 06-Nov-94 08:49:37 GMT` (obsolete) */
const RFC_850 = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/i;
/** `Sun Nov  6 08:49:37 1994` (obsolete) */
const ASCTIME = /^[a-z]{3} ([a-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;

/**
 * Parses an HTTP-date (RFC 9110 §5.6.7: IMF-fixdate and the two obsolete forms a recipient must accept) to
 * ms since the epoch; undefined when the text is none of them or names an impossible date.
 */
export function parseHttpDate(text: string): number | undefined {
  const value = text.trim();
  let parts: { day: string; month: string; year: number; hour: string; minute: string; second: string } | undefined;
  let match = IMF_FIXDATE.exec(value);
  if (match !== null) {
    const [, day = '', month = '', year = '', hour = '', minute = '', second = ''] = match;
    parts = { day, month, year: Number(year), hour, minute, second };
  } else if ((match = RFC_850.exec(value)) !== null) {
    const [, day = '', month = '', year = '', hour = '', minute = '', second = ''] = match;
    // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
    const century = Number(year) + 2000 > new Date().getUTCFullYear() + 50 ? 1900 : 2000;
    parts = { day, month, year: century + Number(year), hour, minute, second };
  } else if ((match = ASCTIME.exec(value)) !== null) {
    const [, month = '', day = '', hour = '', minute = '', second = '', year = ''] = match;
    parts = { day: day.trim(), month, year: Number(year), hour, minute, second };
  }
  if (parts === undefined) return undefined;
  const month = MONTHS.indexOf(parts.month.toLowerCase());
  const [day, hour, minute, second] = [parts.day, parts.hour, parts.minute, parts.second].map(Number) as [number, number, number, number];
  if (month < 0 || hour > 23 || minute > 59 || second > 60) return undefined;
  const ms = Date.UTC(parts.year, month, day, hour, minute, Math.min(second, 59));
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}
