// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countdown, dayLabel, emptyAgendaText, groupByDay, timeRange } from '../../../renderer/format/agenda.js';
import { agendaItem } from './support/memory-tray-api.js';

/** Local time on 4–10 March 2025 (day = 4 is a Tuesday). */
const at = (day: number, hour: number, minute = 0) => new Date(2025, 2, day, hour, minute);
const iso = (day: number, hour: number, minute = 0) => at(day, hour, minute).toISOString();
const NOW = at(4, 10);

describe('groupByDay', () => {
  it('groups by local day in time order, days in order', () => {
    const items = [
      agendaItem({ key: 'thu', start: iso(6, 9), end: iso(6, 10) }),
      agendaItem({ key: 'today-late', start: iso(4, 15), end: iso(4, 16) }),
      agendaItem({ key: 'tomorrow', start: iso(5, 8), end: iso(5, 9) }),
      agendaItem({ key: 'today-allday', start: iso(4, 0), end: iso(5, 0), allDay: true }),
      agendaItem({ key: 'today-early-short', start: iso(4, 11), end: iso(4, 11, 15) }),
      agendaItem({ key: 'today-early-long', start: iso(4, 11), end: iso(4, 12) }),
    ];
    const days = groupByDay(items, NOW);
    expect(days.map((day) => day.items.map((item) => item.key))).toEqual([
      ['today-allday', 'today-early-short', 'today-early-long', 'today-late'],
      ['tomorrow'],
      ['thu'],
    ]);
    expect(days.map((day) => day.date.getTime())).toEqual([at(4, 0), at(5, 0), at(6, 0)].map((date) => date.getTime()));
  });

  it('lists an event that began before today under today, and one without a valid start last today', () => {
    const items = [
      agendaItem({ key: 'broken', start: 'not a date', end: 'never' }),
      agendaItem({ key: 'conference', start: iso(3, 0), end: iso(6, 0), allDay: true }),
      agendaItem({ key: 'standup', start: iso(4, 9), end: iso(4, 9, 15) }),
    ];
    expect(groupByDay(items, NOW).map((day) => day.items.map((item) => item.key))).toEqual([['conference', 'standup', 'broken']]);
  });
});

describe('labels', () => {
  it('names days "Today", "Tomorrow", then weekday and date', () => {
    expect(dayLabel(at(4, 0), NOW)).toBe('Today');
    expect(dayLabel(at(5, 0), NOW)).toBe('Tomorrow');
    const thursday = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' }).format(at(6, 0));
    expect(dayLabel(at(6, 0), NOW)).toBe(thursday);
    expect(dayLabel(at(6, 0), NOW, 'en-US')).toBe('Thursday, March 6');
  });

  it('formats time ranges in the locale, "All day" for all-day items', () => {
    expect(timeRange(agendaItem({ start: iso(4, 0), end: iso(5, 0), allDay: true }))).toBe('All day');
    const range = timeRange(agendaItem({ start: iso(4, 10), end: iso(4, 10, 30) }), 'en-GB');
    expect(range).toMatch(/^10:00\s*[–-]\s*10:30$/);
    expect(timeRange(agendaItem({ start: iso(4, 14), end: iso(4, 15) }), 'en-US')).toMatch(/2:00\s*[–-]\s*3:00\sPM/);
    expect(timeRange(agendaItem({ start: 'garbage', end: 'garbage' }))).toBe('');
  });

  it('counts down in minutes, hours, then days', () => {
    expect(countdown(at(4, 10, 1), NOW, 'en')).toBe('in 1 minute');
    expect(countdown(at(4, 10, 5), NOW, 'en')).toBe('in 5 minutes');
    expect(countdown(new Date(NOW.getTime() + 4 * 60_000 + 30_000), NOW, 'en')).toBe('in 5 minutes');
    expect(countdown(at(4, 12, 10), NOW, 'en')).toBe('in 2 hr 10 min');
    expect(countdown(at(4, 13), NOW, 'en')).toBe('in 3 hours');
    expect(countdown(at(5, 13), NOW, 'en')).toBe('tomorrow');
    expect(countdown(at(6, 13), NOW, 'en')).toBe('in 2 days');
    expect(countdown(NOW, NOW)).toBe('starting now');
  });

  it('says what an empty agenda covers', () => {
    expect(emptyAgendaText(1)).toBe('No meetings today');
    expect(emptyAgendaText(2)).toBe('No meetings today or tomorrow');
    expect(emptyAgendaText(5)).toBe('No meetings in the next 5 days');
  });
});
