import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiCallName, ApiCalls, Result } from '../../preload/contract.js';
import type { MarkerTimings } from '../../main/admin/admin-markers.js';
import { loadAppConfig } from '../../main/config/app-config.js';
import type { AppCore, CoreEvent } from '../../main/core/app-core-types.js';
import { createAppCore } from '../../main/core/create-app-core.js';
import { createFileLogger } from '../../main/logging/file-logger.js';
import type { AppWindow, LoginItem } from '../../main/ports/index.js';
import type { Notifier } from '../../main/ports/notifier.js';
import { startSandbox, type Sandbox } from '../../main/sandbox/server.js';
import { KeytarSecretStore } from '../../main/secrets/keytar-secret-store.js';
import { ConfSettingsStore } from '../../main/settings/conf-settings-store.js';
import { MemoryTrayView } from '../../main/web/memory-tray-view.js';
import { WebGlobalShortcut } from '../../main/web/web-global-shortcut.js';
import { WebSystemEvents } from '../../main/web/web-system-events.js';
import { FetchPerson } from './fetch-person.js';
import { OffsetClock } from './offset-clock.js';

type Notification = Parameters<Notifier['notify']>[0];

/**
 * The whole core as a host composes it, with real parts: the sandbox, the OS keychain, the settings file
 * and the log. Only Electron's own APIs are stand-ins: notifications are recorded, the tray is kept in memory.
 */
export class CoreApp {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'vmt-coreapp-'));
  readonly keychainService = `Video Meetings Tray test ${process.pid}-${Math.random().toString(36).slice(2)}`;
  readonly clock = new OffsetClock();
  readonly person = new FetchPerson();
  readonly notifications: Notification[] = [];
  readonly events: CoreEvent[] = [];
  readonly tray = new MemoryTrayView();
  readonly systemEvents = new WebSystemEvents();
  readonly sandboxLog: string[] = [];
  /** Called with every sandbox request line (after the response went out): a test can act between two requests. */
  readonly sandboxHooks: Array<(line: string) => void> = [];
  sandbox!: Sandbox;
  core!: AppCore;
  /** Optional ports as a desktop host has them (the browser host has neither); set before start(). */
  loginItem?: LoginItem;
  window?: AppWindow;
  /** Shorter tenant-marker sync, retry and deadline for the next boot (the defaults otherwise). */
  markerTimings?: Partial<MarkerTimings>;

  /** Whether this app started the sandbox (and closes it); a second app may share the first one's. */
  private ownsSandbox = true;

  async start(options: { now?: string; sandbox?: Sandbox } = {}): Promise<this> {
    this.ownsSandbox = options.sandbox === undefined;
    this.sandbox =
      options.sandbox ??
      (await startSandbox({
        logger: (line) => {
          this.sandboxLog.push(line);
          for (const hook of this.sandboxHooks) hook(line);
        },
      }));
    if (options.now) this.pinTime(options.now);
    await this.boot();
    return this;
  }

  /** Sets the app's and the sandbox diary's "now" to the same instant. */
  pinTime(instant: string): void {
    this.clock.offsetMs = Date.parse(instant) - Date.now();
    this.sandbox.superoffice.switches.diaryNow = instant;
  }

  async boot(): Promise<AppCore> {
    await this.core?.stop();
    const env = { VMT_SANDBOX: JSON.stringify(this.sandbox.describe()), VMT_DATA_DIR: this.dataDir, VMT_KEYCHAIN_SERVICE: this.keychainService };
    const config = loadAppConfig(env, { dataDir: this.dataDir });
    this.core = createAppCore({
      ports: {
        secrets: new KeytarSecretStore(this.keychainService),
        settings: new ConfSettingsStore(this.dataDir),
        opener: this.person,
        clock: this.clock,
        notifier: { notify: (notification) => this.notifications.push(notification) },
        tray: this.tray,
        logger: createFileLogger(join(this.dataDir, 'logs', 'main.log')),
        systemEvents: this.systemEvents,
        shortcut: new WebGlobalShortcut(),
        ...(this.loginItem ? { loginItem: this.loginItem } : {}),
        ...(this.window ? { window: this.window } : {}),
      },
      config,
      host: 'browser',
      version: 'test',
      platform: 'linux',
      timeZone: 'Europe/Oslo',
      // The language preference's 'system' follows this: fixed, so tests do not depend on the machine's locale.
      systemLocale: 'en-US',
      ...(this.markerTimings ? { markerTimings: this.markerTimings } : {}),
    });
    this.core.subscribe((event) => this.events.push(event));
    await this.core.start();
    return this.core;
  }

  /** A contract call as the renderer makes it; throws when the Result is an error. */
  async call<K extends ApiCallName>(name: K, ...args: ApiCalls[K]['args']): Promise<ApiCalls[K]['result']> {
    const result = (await this.core.dispatch(name, args)) as Result<ApiCalls[K]['result']>;
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value;
  }

  requests(pattern: string): number {
    return this.sandboxLog.filter((line) => line.includes(pattern)).length;
  }

  read(path: string): string {
    const full = join(this.dataDir, path);
    return existsSync(full) ? readFileSync(full, 'utf8') : '';
  }

  async close(): Promise<void> {
    await this.core.stop();
    const keychain = new KeytarSecretStore(this.keychainService);
    await keychain.delete('superoffice:Cust12345:5').catch(() => false);
    await keychain.delete('superoffice:Cust12345:1').catch(() => false);
    if (this.ownsSandbox) await this.sandbox.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
