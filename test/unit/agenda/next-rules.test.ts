import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../main/agenda/appointment.js';
import { computeAgenda } from '../../../main/agenda/next-rules.js';
import { parseZonedDateTime } from '../../../main/agenda/zoned-time.js';
import { resolveJoinLink } from '../../../main/links/resolve-join-link.js';
import { DEFAULT_PREFERENCES } from '../../../main/settings/preferences-schema.js';

const OSLO = 'Europe/Oslo';
const at = (local: string) => parseZonedDateTime(local, OSLO);
const MIN = 60_000;
let id = 0;
function appointment(start: string, minutes: number, over: Partial<Appointment> = {}): Appointment {
  const startMs = at(start);
  return {
    id: ++id,
    start: startMs,
    end: startMs + minutes * MIN,
    allDay: false,
    title: `Meeting ${id}`,
    description: '',
    location: '',
    joinVideomeetUrl: `https://us05web.zoom.us/j/${String(64724852800 + id)}`,
    invitation: 'own',
    recurring: false,
    ...over,
  };
}
const resolve = (a: Appointment) => resolveJoinLink({ joinVideomeetUrl: a.joinVideomeetUrl, location: a.location, description: a.description });
const agenda = (items: Appointment[], now: string, preferences = DEFAULT_PREFERENCES) => computeAgenda(items, at(now), preferences, resolve);
const nextTitle = (items: Appointment[], now: string, preferences = DEFAULT_PREFERENCES) => {
  const result = agenda(items, now, preferences);
  return result.items.find((item) => item.key === result.nextKey)?.title;
};

