import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrayAction } from '../../../main/core/tray-model.js';

/** Wiring test of the composition root: every collaborator is faked, only main.ts is real. */
const h = vi.hoisted(() => {
  const state = {
    app: null as null | import('node:events').EventEmitter,
    lock: true,
    configError: null as null | Error,
    trayOptions: null as null | { onAction: (action: TrayAction) => void; onClick: () => void },
  };
  const core = {
    info: {},
    start: vi.fn(async () => {}),
    stop: vi.fn(async () => {}),
    runTrayAction: vi.fn(async (_action: TrayAction) => {}),
    dispatch: vi.fn(async (_name: string, _args: unknown[]) => ({ ok: true, value: { theme: 'dark' } })),
    subscribe: vi.fn((_listener: (event: { name: string; payload: { theme?: string } }) => void) => () => {}),
  };
  const popover = { ensure: vi.fn(), show: vi.fn(), toggle: vi.fn(), destroy: vi.fn() };
  const tray = { render: vi.fn(), bounds: vi.fn(() => null), destroy: vi.fn(), setIcons: vi.fn() };
  const appearance = { trayVariant: 'light-panel', applyTheme: vi.fn(), stop: vi.fn() };
  const loginItem = { apply: vi.fn() };
  const stopUpdates = vi.fn();
  const systemEvents = { subscribe: vi.fn(), stop: vi.fn() };
  const shortcut = { register: vi.fn(() => true), unregisterAll: vi.fn() };
  return {
    state,
    core,
    popover,
    tray,
    systemEvents,
    shortcut,
    appearance,
    appearanceOptions: vi.fn((_options: { platform: string; onTrayVariant: (variant: string) => void }) => {}),
    loginItem,
    createLoginItem: vi.fn((): { apply: () => void } | undefined => loginItem),
    stopUpdates,
    startUpdates: vi.fn(async (_options: { packaged: boolean; resourcesPath: string }) => stopUpdates),
    createTrayIcons: vi.fn((options: { variant: string }) => ({ image: vi.fn(), variant: options.variant })),
    createAppCore: vi.fn((_options: { host: string; version: string; config: unknown; ports: Record<string, unknown> }) => core),
    registerIpc: vi.fn(),
    installWebSecurity: vi.fn(),
    serveAppProtocol: vi.fn(),
    registerAppSchemePrivileges: vi.fn(),
    popoverOptions: vi.fn(),
    dialog: { showErrorBox: vi.fn() },
  };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: vi.fn(() => h.state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((name: string) => `/fake/${name}`),
    getVersion: () => '0.1.0',
    getSystemLocale: () => 'en-US',
    isPackaged: false,
    setAppUserModelId: vi.fn(),
    dock: { hide: vi.fn() },
  });
  h.state.app = app;
  return { app, dialog: h.dialog, default: { app, dialog: h.dialog } };
});
vi.mock('../../../main/core/create-app-core.js', () => ({ createAppCore: h.createAppCore }));
vi.mock('../../../main/logging/file-logger.js', () => ({ createFileLogger: () => ({ log: vi.fn() }) }));
vi.mock('../../../main/secrets/keytar-secret-store.js', () => ({ KeytarSecretStore: class {} }));
vi.mock('../../../main/electron/app-protocol.js', () => ({
  APP_INDEX_URL: 'app://bundle/index.html',
  registerAppSchemePrivileges: h.registerAppSchemePrivileges,
  serveAppProtocol: h.serveAppProtocol,
}));
vi.mock('../../../main/electron/electron-config.js', () => ({
  loadElectronConfig: vi.fn(() => {
    if (h.state.configError) throw h.state.configError;
    return { config: { environment: 'sandbox', keychainService: 'vmt', allowedExternalOrigins: [] }, settings: { path: '/fake/config.json' } };
  }),
}));
vi.mock('../../../main/electron/electron-notifier.js', () => ({ createElectronNotifier: () => ({ notify: vi.fn() }) }));
vi.mock('../../../main/electron/electron-url-opener.js', () => ({ createElectronUrlOpener: () => ({ open: vi.fn() }) }));
vi.mock('../../../main/electron/ipc.js', () => ({ registerIpc: h.registerIpc }));
vi.mock('../../../main/electron/web-security.js', () => ({ installWebSecurity: h.installWebSecurity }));
vi.mock('../../../main/electron/tray-icons.js', () => ({ createTrayIcons: h.createTrayIcons }));
vi.mock('../../../main/electron/login-item.js', () => ({ createLoginItem: h.createLoginItem }));
vi.mock('../../../main/electron/updates.js', () => ({ startUpdates: h.startUpdates }));
vi.mock('../../../main/electron/appearance.js', async (importOriginal) => ({
  themeOf: (await importOriginal<typeof import('../../../main/electron/appearance.js')>()).themeOf,
  Appearance: class {
    constructor(options: { platform: string; onTrayVariant: (variant: string) => void }) {
      h.appearanceOptions(options);
      return h.appearance;
    }
  },
}));
vi.mock('../../../main/electron/electron-system-events.js', () => ({
  ElectronSystemEvents: class {
    constructor() {
      return h.systemEvents;
    }
  },
}));
vi.mock('../../../main/electron/electron-global-shortcut.js', () => ({ createElectronGlobalShortcut: () => h.shortcut }));
vi.mock('../../../main/electron/tray-view.js', () => ({
  ElectronTrayView: class {
    constructor(options: { onAction: (action: TrayAction) => void; onClick: () => void }) {
      h.state.trayOptions = options;
      return h.tray;
    }
  },
}));
vi.mock('../../../main/electron/popover-window.js', () => ({
  PopoverWindow: class {
    constructor(options: unknown) {
      h.popoverOptions(options);
      return h.popover;
    }
  },
}));

