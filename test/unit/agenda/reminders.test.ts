import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../preload/contract.js';
import { dueReminders, pruneReminded, reminderBody } from '../../../main/agenda/reminders.js';

const START = Date.parse('2026-11-23T09:00:00Z');
const item = (over: Partial<AgendaItem> = {}): AgendaItem => ({
  key: `1@${new Date(START).toISOString()}`,
  appointmentId: 1,
  title: 'Standup',
  start: new Date(START).toISOString(),
  end: new Date(START + 1_800_000).toISOString(),
  allDay: false,
  canAddVideo: false,
  invitation: 'own',
  dimmed: false,
  phase: 'upcoming',
  alternatives: [],
  ...over,
});
const MIN = 60_000;

describe('reminders', () => {
  it('are due from N minutes before the start until 5 minutes after it', () => {
    const none = new Set<string>();
    expect(dueReminders([item()], START - 2 * MIN, 1, none)).toEqual([]);
    expect(dueReminders([item()], START - MIN, 1, none)).toHaveLength(1);
    expect(dueReminders([item()], START + 4 * MIN, 1, none)).toHaveLength(1);
    expect(dueReminders([item()], START + 5 * MIN, 1, none)).toEqual([]);
    expect(dueReminders([item()], START - 10 * MIN, 10, none)).toHaveLength(1);
    expect(dueReminders([item()], START - MIN, 0, none)).toEqual([]);
    expect(dueReminders([item()], START, 0, none)).toHaveLength(1);
  });

  it('come once per meeting and start time, also across restarts and when the clock moves back', () => {
    const reminded = new Set([item().key]);
    expect(dueReminders([item()], START - MIN, 1, reminded)).toEqual([]);
    expect(dueReminders([item()], START - 30_000, 1, reminded)).toEqual([]);
    // The meeting was moved: a new start is a new reminder.
    const moved = item({ key: `1@${new Date(START + 3_600_000).toISOString()}`, start: new Date(START + 3_600_000).toISOString() });
    expect(dueReminders([moved], START + 3_600_000 - MIN, 1, reminded)).toHaveLength(1);
  });

  it('never remind of declined or all-day items', () => {
    expect(dueReminders([item({ invitation: 'declined' }), item({ key: 'x', allDay: true })], START - MIN, 1, new Set())).toEqual([]);
  });

  it('after a sleep past the window (clock jumped forward), skip rather than remind late', () => {
    expect(dueReminders([item()], START + 20 * MIN, 1, new Set())).toEqual([]);
  });

  it('say when the meeting starts and who it is with', () => {
    expect(reminderBody(item({ company: 'Nordlys AS', contact: 'Kari Nordmann' }), START - MIN)).toBe('Starts in 1 minute · Nordlys AS, Kari Nordmann');
    expect(reminderBody(item({ join: { service: 'zoom', serviceName: 'Zoom', url: 'https://zoom.us/j/123456789' } }), START - MIN)).toBe('Starts in 1 minute\nClick to join.');
    expect(reminderBody(item(), START)).toBe('Starting now');
    expect(reminderBody(item(), START + 3 * MIN)).toBe('Started 3 minutes ago');
  });

  it('forget keys of occurrences that started more than two days ago', () => {
    expect(pruneReminded([`1@${new Date(START).toISOString()}`, `2@${new Date(START - 3 * 86_400_000).toISOString()}`, 'garbage'], START)).toEqual([`1@${new Date(START).toISOString()}`]);
  });
});
