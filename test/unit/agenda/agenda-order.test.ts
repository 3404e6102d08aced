import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgendaItem, InvitationStatus } from '../../../preload/contract.js';
import type { Appointment } from '../../../main/agenda/appointment.js';
import { computeAgenda, SWITCH_WINDOW_MS } from '../../../main/agenda/next-rules.js';
import { findMeetingLinks } from '../../../main/links/resolve-join-link.js';
import { DEFAULT_PREFERENCES } from '../../../main/settings/preferences-schema.js';

const resolve = (a: Appointment) => findMeetingLinks({ joinVideomeetUrl: a.joinVideomeetUrl, location: a.location, description: a.description });

/** The rules written plainly: a stable sort, then filters and sorts for "next". */
function plainOrder(appointments: readonly Appointment[]): Appointment[] {
  return [...appointments].sort((a, b) => a.start - b.start || Number(b.allDay) - Number(a.allDay) || a.title.localeCompare(b.title));
}
function plainNext(items: AgendaItem[], now: number): string | undefined {
  const candidates = items.filter((item) => item.join && !item.allDay && item.invitation !== 'declined');
  const committed = (item: AgendaItem) => (item.invitation === 'own' || item.invitation === 'accepted' ? 0 : 1);
  const startOf = (item: AgendaItem) => Date.parse(item.start);
  const imminent = candidates.filter((item) => item.phase === 'upcoming' && startOf(item) - now <= SWITCH_WINDOW_MS);
  if (imminent.length) return [...imminent].sort((a, b) => startOf(a) - startOf(b) || committed(a) - committed(b))[0]?.key;
  const ongoing = candidates.filter((item) => item.phase === 'ongoing');
  if (ongoing.length) return [...ongoing].sort((a, b) => startOf(b) - startOf(a) || committed(a) - committed(b))[0]?.key;
  return [...candidates].sort((a, b) => startOf(a) - startOf(b) || committed(a) - committed(b))[0]?.key;
}

const T0 = Date.parse('2026-11-23T09:00:00Z');
const MIN = 60_000;
const row = fc.record({
  startMin: fc.constantFrom(-120, -30, -5, 0, 1, 3, 5, 6, 30, 120),
  minutes: fc.constantFrom(1, 15, 60, 240),
  allDay: fc.boolean(),
  title: fc.constantFrom('A', 'b', 'B', 'å', 'ä', 'z', ''),
  invitation: fc.constantFrom<InvitationStatus>('own', 'accepted', 'not-answered', 'tentative', 'declined'),
  link: fc.constantFrom('https://zoom.us/j/85512345678', 'https://www.acme.no/about', ''),
});
const diary = fc.array(row, { maxLength: 30 }).map((rows) =>
  rows.map((r, index): Appointment => ({
    // One id per row keeps rows apart in the comparison (recurring occurrences share an id, with other starts).
    id: index + 1,
    start: T0 + r.startMin * MIN,
    end: T0 + (r.startMin + r.minutes) * MIN,
    allDay: r.allDay,
    title: r.title,
    description: r.link,
    location: '',
    joinVideomeetUrl: '',
    invitation: r.invitation,
    recurring: false,
  })),
);

describe('agenda order and "what is next" in one pass', () => {
  it('lists in start order (all-day first, then by title; ties keep the diary order) and picks next as the rules say', () => {
    const shown = { ...DEFAULT_PREFERENCES, invitations: { declined: 'show', tentative: 'dim', notAnswered: 'show' } } as const;
    fc.assert(
      fc.property(diary, fc.constantFrom(-10, 0, 2, 4, 200), (appointments, nowMin) => {
        const now = T0 + nowMin * MIN;
        for (const preferences of [DEFAULT_PREFERENCES, shown]) {
          const { items, nextKey } = computeAgenda(appointments, now, preferences, resolve);
          const expectedOrder = plainOrder(appointments).filter((a) => a.end > now && items.some((item) => item.appointmentId === a.id && Date.parse(item.start) === a.start));
          expect(items.map((item) => `${item.appointmentId}@${Date.parse(item.start)}`)).toEqual(expectedOrder.map((a) => `${a.id}@${a.start}`));
          expect(nextKey).toBe(plainNext(items, now));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('still sorts appointments whose start is not a finite number (the diary never gives one)', () => {
    const base: Appointment = { id: 1, start: T0, end: T0 + 60 * MIN, allDay: false, title: 'x', description: '', location: '', joinVideomeetUrl: '', invitation: 'own', recurring: false };
    const later = { ...base, id: 3, start: T0 + MIN, title: 'a' };
    const ended = { ...base, id: 2, start: Number.NaN, end: T0 - 2 * MIN };
    const withOdd = computeAgenda([later, ended, base], T0 - MIN, DEFAULT_PREFERENCES, resolve);
    expect(withOdd.items.map((item) => item.appointmentId)).toEqual(plainOrder([later, ended, base]).filter((a) => a !== ended).map((a) => a.id));
  });

  it('writes each item with its fields in the contract order', () => {
    const base: Appointment = { id: 7, start: T0, end: T0 + 30 * MIN, allDay: false, title: 'x', description: 'https://zoom.us/j/85512345678', location: 'Room 1', joinVideomeetUrl: '', company: 'Acme', contact: 'Ann', invitation: 'own', recurring: false };
    const [item] = computeAgenda([base], T0 - MIN, DEFAULT_PREFERENCES, resolve, () => ({ provider: 'zoom' })).items;
    expect(Object.keys(item!)).toEqual(['key', 'appointmentId', 'title', 'start', 'end', 'allDay', 'company', 'contact', 'location', 'invitation', 'dimmed', 'phase', 'join', 'alternatives', 'canAddVideo', 'video']);
  });
});