const app = () => h.state.app as unknown as EventEmitter & { [name: string]: ReturnType<typeof vi.fn> } & { dock: { hide: ReturnType<typeof vi.fn> } };

async function launch(): Promise<void> {
  vi.resetModules();
  await import('../../../main/electron/main.js');
}

async function launchAndWaitUntilStarted(): Promise<void> {
  await launch();
  await vi.waitFor(() => expect(h.popover.ensure).toHaveBeenCalled());
}

describe('Electron composition root', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    h.state.app?.removeAllListeners();
    h.state.lock = true;
    h.state.configError = null;
  });

  it('a second instance quits at once and starts nothing', async () => {
    h.state.lock = false;
    await launch();
    expect(app().quit).toHaveBeenCalled();
    expect(app().whenReady).not.toHaveBeenCalled();
    expect(h.registerAppSchemePrivileges).not.toHaveBeenCalled();
  });

  it('registers the scheme before ready, then wires security, protocol, core, IPC and the popover', async () => {
    await launchAndWaitUntilStarted();
    expect(h.registerAppSchemePrivileges.mock.invocationCallOrder[0]).toBeLessThan(app().whenReady.mock.invocationCallOrder[0]!);
    expect(h.installWebSecurity).toHaveBeenCalled();
    expect(h.serveAppProtocol).toHaveBeenCalledWith(expect.stringMatching(/renderer$/));
    expect(h.createAppCore).toHaveBeenCalledWith(expect.objectContaining({ host: 'electron', version: '0.1.0' }));
    const ports = h.createAppCore.mock.calls[0]![0].ports;
    expect(Object.keys(ports).sort()).toEqual(['clock', 'logger', 'loginItem', 'notifier', 'opener', 'secrets', 'settings', 'shortcut', 'systemEvents', 'tray', 'window']);
    expect(ports.loginItem).toBe(h.loginItem);
    expect(ports.tray).toBe(h.tray);
    expect(ports.systemEvents).toBe(h.systemEvents);
    expect(ports.shortcut).toBe(h.shortcut);
    expect(h.registerIpc).toHaveBeenCalledWith(expect.objectContaining({ core: h.core }));
    expect(h.popoverOptions).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'app://bundle/index.html', preloadPath: expect.stringMatching(new RegExp(`${join('preload', 'electron.cjs').replace(/\\/g, '\\\\')}$`)) }),
    );
    // IPC handlers exist before the renderer can call them.
    expect(h.registerIpc.mock.invocationCallOrder[0]).toBeLessThan(h.popover.ensure.mock.invocationCallOrder[0]!);
    expect(h.core.start).toHaveBeenCalledOnce();
  });

  it('keeps running when every window is closed', async () => {
    await launchAndWaitUntilStarted();
    app().emit('window-all-closed');
    expect(app().quit).not.toHaveBeenCalled();
  });

  it('a second launch shows the popover', async () => {
    await launchAndWaitUntilStarted();
    app().emit('second-instance', {}, ['vmt'], '/');
    expect(h.popover.show).toHaveBeenCalled();
  });

  it('routes tray actions: open, settings and click to the popover; join, refresh, connect/disconnect to the core', async () => {
    await launchAndWaitUntilStarted();
    h.state.trayOptions!.onAction('open');
    expect(h.popover.show).toHaveBeenCalledTimes(1);
    h.state.trayOptions!.onAction('settings');
    expect(h.popover.show).toHaveBeenCalledTimes(2);
    h.state.trayOptions!.onClick();
    expect(h.popover.toggle).toHaveBeenCalled();
    for (const action of ['connect:superoffice', 'join:42@2025-03-04T10:00:00Z', 'join:42@2025-03-04T10:00:00Z#1', 'refresh'] as const) {
      h.state.trayOptions!.onAction(action);
    }
    expect(h.core.runTrayAction.mock.calls).toEqual([['connect:superoffice'], ['join:42@2025-03-04T10:00:00Z'], ['join:42@2025-03-04T10:00:00Z#1'], ['refresh']]);
  });

  it('draws the tray icons for the panel, and draws them again when the panel changes', async () => {
    await launchAndWaitUntilStarted();
    expect(h.appearanceOptions).toHaveBeenCalledWith(expect.objectContaining({ platform: process.platform }));
    expect(h.createTrayIcons).toHaveBeenCalledWith({ variant: 'light-panel' });
    h.appearanceOptions.mock.calls[0]![0].onTrayVariant('dark-panel');
    expect(h.tray.setIcons).toHaveBeenCalledWith(expect.objectContaining({ variant: 'dark-panel' }));
  });

  it('applies the saved theme before the popover loads, and every theme the user picks later', async () => {
    await launchAndWaitUntilStarted();
    expect(h.core.dispatch).toHaveBeenCalledWith('getPreferences', []);
    expect(h.appearance.applyTheme).toHaveBeenCalledWith('dark');
    expect(h.appearance.applyTheme.mock.invocationCallOrder[0]).toBeLessThan(h.popover.ensure.mock.invocationCallOrder[0]!);
    const listener = h.core.subscribe.mock.calls[0]![0];
    listener({ name: 'agendaChanged', payload: {} });
    listener({ name: 'preferencesChanged', payload: { theme: 'light' } });
    expect(h.appearance.applyTheme.mock.calls).toEqual([['dark'], ['light']]);
  });

  it('gives the core the login item and a window port that shows the popover', async () => {
    await launchAndWaitUntilStarted();
    const ports = h.createAppCore.mock.calls[0]![0].ports as { window: { show(): void } };
    ports.window.show();
    expect(h.popover.show).toHaveBeenCalledOnce();
    vi.clearAllMocks();
    h.createLoginItem.mockReturnValueOnce(undefined);
    await launchAndWaitUntilStarted();
    expect(h.createAppCore.mock.calls[0]![0].ports).not.toHaveProperty('loginItem');
  });

  it('starts updates after the app (they decide themselves whether a feed exists) and stops them on quit', async () => {
    await launchAndWaitUntilStarted();
    await vi.waitFor(() => expect(h.startUpdates).toHaveBeenCalledWith(expect.objectContaining({ packaged: false })));
    h.state.trayOptions!.onAction('quit');
    await vi.waitFor(() => expect(app().quit).toHaveBeenCalled());
    expect(h.stopUpdates).toHaveBeenCalledOnce();
    expect(h.appearance.stop).toHaveBeenCalledOnce();
  });

  it('Quit stops the core, closes popover and tray, then quits; a direct quit is held until then', async () => {
    await launchAndWaitUntilStarted();
    const early = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    app().emit('before-quit', early);
    expect(early.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(app().quit).toHaveBeenCalled());
    expect(h.core.stop).toHaveBeenCalledOnce();
    expect(h.popover.destroy).toHaveBeenCalled();
    expect(h.tray.destroy).toHaveBeenCalled();
    expect(h.shortcut.unregisterAll).toHaveBeenCalledOnce();
    expect(h.systemEvents.stop).toHaveBeenCalledOnce();
    expect(h.core.stop.mock.invocationCallOrder[0]).toBeLessThan(h.shortcut.unregisterAll.mock.invocationCallOrder[0]!);
    expect(h.core.stop.mock.invocationCallOrder[0]).toBeLessThan(app().quit.mock.invocationCallOrder[0]!);
    const late = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    app().emit('before-quit', late);
    expect(late.defaultPrevented).toBe(false);
    h.state.trayOptions!.onAction('quit');
    expect(h.core.stop).toHaveBeenCalledOnce();
  });

  it('explains a bad configuration and exits', async () => {
    h.state.configError = new Error('No SuperOffice environment configured: set VMT_SUPEROFFICE_ENV');
    await launch();
    await vi.waitFor(() => expect(app().exit).toHaveBeenCalledWith(1));
    expect(h.dialog.showErrorBox).toHaveBeenCalledWith(expect.stringContaining('cannot start'), expect.stringContaining('No SuperOffice environment'));
    expect(h.createAppCore).not.toHaveBeenCalled();
  });

  it('hides the Dock icon on macOS and tells the appearance it is macOS (template tray images)', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    try {
      await launchAndWaitUntilStarted();
      expect(app().dock.hide).toHaveBeenCalled();
      expect(h.appearanceOptions).toHaveBeenCalledWith(expect.objectContaining({ platform: 'darwin' }));
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });
});
