/**
 * Composition root of the Electron host: single instance, app:// protocol, ports, core, IPC, tray.
 * Tray-only: no dock icon on macOS, the app keeps running when the popover closes, "Quit" ends it.
 */
import { app, dialog } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_NAME, type AppConfig } from '../config/app-config.js';
import type { AppCore } from '../core/app-core-types.js';
import { createAppCore } from '../core/create-app-core.js';
import type { TrayAction } from '../core/tray-model.js';
import { createFileLogger } from '../logging/file-logger.js';
import { systemClock } from '../ports/clock.js';
import type { GlobalShortcut, Logger, Ports } from '../ports/index.js';
import { KeytarSecretStore } from '../secrets/keytar-secret-store.js';
import { APP_INDEX_URL, registerAppSchemePrivileges, serveAppProtocol } from './app-protocol.js';
import { Appearance, themeOf } from './appearance.js';
import { loadElectronConfig } from './electron-config.js';
import { createElectronGlobalShortcut } from './electron-global-shortcut.js';
import { createElectronNotifier } from './electron-notifier.js';
import { ElectronSystemEvents } from './electron-system-events.js';
import { createElectronUrlOpener } from './electron-url-opener.js';
import { registerIpc } from './ipc.js';
import { createLoginItem } from './login-item.js';
import { PopoverWindow } from './popover-window.js';
import { createTrayIcons } from './tray-icons.js';
import { ElectronTrayView } from './tray-view.js';
import { TrustedSenders } from './trusted-senders.js';
import { startUpdates } from './updates.js';
import { installWebSecurity } from './web-security.js';

/** dist/ (this file is bundled to dist/main/electron/main.js). */
const DIST_DIR = fileURLToPath(new URL('../../', import.meta.url));
const APP_USER_MODEL_ID = 'com.videomeetingstray.app';

let popover: PopoverWindow | null = null;
let trayView: ElectronTrayView | null = null;
let systemEvents: ElectronSystemEvents | null = null;
let shortcut: GlobalShortcut | null = null;
let appearance: Appearance | null = null;
let stopUpdates: (() => void) | null = null;
let core: AppCore | null = null;
let logger: Logger | null = null;
let stopping: Promise<void> | null = null;
let stopped = false;

if (!app.requestSingleInstanceLock()) {
  // The running instance hears 'second-instance' and shows its popover.
  app.quit();
} else {
  registerAppSchemePrivileges();
  // Windows only (the method does not exist elsewhere): names the app in notifications.
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  app.on('second-instance', () => popover?.show());
  // Tray app: closing (hiding) the popover must not end the app.
  app.on('window-all-closed', () => {});
  app.on('before-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail('The app could not start.', error));
}

async function start(): Promise<void> {
  const log = createFileLogger(join(app.getPath('logs'), 'main.log'));
  logger = log;
  log.log('info', 'app.starting', { version: app.getVersion(), platform: process.platform });
  installWebSecurity(log);
  serveAppProtocol(join(DIST_DIR, 'renderer'));
  if (process.platform === 'darwin') app.dock?.hide();

  let config: AppConfig;
  let ports: Ports;
  try {
    const loaded = loadElectronConfig(process.env, app.getPath('userData'));
    config = loaded.config;
    ports = buildPorts(config, loaded.settings, log);
  } catch (error) {
    fail(error instanceof Error ? error.message : 'The configuration is invalid.', error);
    return;
  }

  const trusted = new TrustedSenders();
  const appCore = createAppCore({ ports, config, host: 'electron', version: app.getVersion(), platform: process.platform, systemLocale: app.getSystemLocale() });
  core = appCore;
  appCore.subscribe((event) => {
    if (event.name === 'preferencesChanged') appearance?.applyTheme(event.payload.theme);
  });
  registerIpc({ core: appCore, trusted, logger: log });
  popover = new PopoverWindow({
    preloadPath: join(DIST_DIR, 'preload', 'electron.cjs'),
    url: APP_INDEX_URL,
    trusted,
    anchor: () => trayView?.bounds() ?? null,
    logger: log,
    devTools: !app.isPackaged,
  });
  await appCore.start();
  // The saved theme before the popover first loads, so it never flashes in the other one.
  const preferences = await appCore.dispatch('getPreferences', []);
  appearance?.applyTheme(themeOf(preferences.ok ? preferences.value : undefined));
  popover.ensure();
  log.log('info', 'app.started', { environment: config.environment });
  void startUpdates({ env: process.env, resourcesPath: process.resourcesPath, packaged: app.isPackaged, logger: log }).then((stop) => {
    stopUpdates = stop;
  });
}

function buildPorts(config: AppConfig, settings: Ports['settings'], log: Logger): Ports {
  // The tray icon follows the panel: macOS template images (with the countdown as title text), else a variant for light or dark panels.
  appearance = new Appearance({ platform: process.platform, onTrayVariant: (variant) => trayView?.setIcons(createTrayIcons({ variant })) });
  trayView = new ElectronTrayView({
    icons: createTrayIcons({ variant: appearance.trayVariant }),
    appName: APP_NAME,
    onAction: onTrayAction,
    onClick: () => popover?.toggle(),
  });
  systemEvents = new ElectronSystemEvents({ logger: log });
  shortcut = createElectronGlobalShortcut(log);
  const loginItem = createLoginItem();
  return {
    secrets: new KeytarSecretStore(config.keychainService),
    settings,
    opener: createElectronUrlOpener(config.allowedExternalOrigins, log),
    clock: systemClock,
    notifier: createElectronNotifier(log),
    tray: trayView,
    logger: log,
    systemEvents,
    shortcut,
    ...(loginItem ? { loginItem } : {}),
    // A click on a reminder with nothing to join shows the agenda.
    window: { show: () => popover?.show() },
  };
}

/**
 * open and settings show the popover (settings are reached from its main view), quit ends the app;
 * the core does the rest (join, refresh, connect, disconnect).
 */
function onTrayAction(action: TrayAction): void {
  if (action === 'open' || action === 'settings') popover?.show();
  else if (action === 'quit') quit();
  else core?.runTrayAction(action).catch((error: unknown) => logger?.log('error', 'tray.action_failed', { action, error }));
}

/** Ends everything: the core (sign-ins in progress, timers), shortcuts, system events, the popover, the tray, then the app. */
function quit(): void {
  stopping ??= (async () => {
    try {
      await core?.stop();
    } catch (error) {
      logger?.log('error', 'app.stop_failed', { error });
    }
    shortcut?.unregisterAll();
    systemEvents?.stop();
    stopUpdates?.();
    appearance?.stop();
    popover?.destroy();
    trayView?.destroy();
    stopped = true;
    logger?.log('info', 'app.stopped');
    app.quit();
  })();
}

function fail(message: string, error: unknown): void {
  logger?.log('error', 'app.start_failed', { error });
  dialog.showErrorBox(`${APP_NAME} cannot start`, message);
  stopped = true;
  app.exit(1);
}
