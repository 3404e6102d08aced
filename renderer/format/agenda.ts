import { msg, str } from '@lit/localize';
import type { AgendaItem } from '../../preload/contract.js';
import { formatSettings } from '../localization/format-settings.js';
import { dateTimeFormat, numberFormat, relativeTimeFormat } from '../localization/formatters.js';
import { parseTimestamp } from './time.js';

/** One day of the agenda: its local midnight and its items in order. */
export interface AgendaDay {
  /** Local calendar date, e.g. "2025-03-04". */
  key: string;
  date: Date;
  items: AgendaItem[];
}

/** Local midnight of the day `date` falls on. */
export function startOfDay(date: Date, addDays = 0): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + addDays);
}

function dayKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

function time(iso: string): number {
  return parseTimestamp(iso)?.getTime() ?? Number.NaN;
}

/**
 * Groups the items by local day, in time order (earlier start first, then earlier end).
 * An item that began before today and still runs (a multi-day event) is listed under today;
 * an item without a valid start goes to the end of today.
 */
export function groupByDay(items: readonly AgendaItem[], now: Date): AgendaDay[] {
  const today = startOfDay(now);
  const sortKey = (item: AgendaItem): number => {
    const start = time(item.start);
    return Number.isNaN(start) ? Number.POSITIVE_INFINITY : start;
  };
  const sorted = [...items].sort((a, b) => sortKey(a) - sortKey(b) || (time(a.end) || 0) - (time(b.end) || 0));
  const days = new Map<string, AgendaDay>();
  for (const item of sorted) {
    const start = parseTimestamp(item.start);
    const date = !start || start < today ? today : startOfDay(start);
    const key = dayKey(date);
    const day = days.get(key) ?? { key, date, items: [] };
    days.set(key, day);
    day.items.push(item);
  }
  return [...days.values()].sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** "Today", "Tomorrow", or the weekday and date in the user's locale (e.g. "Thursday, March 6"); `locale` overrides the active one. */
export function dayLabel(day: Date, now: Date, locale?: string): string {
  const key = dayKey(day);
  if (key === dayKey(startOfDay(now))) return msg('Today');
  if (key === dayKey(startOfDay(now, 1))) return msg('Tomorrow');
  return dateTimeFormat({ weekday: 'long', month: 'long', day: 'numeric' }, locale).format(day);
}

/** "10:00 – 10:30" in the user's locale; "All day" for all-day items; dates added when it spans days. */
export function timeRange(item: AgendaItem, locale?: string): string {
  if (item.allDay) return msg('All day');
  // Every render of the agenda asks for every item's range: formatters and results are reused.
  const { locale: active, hourCycle } = formatSettings();
  const cacheKey = `${locale ?? active ?? ''}|${hourCycle}|${item.start}|${item.end}`;
  const cached = rangeCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const start = parseTimestamp(item.start);
  if (!start) return '';
  const end = parseTimestamp(item.end);
  const sameDay = end !== undefined && dayKey(start) === dayKey(end);
  const format = dateTimeFormat(sameDay || !end ? { timeStyle: 'short' } : { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }, locale);
  const text = end && end >= start ? format.formatRange(start, end) : format.format(start);
  if (rangeCache.size > 2000) rangeCache.clear();
  rangeCache.set(cacheKey, text);
  return text;
}

const rangeCache = new Map<string, string>();

/**
 * Time until `start` in the active locale (or `locale`): "in 5 minutes", "in 2 hours", "in 2 hr 10 min", "tomorrow",
 * "in 3 days"; "starting now" once it is due. Plurals come from Intl, so every language gets its own forms.
 */
export function countdown(start: Date, now: Date, locale?: string): string {
  const minutes = Math.ceil((start.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return msg('starting now');
  const relative = relativeTimeFormat({ numeric: 'always' }, locale);
  if (minutes < 60) return relative.format(minutes, 'minute');
  if (minutes < 24 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (!rest) return relative.format(hours, 'hour');
    const unit = (value: number, name: 'hour' | 'minute') => numberFormat({ style: 'unit', unit: name, unitDisplay: 'short' }, locale).format(value);
    const duration = `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
    return msg(str`in ${duration}`, { desc: 'A countdown to a meeting; the duration is e.g. "2 hr 10 min".' });
  }
  const days = Math.round((startOfDay(start).getTime() - startOfDay(now).getTime()) / 86_400_000);
  return relativeTimeFormat({ numeric: 'auto' }, locale).format(days, 'day');
}

/** What an empty agenda says, for the days it covers. */
export function emptyAgendaText(horizonDays: number): string {
  if (horizonDays <= 1) return msg('No meetings today');
  if (horizonDays === 2) return msg('No meetings today or tomorrow');
  return msg(str`No meetings in the next ${horizonDays} days`);
}

/** When the agenda was last refreshed: the time today, else date and time. */
export function refreshedAt(date: Date, now: Date, locale?: string): string {
  const today = dayKey(date) === dayKey(now);
  return dateTimeFormat(today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }, locale).format(date);
}
