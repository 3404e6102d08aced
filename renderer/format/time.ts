import { dateTimeFormat, relativeTimeFormat } from '../localization/formatters.js';

/** Parses an ISO 8601 timestamp; undefined when it is missing or not a valid date. */
export function parseTimestamp(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Local date and time in the active locale and clock (or `locale`), e.g. "23 Nov 2025, 10:42". */
export function formatDateTime(date: Date, locale?: string): string {
  return dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }, locale).format(date);
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * Relative time such as "5 minutes ago" or "yesterday"; undefined under a minute (callers say "just now").
 * Older than a week, it gives the local date and time instead.
 */
export function formatRelative(date: Date, now: Date, locale?: string): string | undefined {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const size = Math.abs(seconds);
  if (size < 60) return undefined;
  if (size >= 7 * 86_400) return formatDateTime(date, locale);
  const format = relativeTimeFormat({ numeric: 'auto' }, locale);
  for (const [unit, unitSeconds] of UNITS) {
    if (size >= unitSeconds) return format.format(Math.trunc(seconds / unitSeconds), unit);
  }
  return undefined;
}
