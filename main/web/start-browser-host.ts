import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAppConfig } from '../config/app-config.js';
import { tenantFromSettings } from '../config/tenant-from-settings.js';
import { defaultDataDir } from '../config/default-data-dir.js';
import type { AppCore } from '../core/app-core-types.js';
import { createAppCore } from '../core/create-app-core.js';
import { createFileLogger } from '../logging/file-logger.js';
import { systemClock, type Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { SecretStore } from '../ports/secret-store.js';
import { KeytarSecretStore } from '../secrets/keytar-secret-store.js';
import { ConfSettingsStore } from '../settings/conf-settings-store.js';
import { EventStreams } from './event-stream.js';
import { MemoryTrayView } from './memory-tray-view.js';
import { loadStaticFiles } from './static-files.js';
import { WebGlobalShortcut } from './web-global-shortcut.js';
import { WebSystemEvents } from './web-system-events.js';
import { WebUrlOpener } from './web-url-opener.js';
import { startWebServer } from './web-server.js';

export interface BrowserHost {
  core: AppCore;
  /** The address to open (with the per-run secret in its fragment). */
  appUrl: string;
  origin: string;
  tray: MemoryTrayView;
  logFile: string;
  settingsFile: string;
  close(): Promise<void>;
}

export interface BrowserHostOptions {
  env?: Record<string, string | undefined>;
  /** Where the built app lives (defaults to this file's dist/). */
  distDir?: string;
  port?: number;
  clock?: Clock;
  /** For tests that need a keychain stand-in they control; the default is the OS keychain. */
  secrets?: SecretStore;
  echoLogs?: boolean;
  /** The user's time zone for the agenda (default: the system's). */
  timeZone?: string;
}

/** Starts the core in Node with the renderer served on 127.0.0.1 (the browser host). */
export async function startBrowserHost(options: BrowserHostOptions = {}): Promise<BrowserHost> {
  const env = options.env ?? process.env;
  const distDir = options.distDir ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dataDir = env.VMT_DATA_DIR || defaultDataDir(env);
  const settingsStore = new ConfSettingsStore(dataDir);
  const tenant = tenantFromSettings(settingsStore);
  const config = loadAppConfig(env, tenant ? { dataDir, tenant } : { dataDir });
  const logFile = join(config.dataDir, 'logs', 'main.log');
  const logger: Logger = createFileLogger(logFile, { echo: options.echoLogs ?? false });
  const streams = new EventStreams();
  const systemEvents = new WebSystemEvents(logger);
  const tray = new MemoryTrayView();
  const version = (JSON.parse(readFileSync(join(distDir, '..', 'package.json'), 'utf8')) as { version: string }).version;

  let core: AppCore | undefined;
  const server = await startWebServer({
    files: loadStaticFiles(join(distDir, 'renderer'), join(distDir, 'preload', 'web.js')),
    streams,
    logger,
    systemEvents,
    ...(options.port !== undefined ? { port: options.port } : {}),
    core: () => core!,
  });
  core = createAppCore({
    ports: {
      secrets: options.secrets ?? new KeytarSecretStore(config.keychainService),
      settings: settingsStore,
      opener: new WebUrlOpener(streams, config.allowedExternalOrigins, logger),
      clock: options.clock ?? systemClock,
      notifier: { notify: (n) => streams.broadcast({ name: 'host:notify', payload: { title: n.title, body: n.body } }) },
      tray,
      logger,
      systemEvents,
      shortcut: new WebGlobalShortcut(),
    },
    config,
    host: 'browser',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    version,
    platform: process.platform,
  });
  core.subscribe((event) => streams.broadcast(event));
  await core.start();
  return {
    core,
    appUrl: server.appUrl,
    origin: server.origin,
    tray,
    logFile,
    settingsFile: settingsStore.path,
    async close() {
      await core.stop();
      await server.close();
    },
  };
}
