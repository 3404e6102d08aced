import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ElectronSettingsStore } from '../../../main/electron/electron-settings-store.js';
import { loadElectronConfig } from '../../../main/electron/electron-config.js';
import { SettingsReadError } from '../../../main/ports/settings-store.js';

const paths = vi.hoisted(() => ({ userData: '' }));

// electron-store reads app.getPath/getVersion and registers an ipcMain listener at construction.
vi.mock('electron', () => {
  const app = { getPath: vi.fn(() => paths.userData), getVersion: () => '0.1.0' };
  const ipcMain = { on: vi.fn() };
  const shell = { openPath: vi.fn(async () => '') };
  return { app, ipcMain, shell, default: { app, ipcMain, shell } };
});

const root = mkdtempSync(join(tmpdir(), 'vmt-electron-settings-'));
paths.userData = join(root, 'userData');
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
const freshDir = () => join(root, `case-${++counter}`);

describe('ElectronSettingsStore (electron-store, electron mocked)', () => {
  it('reads an empty document before anything was written', () => {
    const store = new ElectronSettingsStore(freshDir());
    expect(store.read()).toEqual({});
  });

  it('round-trips a document through config.json', () => {
    const dir = freshDir();
    const document = { version: 1, connections: { superoffice: { tenant: 'Cust12345', displayName: 'Alice Andersen' } } };
    new ElectronSettingsStore(dir).write(document);
    const store = new ElectronSettingsStore(dir);
    expect(store.path).toBe(join(dir, 'config.json'));
    expect(store.read()).toEqual(document);
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual(document);
    store.write({ version: 1, connections: {} });
    expect(store.read()).toEqual({ version: 1, connections: {} });
  });

  it('throws SettingsReadError for a corrupt file instead of clearing it', () => {
    const dir = freshDir();
    const store = new ElectronSettingsStore(dir);
    store.write({ version: 1 });
    writeFileSync(store.path, '{"version": 1, "connections": {');
    expect(() => new ElectronSettingsStore(dir).read()).toThrow(SettingsReadError);
    expect(() => store.read()).toThrow(SettingsReadError);
    expect(readFileSync(store.path, 'utf8')).toBe('{"version": 1, "connections": {');
  });

  it('backup() moves the file aside and the store starts empty again', () => {
    const dir = freshDir();
    const store = new ElectronSettingsStore(dir);
    store.write({ version: 1 });
    writeFileSync(store.path, 'not json');
    expect(() => store.read()).toThrow(SettingsReadError);
    const backup = store.backup('the settings file could not be parsed');
    expect(backup).not.toBeNull();
    expect(dirname(backup!)).toBe(dir);
    expect(backup).toMatch(/config\.json\.the-settings-file-could-.*\.bak$/);
    expect(readFileSync(backup!, 'utf8')).toBe('not json');
    expect(existsSync(store.path)).toBe(false);
    expect(store.read()).toEqual({});
    store.write({ version: 1, connections: {} });
    expect(new ElectronSettingsStore(dir).read()).toEqual({ version: 1, connections: {} });
  });

  it('backup() returns null when there is no file', () => {
    expect(new ElectronSettingsStore(freshDir()).backup('reset')).toBeNull();
  });
});

describe('loadElectronConfig', () => {
  const sandbox = JSON.stringify({ superoffice: { authority: 'http://127.0.0.1:4123', clientId: 'sandbox-client' } });

  it('defaults the data directory to userData', () => {
    const { config, settings } = loadElectronConfig({ VMT_SANDBOX: sandbox }, paths.userData);
    expect(config.environment).toBe('sandbox');
    expect(config.dataDir).toBe(paths.userData);
    expect(settings.path).toBe(join(paths.userData, 'config.json'));
  });

  it('honours VMT_DATA_DIR', () => {
    const dir = freshDir();
    const { config, settings } = loadElectronConfig({ VMT_SANDBOX: sandbox, VMT_DATA_DIR: dir }, paths.userData);
    expect(config.dataDir).toBe(dir);
    expect(settings.path).toBe(join(dir, 'config.json'));
  });

  it('uses a real tenant chosen in the settings file', () => {
    const dir = freshDir();
    new ElectronSettingsStore(dir).write({ version: 1, tenant: { environment: 'sod', clientId: 'abc' }, connections: {} });
    const { config } = loadElectronConfig({ VMT_DATA_DIR: dir }, paths.userData);
    expect(config.environment).toBe('sod');
    expect(config.superoffice.clientId).toBe('abc');
  });

  it('ignores a corrupt settings file (the core backs it up) and throws when nothing is configured', () => {
    const dir = freshDir();
    const store = new ElectronSettingsStore(dir);
    store.write({});
    writeFileSync(store.path, '{');
    expect(loadElectronConfig({ VMT_DATA_DIR: dir, VMT_SANDBOX: sandbox }, paths.userData).config.environment).toBe('sandbox');
    expect(() => loadElectronConfig({ VMT_DATA_DIR: dir }, paths.userData)).toThrow(/No SuperOffice environment configured/);
  });
});
