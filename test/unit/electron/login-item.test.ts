import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLoginItem, launchCommand } from '../../../main/electron/login-item.js';

/** Electron's app: login items recorded in memory, as the OS would keep them. */
const fake = vi.hoisted(() => ({ isPackaged: true, openAtLogin: false, set: [] as Record<string, unknown>[] }));
vi.mock('electron', () => {
  const app = {
    get isPackaged() {
      return fake.isPackaged;
    },
    getAppPath: () => '/src/vmt app',
    getLoginItemSettings: vi.fn(() => ({ openAtLogin: fake.openAtLogin })),
    setLoginItemSettings: vi.fn((settings: { openAtLogin: boolean }) => {
      fake.set.push(settings);
      fake.openAtLogin = settings.openAtLogin;
    }),
  };
  return { app, default: { app } };
});

describe('Electron login item', () => {
  let config: string;

  beforeEach(() => {
    config = mkdtempSync(join(tmpdir(), 'vmt-login-'));
    Object.assign(fake, { isPackaged: true, openAtLogin: false, set: [] });
  });
  afterEach(() => rmSync(config, { recursive: true, force: true }));

  it('starts the AppImage file when running as one, else the executable (with the app folder in development)', () => {
    expect(launchCommand({ APPIMAGE: '/home/ann/Apps/VMT.AppImage' })).toEqual(['/home/ann/Apps/VMT.AppImage']);
    expect(launchCommand({})).toEqual([process.execPath]);
    fake.isPackaged = false;
    expect(launchCommand({})).toEqual([process.execPath, '/src/vmt app']);
  });

  it('Linux: an autostart entry under XDG_CONFIG_HOME that runs the AppImage, removed again when off', () => {
    const item = createLoginItem('linux', { XDG_CONFIG_HOME: config, APPIMAGE: '/home/ann/Apps/Video Meetings Tray.AppImage' })!;
    const path = join(config, 'autostart', 'video-meetings-tray.desktop');
    item.apply(true);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('Exec="/home/ann/Apps/Video Meetings Tray.AppImage"\n');
    expect(text).toContain('X-GNOME-Autostart-enabled=true\n');
    expect(text).toContain('Icon=video-meetings-tray\n');
    item.apply(false);
    expect(existsSync(path)).toBe(false);
    expect(fake.set).toEqual([]);
  });

  it('Windows: a login item for the executable; in development with the quoted app folder as argument', () => {
    createLoginItem('win32', {})!.apply(true);
    expect(fake.set).toEqual([{ openAtLogin: true, path: process.execPath, args: [] }]);
    fake.isPackaged = false;
    createLoginItem('win32', {})!.apply(false);
    expect(fake.set[1]).toEqual({ openAtLogin: false, path: process.execPath, args: ['"/src/vmt app"'] });
  });

  it('macOS: a login item for the packaged app; none in development', () => {
    const item = createLoginItem('darwin', {})!;
    item.apply(true);
    item.apply(false);
    expect(fake.set).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
    fake.isPackaged = false;
    expect(createLoginItem('darwin', {})).toBeUndefined();
  });

  it('turning off what is not on changes nothing (the core applies the preference at every start)', () => {
    createLoginItem('darwin', {})!.apply(false);
    createLoginItem('win32', {})!.apply(false);
    expect(fake.set).toEqual([]);
  });

  it('no login item on other systems', () => {
    expect(createLoginItem('freebsd', {})).toBeUndefined();
  });
});
