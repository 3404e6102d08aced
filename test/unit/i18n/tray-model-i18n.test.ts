import { describe, expect, it } from 'vitest';
import { agendaItemAt, freshAgenda } from '../../support/agenda-items.js';
import type { AgendaItem, AgendaView, ConnectionView } from '../../../preload/contract.js';
import { buildTrayModel, type TrayMenuItem } from '../../../main/core/tray-model.js';
import { timeFormatter } from '../../../main/i18n/time-format.js';
import { translator } from '../../../main/i18n/translator.js';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const so: ConnectionView = { id: 'superoffice', kind: 'crm', title: 'SuperOffice CRM Online', status: 'connected', statusText: 'Koblet til Cust12345 som Alice', nextAction: 'sign-out' };
const zoom: ConnectionView = { id: 'zoom', kind: 'video', title: 'Zoom', status: 'disconnected', statusText: 'Ikke tilkoblet', nextAction: 'connect' };
const item = (minutesFromNow: number, over: Partial<AgendaItem> = {}): AgendaItem => agendaItemAt(NOW, minutesFromNow, `Møte ${minutesFromNow}`, over);
const agenda = (items: AgendaItem[], nextKey: string): AgendaView => freshAgenda(items, nextKey);
const labels = (menu: TrayMenuItem[]): string[] => menu.flatMap((entry) => (entry.kind === 'separator' ? [] : [entry.label]));
const oslo24 = timeFormatter({ locale: 'nb', systemLocale: 'nb-NO', hourCycle: 'h23', timeZone: 'Europe/Oslo' });

describe('tray model in the user’s language', () => {
  it('speaks Norwegian bokmål: menu, countdown and times', () => {
    const items = [item(-5, { title: 'Stand-up' }), item(12, { title: 'Kvartalsgjennomgang', canAddVideo: true, join: undefined }), item(90, { title: 'Kundemøte' })];
    const model = buildTrayModel('Video Meetings Tray', 'Sandbox', [so, zoom], agenda(items, 'k90'), NOW, oslo24, translator('nb'));
    expect(labels(model.menu)).toEqual([
      'Bli med i neste møte: Kundemøte',
      'Legg til videomøte i: Kvartalsgjennomgang',
      'I dag',
      'Bli med: 12:55 Stand-up (nå)',
      '13:12 Kvartalsgjennomgang',
      'Bli med: 14:30 Kundemøte',
      'SuperOffice CRM Online: Koblet til Cust12345 som Alice',
      'Logg av SuperOffice CRM Online',
      'Zoom: Ikke tilkoblet',
      'Koble til Zoom',
      'Oppdater',
      'Åpne Video Meetings Tray',
      'Innstillinger…',
      'Avslutt',
    ]);
    expect(model.tooltip.split('\n')[1]).toBe('Om 1 t 30 min: Kundemøte');
    expect(model.title).toBe('Kundemøte · 1 t');
  });

  it('speaks German, with the countdown in minutes and an empty day said so', () => {
    const model = buildTrayModel('Video Meetings Tray', '', [so], agenda([item(7, { title: 'Jour fixe' })], 'k7'), NOW, oslo24, translator('de'));
    expect(model.tooltip.split('\n')[1]).toBe('In 7 Min.: Jour fixe');
    expect(model.title).toBe('Jour fixe · 7 Min.');
    expect(labels(model.menu)).toContain('Am nächsten Meeting teilnehmen: Jour fixe');
    expect(labels(model.menu)).toEqual(expect.arrayContaining(['Heute', 'Aktualisieren', 'Einstellungen…', 'Beenden', 'Video Meetings Tray öffnen', 'Von SuperOffice CRM Online abmelden']));
    const empty = buildTrayModel('Video Meetings Tray', '', [so], { status: 'stale', items: [], horizonDays: 2 }, NOW, oslo24, translator('de'));
    expect(labels(empty.menu)).toEqual(expect.arrayContaining(['Heute keine weiteren Meetings', 'Die Agenda ist möglicherweise nicht aktuell']));
  });

  it('stays English by default', () => {
    const model = buildTrayModel('Video Meetings Tray', '', [so], agenda([item(7)], 'k7'), NOW, oslo24);
    expect(labels(model.menu)).toEqual(expect.arrayContaining(['Join next meeting: Møte 7', 'Today', 'Quit']));
  });
});
