// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agendaChangeAnnouncement, dueReminders, reminderAnnouncement } from '../../../renderer/announcements/agenda-announcement.js';
import { ConnectionAnnouncer } from '../../../renderer/announcements/connection-announcer.js';
import { connectionAnnouncement } from '../../../renderer/announcements/connection-announcement.js';
import type { Agenda } from '../../../renderer/components/agenda.js';
import type { VmtApp } from '../../../renderer/components/vmt-app.js';
import { DEFAULT_PREFERENCES, MemoryTrayApi, agendaItem, agendaView, providerView, superOfficeView } from './support/memory-tray-api.js';
import { inShadow, mountApp, settle, text } from './support/dom.js';
import { diagnosis } from './support/nested.js';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

const NOW = new Date(2025, 2, 4, 10, 0);
const inMinutes = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

describe('connection announcements', () => {
  it('say when a connection becomes connected, disconnected, signing in, or needs attention and why', () => {
    const off = superOfficeView('disconnected');
    expect(connectionAnnouncement(off, superOfficeView('connected'))).toBe('SuperOffice CRM Online is connected.');
    expect(connectionAnnouncement(superOfficeView('connected'), off)).toBe('SuperOffice CRM Online is disconnected.');
    expect(connectionAnnouncement(off, superOfficeView('connecting'))).toBe('Signing in to SuperOffice CRM Online. Continue in your browser.');
    const broken = providerView('zoom', 'needs-reauth', { diagnosis: diagnosis() });
    expect(connectionAnnouncement(providerView('zoom', 'connected'), broken)).toBe(
      'Zoom needs attention: Zoom no longer accepts your sign-in: it expired or was revoked.',
    );
    expect(connectionAnnouncement(providerView('zoom', 'connected'), providerView('zoom', 'error'))).toBe('Zoom needs attention: Zoom could not be reached.');
  });

  it('say nothing for the first view of a connection or when its state stays', () => {
    expect(connectionAnnouncement(undefined, superOfficeView('connected'))).toBeUndefined();
    expect(connectionAnnouncement(superOfficeView('connected'), superOfficeView('connected', { lastSuccessAt: new Date().toISOString() }))).toBeUndefined();
  });

  it('leave out connections whose card is on screen (the card says it), and say the others together', () => {
    const announcer = new ConnectionAnnouncer();
    const shown = (id: string) => (view: { id: string }) => view.id === id;
    expect(announcer.update([superOfficeView('connected'), providerView('zoom', 'connected')], () => false)).toBeUndefined();
    expect(announcer.update([superOfficeView('disconnected'), providerView('zoom', 'connected')], shown('superoffice'))).toBeUndefined();
    expect(announcer.update([superOfficeView('connected'), providerView('zoom', 'disconnected')], () => false)).toBe(
      'SuperOffice CRM Online is connected. Zoom is disconnected.',
    );
  });
});

describe('agenda announcements', () => {
  const item = agendaItem({ key: 'a', title: 'Weekly sync', start: inMinutes(1), phase: 'upcoming' });

  it('say a meeting has started, before anything else', () => {
    const started = agendaView([{ ...item, phase: 'ongoing' }]);
    expect(agendaChangeAnnouncement(agendaView([item]), started, { changed: true, refreshRequested: false })).toBe('Meeting starting now: Weekly sync');
  });

  it('say a refresh failed with the reason when the agenda turns stale, and once only', () => {
    const stale = agendaView([item], { status: 'stale', error: { code: 'network', message: 'You appear to be offline.' } });
    expect(agendaChangeAnnouncement(agendaView([item]), stale, { changed: true, refreshRequested: false })).toBe(
      'The agenda could not be refreshed: You appear to be offline. Showing the last known agenda.',
    );
    expect(agendaChangeAnnouncement(stale, { ...stale }, { changed: false, refreshRequested: false })).toBeUndefined();
    expect(agendaChangeAnnouncement(stale, { ...stale }, { changed: false, refreshRequested: true })).toMatch(/^The agenda could not be refreshed/);
  });

  it('say "Agenda updated" when it changed or the user asked, and nothing for the first agenda', () => {
    expect(agendaChangeAnnouncement(undefined, agendaView([item]), { changed: true, refreshRequested: true })).toBeUndefined();
    expect(agendaChangeAnnouncement(agendaView([]), agendaView([item]), { changed: true, refreshRequested: false })).toBe('Agenda updated');
    expect(agendaChangeAnnouncement(agendaView([item]), agendaView([item]), { changed: false, refreshRequested: false })).toBeUndefined();
  });

  it('remind of joinable meetings within the reminder minutes, once, and never of declined, all-day or started ones', () => {
    const items = [
      item,
      agendaItem({ key: 'later', start: inMinutes(3) }),
      agendaItem({ key: 'declined', start: inMinutes(1), invitation: 'declined' }),
      agendaItem({ key: 'all-day', start: inMinutes(1), allDay: true }),
      agendaItem({ key: 'no-link', start: inMinutes(1), join: undefined }),
      agendaItem({ key: 'on', start: inMinutes(-1), phase: 'ongoing' }),
    ];
    expect(dueReminders(items, NOW, 1, new Set()).map((each) => each.key)).toEqual(['a']);
    expect(dueReminders(items, NOW, 5, new Set(['a'])).map((each) => each.key)).toEqual(['later']);
    expect(dueReminders(items, NOW, 0, new Set())).toEqual([]);
    expect(reminderAnnouncement(item, NOW)).toBe('Weekly sync starts in 1 minute');
    expect(reminderAnnouncement(items[1]!, NOW)).toBe('Weekly sync starts in 3 minutes');
  });
});

describe('the live regions', () => {
  const announcer = (app: VmtApp) => text(app.shadowRoot!.querySelector('[data-role="announcer"]'));

  it('the app says a connection change while Settings is folded, and leaves it to the card when Settings is open', async () => {
    const api = new MemoryTrayApi([superOfficeView('connected')]);
    const app = await mountApp(api);
    const settings = app.shadowRoot!.querySelector<HTMLDetailsElement>('details.settings')!;
    expect(settings.open).toBe(false);
    expect(announcer(app)).toBe('');

    api.emitChange(superOfficeView('needs-reauth', { statusText: 'Your sign-in has expired' }));
    await settle(app);
    expect(announcer(app)).toBe('SuperOffice CRM Online needs attention: Your sign-in has expired');

    settings.open = true;
    settings.dispatchEvent(new Event('toggle'));
    await settle(app);
    api.emitChange(superOfficeView('connected'));
    await settle(app);
    expect(announcer(app)).toBe('SuperOffice CRM Online needs attention: Your sign-in has expired');
  });

  it('the agenda says a meeting is about to start when its reminder is due, not before', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date(NOW.getTime() - 60_000) });
    const api = new MemoryTrayApi([superOfficeView('connected')]);
    api.preferences = { ...DEFAULT_PREFERENCES, reminderMinutes: 1 };
    api.agenda = agendaView([agendaItem({ title: 'Weekly sync', start: inMinutes(1) })]);
    const app = await mountApp(api);
    const agenda = inShadow<Agenda>(app, 'vmt-agenda');
    const live = () => text(agenda.shadowRoot!.querySelector('.announcement'));
    expect(live()).toBe('');

    vi.advanceTimersByTime(30_000);
    await settle(app);
    expect(live()).toBe('');

    vi.advanceTimersByTime(30_000);
    await settle(app);
    expect(live()).toBe('Weekly sync starts in 1 minute');
  });
});
