import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../preload/contract.js';
import { reminderBody } from '../../../main/agenda/reminders.js';
import { timeFormatter } from '../../../main/i18n/time-format.js';
import { translator } from '../../../main/i18n/translator.js';

const START = Date.parse('2026-11-23T13:00:00Z'); // 14:00 in Stockholm
const item: AgendaItem = {
  key: `1@${new Date(START).toISOString()}`,
  appointmentId: 1,
  title: 'Budgetmöte',
  start: new Date(START).toISOString(),
  end: new Date(START + 45 * 60_000).toISOString(),
  allDay: false,
  canAddVideo: false,
  invitation: 'own',
  dimmed: false,
  phase: 'upcoming',
  company: 'Nordlys AB',
  join: { service: 'teams', serviceName: 'Microsoft Teams', url: 'https://teams.microsoft.com/l/meetup-join/x' },
  alternatives: [],
};
const swedish = (hourCycle: 'h12' | 'h23') => timeFormatter({ locale: 'sv', systemLocale: 'sv-SE', hourCycle, timeZone: 'Europe/Stockholm' });

describe('reminder notification in Swedish', () => {
  it('with 24-hour times', () => {
    expect(reminderBody(item, START - 60_000, translator('sv'), swedish('h23'))).toBe('Börjar om 1 minut · 14:00–14:45 · Nordlys AB\nKlicka för att ansluta.');
  });

  it('with 12-hour times, plural minutes, and after the start', () => {
    const body = reminderBody(item, START - 3 * 60_000, translator('sv'), swedish('h12'));
    expect(body).toMatch(/^Börjar om 3 minuter · 2:00\s?em–2:45\s?em · Nordlys AB\n/);
    expect(reminderBody(item, START + 2 * 60_000, translator('sv'))).toBe('Började för 2 minuter sedan · Nordlys AB\nKlicka för att ansluta.');
    expect(reminderBody(item, START, translator('sv'))).toMatch(/^Börjar nu/);
  });
});
