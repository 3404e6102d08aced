import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { XdgAutostart } from '../../main/platform/xdg-autostart.js';
import { CoreApp } from '../support/core-app.js';

let app: CoreApp | undefined;
let config: string | undefined;
afterEach(async () => {
  await app?.close();
  if (config) rmSync(config, { recursive: true, force: true });
  app = undefined;
  config = undefined;
});

/** A CoreApp with the Linux host's real login item, writing into a temporary XDG config folder. */
function withAutostart(): { app: CoreApp; item: XdgAutostart } {
  config = mkdtempSync(join(tmpdir(), 'vmt-xdg-'));
  const item = new XdgAutostart({
    directory: join(config, 'autostart'),
    fileName: 'video-meetings-tray.desktop',
    name: 'Video Meetings Tray',
    comment: 'SuperOffice video meetings from the system tray',
    icon: 'video-meetings-tray',
    command: ['/home/ann/Apps/Video Meetings Tray.AppImage'],
  });
  app = new CoreApp();
  app.loginItem = item;
  return { app, item };
}

describe('start at login through the core', () => {
  it('is off by default; turning it on writes the autostart entry, off removes it', async () => {
    const { app, item } = withAutostart();
    await app.start();
    expect((await app.call('getAppInfo')).launchAtLoginSupported).toBe(true);
    expect((await app.call('getPreferences')).launchAtLogin).toBe(false);
    expect(existsSync(item.path)).toBe(false);

    expect((await app.call('setPreferences', { launchAtLogin: true })).launchAtLogin).toBe(true);
    expect(readFileSync(item.path, 'utf8')).toContain('Exec="/home/ann/Apps/Video Meetings Tray.AppImage"\n');
    expect(app.events.some((event) => event.name === 'preferencesChanged' && event.payload.launchAtLogin)).toBe(true);

    await app.call('setPreferences', { launchAtLogin: false });
    expect(existsSync(item.path)).toBe(false);
  });

  it('the saved preference is applied again at start: an entry deleted meanwhile comes back', async () => {
    const { app, item } = withAutostart();
    await app.start();
    await app.call('setPreferences', { launchAtLogin: true });
    rmSync(item.path);
    await app.boot();
    expect(item.isEnabled()).toBe(true);
  });

  it('a failing login item is logged and never breaks the preference call', async () => {
    const { app, item } = withAutostart();
    await app.start();
    const apply = vi.spyOn(item, 'apply').mockImplementation(() => {
      throw new Error('disk full');
    });
    expect((await app.call('setPreferences', { launchAtLogin: true })).launchAtLogin).toBe(true);
    expect(apply).toHaveBeenCalledWith(true);
    expect(app.read('logs/main.log')).toContain('login_item.apply_failed');
  });

  it('the browser host has no login item: it says so and refuses to turn it on', async () => {
    app = await new CoreApp().start();
    expect((await app.call('getAppInfo')).launchAtLoginSupported).toBe(false);
    await expect(app.call('setPreferences', { launchAtLogin: true })).rejects.toMatchObject({
      code: 'invalid_argument',
      message: 'Starting at login is available in the desktop app only.',
    });
    expect((await app.call('getPreferences')).launchAtLogin).toBe(false);
  });
});

describe('a click on a reminder', () => {
  it('joins the meeting when it has a link, and shows the app when there is nothing to join', async () => {
    app = new CoreApp();
    const window = { show: vi.fn() };
    app.window = window;
    await app.start();
    await app.call('connect', 'superoffice');
    app.pinTime('2026-11-24T09:05:00+01:00');
    await app.call('setPreferences', { horizonDays: 7, reminderMinutes: 1 });
    const items = (await app.call('refreshAgenda')).items.filter((item) => !item.allDay && item.phase === 'upcoming' && item.invitation !== 'declined');
    const withLink = items.find((item) => item.join)!;
    const withoutLink = items.find((item) => !item.join)!;
    expect(withLink && withoutLink).toBeTruthy();

    /**
     * Moves the app's clock (only: the sandbox's diary stays on the same day) to half a minute before the
     * item, restarts (the reminder comes up at start) and returns its notification.
     */
    const remind = async (item: typeof withLink) => {
      app!.clock.offsetMs = Date.parse(item.start) - 30_000 - Date.now();
      await app!.boot();
      return app!.notifications.find((notification) => notification.title === item.title)!;
    };
    const joinable = await remind(withLink);
    const before = app.person.opened.length;
    joinable.onClick!();
    await vi.waitFor(() => expect(app!.person.opened.length).toBe(before + 1));
    expect(app.person.opened[before]).toBe(withLink.join!.url);
    expect(window.show).not.toHaveBeenCalled();

    const nothingToJoin = await remind(withoutLink);
    expect(nothingToJoin.actions?.map((action) => action.id)).toEqual(['snooze']);
    nothingToJoin.onClick!();
    expect(window.show).toHaveBeenCalledOnce();
    expect(app.person.opened.length).toBe(before + 1);
  });
});
