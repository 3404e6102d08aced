import { describe, expect, it } from 'vitest';
import { agendaItemAt, freshAgenda } from '../../support/agenda-items.js';
import type { AgendaItem, AgendaView, ConnectionView } from '../../../preload/contract.js';
import { buildTrayModel, type TrayMenuItem } from '../../../main/core/tray-model.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const so: ConnectionView = { id: 'superoffice', kind: 'crm', title: 'SuperOffice CRM Online', status: 'connected', statusText: 'Connected to Cust12345 as Alice Andersen', nextAction: 'sign-out' };
const item = (minutesFromNow: number, over: Partial<AgendaItem> = {}): AgendaItem => agendaItemAt(NOW, minutesFromNow, `Meeting in ${minutesFromNow}`, over);
const agenda = (items: AgendaItem[], nextKey?: string): AgendaView => freshAgenda(items, nextKey);
const actions = (menu: TrayMenuItem[]): string[] => menu.flatMap((entry) => (entry.kind === 'action' ? [entry.action] : entry.kind === 'submenu' ? actions(entry.items) : []));
const time = (iso: string) => iso.slice(11, 16);

describe('tray model', () => {
  it('puts the next meeting and its countdown in the tooltip and the macOS title; minutes within the hour for the icon', () => {
    const model = buildTrayModel('Video Meetings Tray', 'Sandbox', [so], agenda([item(12)], 'k12'), NOW, time);
    expect(model.tooltip).toContain('In 12 min: Meeting in 12');
    expect(model.title).toBe('Meeting in 12 · 12m');
    expect(model.minutesLeft).toBe(12);
    expect(model.icon).toBe('idle');
  });

  it('changes the icon shortly before (5 min) and during a meeting', () => {
    expect(buildTrayModel('A', '', [so], agenda([item(4)], 'k4'), NOW, time).icon).toBe('soon');
    expect(buildTrayModel('A', '', [so], agenda([item(-5)], 'k-5'), NOW, time)).toMatchObject({ icon: 'live', minutesLeft: 0 });
    expect(buildTrayModel('A', '', [so], agenda([item(90)], 'k90'), NOW, time).minutesLeft).toBeUndefined();
  });

  it('lists today’s remaining meetings with Join, the next one’s alternatives, Refresh, Open, Settings and Quit', () => {
    const next = item(10, { alternatives: [{ service: 'teams', serviceName: 'Microsoft Teams', url: 'https://teams.microsoft.com/l/meetup-join/x' }] });
    const model = buildTrayModel('A', '', [so], agenda([next, item(60, { join: undefined, title: 'No link' })], 'k10'), NOW, time);
    expect(actions(model.menu)).toEqual(['join:k10', 'join:k10#0', 'join:k10', 'disconnect:superoffice', 'refresh', 'open', 'settings', 'quit']);
    expect(model.menu).toContainEqual({ kind: 'label', label: '10:00 No link' });
  });

  it('says when there is nothing left today, and when the agenda may be stale', () => {
    const model = buildTrayModel('A', '', [so], { status: 'stale', items: [], horizonDays: 2 }, NOW, time);
    expect(model.menu).toContainEqual({ kind: 'label', label: 'No more meetings today' });
    expect(model.menu).toContainEqual({ kind: 'label', label: 'Agenda may be out of date' });
  });

  it('strips control and bidi characters from menu labels', () => {
    const model = buildTrayModel('A', '', [so], agenda([item(10, { title: 'Evil\u202e\u0007title' })], 'k10'), NOW, time);
    expect(JSON.stringify(model.menu)).not.toMatch(/\u202e|\u0007/);
  });
});