describe('what is next', () => {
  it('is the earliest upcoming meeting with a link', () => {
    const items = [appointment('2026-11-23T11:00:00', 30, { title: 'Later' }), appointment('2026-11-23T10:00:00', 30, { title: 'Sooner' })];
    expect(nextTitle(items, '2026-11-23T09:00:00')).toBe('Sooner');
  });

  it('is the ongoing meeting while it runs', () => {
    const items = [appointment('2026-11-23T09:00:00', 60, { title: 'Running' }), appointment('2026-11-23T11:00:00', 30, { title: 'Later' })];
    const result = agenda(items, '2026-11-23T09:20:00');
    expect(result.items[0]).toMatchObject({ title: 'Running', phase: 'ongoing' });
    expect(nextTitle(items, '2026-11-23T09:20:00')).toBe('Running');
  });

  it('switches to a meeting starting within 5 minutes even if the previous one runs late', () => {
    const items = [appointment('2026-11-23T09:00:00', 90, { title: 'Running late' }), appointment('2026-11-23T10:00:00', 30, { title: 'Next one' })];
    expect(nextTitle(items, '2026-11-23T09:54:00')).toBe('Running late');
    expect(nextTitle(items, '2026-11-23T09:55:00')).toBe('Next one');
    expect(nextTitle(items, '2026-11-23T10:10:00')).toBe('Next one');
  });

  it('with overlapping ongoing meetings, picks the one that started last', () => {
    const items = [appointment('2026-11-23T09:00:00', 120, { title: 'Long workshop' }), appointment('2026-11-23T09:30:00', 30, { title: 'Quick sync' })];
    expect(nextTitle(items, '2026-11-23T09:40:00')).toBe('Quick sync');
    expect(nextTitle(items, '2026-11-23T10:05:00')).toBe('Long workshop');
  });

  it('at the same start, prefers accepted or own appointments over tentative ones', () => {
    const items = [appointment('2026-11-23T10:00:00', 30, { title: 'Maybe', invitation: 'tentative' }), appointment('2026-11-23T10:00:00', 30, { title: 'Yes', invitation: 'accepted' })];
    expect(nextTitle(items, '2026-11-23T09:00:00')).toBe('Yes');
  });

  it('lists all-day items and items without a link, but never makes them next', () => {
    const allDay = appointment('2026-11-23T00:00:00', 24 * 60, { title: 'Conference day', allDay: true });
    const noLink = appointment('2026-11-23T09:30:00', 30, { title: 'No link', joinVideomeetUrl: '', description: 'See https://intranet.example/agenda or call +47 21 93 37 37' });
    const withLink = appointment('2026-11-23T10:00:00', 30, { title: 'With link' });
    const result = agenda([allDay, noLink, withLink], '2026-11-23T09:00:00');
    expect(result.items.map((item) => item.title)).toEqual(['Conference day', 'No link', 'With link']);
    expect(result.items[1]!.join).toBeUndefined();
    expect(nextTitle([allDay, noLink, withLink], '2026-11-23T09:00:00')).toBe('With link');
  });

  it('shows, dims or hides invitations per the preferences; declined are hidden and never next by default', () => {
    const items = [
      appointment('2026-11-23T10:00:00', 30, { title: 'Declined', invitation: 'declined' }),
      appointment('2026-11-23T10:30:00', 30, { title: 'Tentative', invitation: 'tentative' }),
      appointment('2026-11-23T11:00:00', 30, { title: 'Not answered', invitation: 'not-answered' }),
    ];
    const byDefault = agenda(items, '2026-11-23T09:00:00');
    expect(byDefault.items.map((i) => [i.title, i.dimmed])).toEqual([['Tentative', true], ['Not answered', true]]);
    const custom = { ...DEFAULT_PREFERENCES, invitations: { declined: 'dim' as const, tentative: 'hide' as const, notAnswered: 'show' as const } };
    const result = agenda(items, '2026-11-23T09:00:00', custom);
    expect(result.items.map((i) => [i.title, i.dimmed])).toEqual([['Declined', true], ['Not answered', false]]);
    expect(nextTitle(items, '2026-11-23T09:00:00', custom)).toBe('Not answered');
  });

  it('drops meetings that have ended', () => {
    const items = [appointment('2026-11-23T08:00:00', 30, { title: 'Over' }), appointment('2026-11-23T10:00:00', 30, { title: 'Upcoming' })];
    expect(agenda(items, '2026-11-23T09:00:00').items.map((i) => i.title)).toEqual(['Upcoming']);
  });

  it('is not shifted by a DST change: a meeting after the autumn change starts when its instant says', () => {
    const items = [appointment('2026-10-25T03:30:00', 30, { title: 'After the change' })];
    // 02:45 CET is after 02:45 CEST: both are before 03:30 CET.
    expect(agenda(items, '2026-10-25T02:45:00').items[0]!.phase).toBe('upcoming');
    expect(agenda(items, '2026-10-25T03:31:00').items[0]!.phase).toBe('ongoing');
    expect(new Date(agenda(items, '2026-10-25T01:00:00').items[0]!.start).toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('follows a clock the user moves forward or back: the agenda is a function of now', () => {
    const items = [appointment('2026-11-23T10:00:00', 30, { title: 'A' }), appointment('2026-11-23T12:00:00', 30, { title: 'B' })];
    expect(nextTitle(items, '2026-11-23T11:00:00')).toBe('B');
    expect(nextTitle(items, '2026-11-23T09:00:00')).toBe('A');
    expect(agenda(items, '2026-11-23T13:00:00').items).toEqual([]);
  });

  it('keeps every other link of an appointment as an alternative', () => {
    const items = [appointment('2026-11-23T10:00:00', 30, { location: 'https://meet.google.com/abc-defg-hij', description: 'Backup: https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0' })];
    const [item] = agenda(items, '2026-11-23T09:00:00').items;
    expect(item!.join?.service).toBe('zoom');
    expect(item!.alternatives.map((a) => a.service)).toEqual(['google-meet', 'teams']);
  });
});

describe('which items may get a video meeting', () => {
  it('own appointments without any meeting link; not invitations, not ones with a link, not ones the app is working on', () => {
    const items = [
      appointment('2026-11-24T10:00', 30, { title: 'Own, no link', joinVideomeetUrl: '' }),
      appointment('2026-11-24T11:00', 30, { title: 'Own, link in location', joinVideomeetUrl: '', location: 'https://zoom.us/j/81234567890' }),
      appointment('2026-11-24T12:00', 30, { title: 'Invitation', joinVideomeetUrl: '', invitation: 'accepted' }),
      appointment('2026-11-24T13:00', 30, { title: 'Own, unknown link', joinVideomeetUrl: 'https://example.com/some-room' }),
      appointment('2026-11-24T14:00', 30, { title: 'Being added', joinVideomeetUrl: '', id: 99 }),
    ];
    const { items: shown } = computeAgenda(items, at('2026-11-24T09:00'), DEFAULT_PREFERENCES, resolve, (id) => (id === 99 ? { provider: 'zoom', pending: 'adding' } : undefined));
    expect(shown.map((item) => [item.title, item.canAddVideo])).toEqual([
      ['Own, no link', true],
      ['Own, link in location', false],
      ['Invitation', false],
      ['Own, unknown link', false],
      ['Being added', false],
    ]);
    expect(shown.at(-1)!.video).toEqual({ provider: 'zoom', pending: 'adding' });
  });
});
