import type { AppWindow } from './app-window.js';
import type { Clock } from './clock.js';
import type { GlobalShortcut } from './global-shortcut.js';
import type { SystemEvents } from './system-events.js';
import type { Logger } from './logger.js';
import type { LoginItem } from './login-item.js';
import type { Notifier } from './notifier.js';
import type { SecretStore } from './secret-store.js';
import type { SettingsStore } from './settings-store.js';
import type { TrayView } from './tray-view.js';
import type { UrlOpener } from './url-opener.js';

/** Everything platform-specific the core needs; each host supplies its own. */
export interface Ports {
  secrets: SecretStore;
  settings: SettingsStore;
  opener: UrlOpener;
  clock: Clock;
  notifier: Notifier;
  tray: TrayView;
  logger: Logger;
  systemEvents: SystemEvents;
  shortcut: GlobalShortcut;
  /** Absent where the host cannot start the app at login (the browser host, the CLI). */
  loginItem?: LoginItem;
  /** Absent where there is no window to show (the browser host, the CLI). */
  window?: AppWindow;
}

export type { AppWindow, Clock, GlobalShortcut, Logger, LoginItem, Notifier, SecretStore, SettingsStore, SystemEvents, TrayView, UrlOpener };
