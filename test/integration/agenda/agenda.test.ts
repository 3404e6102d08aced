import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaView } from '../../../preload/contract.js';
import { CoreApp } from '../../support/core-app.js';
import { KeytarSecretStore } from '../../../main/secrets/keytar-secret-store.js';

// A Tuesday morning in Oslo: the daily stand-up (09:00-09:15) is on, the quarterly review is at 10:00.
const NOW = '2026-11-24T09:05:00+01:00';
let app: CoreApp;

beforeEach(async () => {
  app = await new CoreApp().start();
  // Sign in on the real clock (the id_token is checked against it), then move to the test's morning.
  await app.call('connect', 'superoffice');
  app.pinTime(NOW);
  await app.call('refreshAgenda');
});
afterEach(() => app.close());

const agenda = () => app.call('getAgenda');
const titled = (view: AgendaView, pattern: RegExp) => view.items.find((item) => pattern.test(item.title));

describe('agenda against the SuperOffice sandbox', () => {
  it('shows today’s and tomorrow’s meetings from GetMyDiary, with join links found wherever they are', async () => {
    const view = await agenda();
    expect(view.status).toBe('fresh');
    expect(view.horizonDays).toBe(2);
    const standup = titled(view, /stand-?up/i)!;
    expect(standup).toMatchObject({ phase: 'ongoing', join: { service: 'teams' } });
    expect(titled(view, /Quarterly review/)!.join?.service).toBe('superoffice');
    const zoom = view.items.find((item) => item.join?.service === 'zoom' && item.location);
    expect(zoom?.join?.url).toMatch(/zoom\.us\/j\/\d+\?pwd=/);
    expect(view.items.some((item) => item.join?.service === 'google-meet')).toBe(true);
    expect(view.items.some((item) => item.join?.service === 'webex')).toBe(true);
    // Only today and tomorrow.
    const last = Math.max(...view.items.map((item) => Date.parse(item.start)));
    expect(last).toBeLessThan(Date.parse('2026-11-26T00:00:00+01:00'));
  });

  it('makes the ongoing meeting that started last the next one, and hides the declined booking', async () => {
    const view = await agenda();
    expect(view.items.find((item) => item.key === view.nextKey)?.title).toMatch(/stand-?up/i);
    expect(view.items.some((item) => item.invitation === 'declined')).toBe(false);
    await app.call('setPreferences', { invitations: { tentative: 'dim', notAnswered: 'dim', declined: 'show' } });
    expect((await agenda()).items.some((item) => item.invitation === 'declined')).toBe(true);
  });

  it('lists items without a link without a join button, never as next', async () => {
    await app.call('setPreferences', { horizonDays: 7 });
    const view = await app.call('refreshAgenda');
    const lunch = view.items.find((item) => /Lunch/.test(item.title));
    expect(lunch).toBeDefined();
    expect(lunch!.join).toBeUndefined();
    expect(view.nextKey).not.toBe(lunch!.key);
  });

  it('joins with one click: the opener gets the meeting link; other links are alternatives', async () => {
    const view = await agenda();
    const review = titled(view, /Quarterly review/)!;
    const before = app.person.opened.length;
    const { opened } = await app.call('joinMeeting', review.key);
    expect(opened.service).toBe('superoffice');
    expect(app.person.opened.slice(before)).toEqual([review.join!.url]);
  });

  it('opens Zoom in its app first when chosen (confno and pwd from the link)', async () => {
    await app.call('setPreferences', { openInApp: { zoom: true, teams: false } });
    const zoom = (await agenda()).items.find((item) => item.join?.service === 'zoom')!;
    const before = app.person.opened.length;
    await app.call('joinMeeting', zoom.key);
    expect(app.person.opened[before]).toMatch(/^zoommtg:\/\/zoom\.us\/join\?action=join&confno=\d+&pwd=/);
  });

  it('refuses to join an unknown item or a missing alternative with a clear message', async () => {
    await expect(app.call('joinMeeting', 'nope@2026')).rejects.toMatchObject({ code: 'invalid_argument', message: expect.stringMatching(/no longer in the agenda/) });
    const standup = titled(await agenda(), /stand-?up/i)!;
    await expect(app.call('joinMeeting', standup.key, 7)).rejects.toMatchObject({ message: expect.stringMatching(/no link/) });
  });

  it('keeps the last agenda on disk (no tokens) and shows it as stale when SuperOffice fails, then recovers', async () => {
    const fresh = await agenda();
    const grant = JSON.parse((await new KeytarSecretStore(app.keychainService).get('superoffice:Cust12345:5'))!) as { refreshToken: string };
    const cache = app.read('agenda-cache.json');
    expect(cache).toContain('Quarterly review');
    expect(cache).not.toContain(grant.refreshToken);
    expect(cache).not.toMatch(/token|secret|verifier/i);
    app.sandbox.superoffice.switches.diary = 'server_error';
    const stale = await app.call('refreshAgenda');
    expect(stale.status).toBe('stale');
    expect(stale.items.map((i) => i.key)).toEqual(fresh.items.map((i) => i.key));
    expect(stale.lastSuccessAt).toBe(fresh.lastSuccessAt);
    expect(stale.error?.message).toMatch(/SuperOffice could not be reached/);

    // Restarted while SuperOffice still fails: the cached agenda is shown, marked stale.
    await app.boot();
    await app.call('refreshAgenda');
    const afterRestart = await agenda();
    expect(afterRestart).toMatchObject({ status: 'stale', lastSuccessAt: fresh.lastSuccessAt });
    expect(afterRestart.items.length).toBe(fresh.items.length);

    app.sandbox.superoffice.switches.diary = 'normal';
    expect((await app.call('refreshAgenda')).status).toBe('fresh');
  });

  it('says "offline" when SuperOffice cannot be reached at all', async () => {
    await app.sandbox.close();
    const view = await app.call('refreshAgenda');
    expect(view).toMatchObject({ status: 'stale', error: { message: 'You appear to be offline.' } });
    expect(view.items.length).toBeGreaterThan(0);
  });

  it('runs one more fetch when asked during a fetch (e.g. a wider horizon), and no more than one', async () => {
    app.sandbox.superoffice.switches.diaryNow = NOW;
    const calls = () => app.requests('GetMyDiary');
    const before = calls();
    const first = app.call('refreshAgenda');
    const widened = app.call('setPreferences', { horizonDays: 7 });
    const third = app.call('refreshAgenda');
    const fourth = app.call('refreshAgenda');
    await Promise.all([first, widened, third, fourth]);
    expect(calls() - before).toBe(2);
    const view = await app.call('getAgenda');
    expect(view.horizonDays).toBe(7);
    expect(view.items.some((item) => Date.parse(item.start) > Date.parse('2026-11-27T00:00:00+01:00'))).toBe(true);
  });

  it('refreshes on wake-up, unlock and network return', async () => {
    const calls = () => app.requests('GetMyDiary');
    const before = calls();
    for (const event of ['resume', 'unlock', 'online'] as const) {
      app.systemEvents.emit(event);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(calls() - before).toBeGreaterThanOrEqual(2);
  });

  it('carries on when the disk is full: the agenda stays fresh, the failure is logged', async () => {
    mkdirSync(join(app.dataDir, 'agenda-cache.json.tmp'), { recursive: true });
    const view = await app.call('refreshAgenda');
    expect(view.status).toBe('fresh');
    expect(app.read('logs/main.log')).toContain('agenda.cache_write_failed');
  });
});

describe('reminders', () => {
  it('notify N minutes before start with Join and Snooze, once, also across a restart', async () => {
    await app.call('setPreferences', { reminderMinutes: 5 });
    app.pinTime('2026-11-24T09:56:00+01:00');
    await app.call('refreshAgenda');
    await app.boot();
    const reminder = app.notifications.find((n) => /Quarterly review/.test(n.title));
    expect(reminder?.body).toMatch(/^Starts in 4 minutes/);
    expect(reminder?.actions?.map((a) => a.id)).toEqual(['join', 'snooze']);
    const count = app.notifications.filter((n) => /Quarterly review/.test(n.title)).length;
    await app.boot();
    expect(app.notifications.filter((n) => /Quarterly review/.test(n.title)).length).toBe(count);

    const before = app.person.opened.length;
    reminder!.onAction?.('join');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(app.person.opened[before]).toMatch(/meetings\.superoffice\.com\/join\//);
  });

  it('never remind of a declined meeting', async () => {
    await app.call('setPreferences', { reminderMinutes: 10, invitations: { tentative: 'dim', notAnswered: 'dim', declined: 'show' } });
    const declined = (await app.call('getAgenda')).items.find((i) => i.invitation === 'declined')!;
    app.pinTime(new Date(Date.parse(declined.start) - 5 * 60_000).toISOString());
    await app.boot();
    expect(app.notifications.some((n) => n.title === declined.title)).toBe(false);
  });
});

describe('faults around the agenda', () => {
  it('follows the clock when it jumps forward and back, without repeating a reminder', async () => {
    app.pinTime('2026-11-24T09:59:30+01:00');
    await app.boot();
    const reminders = () => app.notifications.filter((n) => /Quarterly review/.test(n.title)).length;
    expect(reminders()).toBe(1);
    app.pinTime('2026-11-24T09:40:00+01:00');
    await app.boot();
    expect(reminders()).toBe(1);
    app.pinTime('2026-11-24T11:30:00+01:00');
    await app.boot();
    const view = await app.call('getAgenda');
    expect(view.items.some((item) => /Quarterly review/.test(item.title))).toBe(false);
    expect(reminders()).toBe(1);
  });

  it('starts with a corrupted settings file: moved aside, signed out, nothing crashes', async () => {
    await app.core.stop();
    writeFileSync(join(app.dataDir, 'config.json'), '{"version":1,"connections":{"superoffice":');
    await app.boot();
    expect((await app.call('getAgenda')).status).toBe('signed-out');
    expect(readdirSync(app.dataDir).some((name) => name.startsWith('config.json.') && name.endsWith('.bak'))).toBe(true);
    expect((await app.call('listConnections'))[0]).toMatchObject({ id: 'superoffice', status: 'disconnected' });
  });
});
