import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AgendaView } from '../../preload/contract.js';
import { loadAppConfig } from '../config/app-config.js';
import type { AppCore } from '../core/app-core-types.js';
import { createAppCore } from '../core/create-app-core.js';
import { createFileLogger } from '../logging/file-logger.js';
import { systemClock, type Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { Notifier } from '../ports/notifier.js';
import type { UrlOpener } from '../ports/url-opener.js';
import { KeytarSecretStore } from '../secrets/keytar-secret-store.js';
import { ConfSettingsStore } from '../settings/conf-settings-store.js';
import { MemoryTrayView } from '../web/memory-tray-view.js';
import { WebGlobalShortcut } from '../web/web-global-shortcut.js';
import { WebSystemEvents } from '../web/web-system-events.js';

/** The SuperOffice keychain account of the sandbox's alice (tenant Cust12345, associate 5). */
export const ALICE_ACCOUNT = 'superoffice:Cust12345:5';

/** Where a benchmark app keeps its state: a data folder and a keychain service of its own. */
export interface BenchProfile {
  sandbox: string;
  dataDir: string;
  keychainService: string;
}

export function profileEnv(profile: BenchProfile): Record<string, string> {
  return { VMT_SANDBOX: profile.sandbox, VMT_DATA_DIR: profile.dataDir, VMT_KEYCHAIN_SERVICE: profile.keychainService };
}

/** This process's environment for an app on `profile`: the sandbox, never a real tenant configured in the shell. */
export function appEnv(profile: BenchProfile): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...profileEnv(profile) };
  for (const name of Object.keys(env)) if (/^VMT_(SUPEROFFICE_|HOST$|PORT$)/.test(name)) delete env[name];
  return env;
}

export interface BenchCore {
  core: AppCore;
  tray: MemoryTrayView;
  /** Every log event name as it happens (the core's own file log is written too). */
  onLog(listener: (event: string) => void): void;
  notifications: number;
}

/**
 * The core composed as the browser host composes it (OS keychain, settings file, file log, in-memory tray,
 * web system events and shortcut), with the URL opener, clock and notifier the benchmark chooses.
 */
export function composeBenchCore(profile: BenchProfile, options: { opener: UrlOpener; clock?: Clock; notifier?: Notifier; timeZone?: string }): BenchCore {
  const config = loadAppConfig(profileEnv(profile), { dataDir: profile.dataDir });
  const file = createFileLogger(join(profile.dataDir, 'logs', 'main.log'));
  const listeners: ((event: string) => void)[] = [];
  const logger: Logger = {
    log(level, event, fields) {
      file.log(level, event, fields);
      for (const listener of listeners) listener(event);
    },
  };
  const tray = new MemoryTrayView();
  const bench: BenchCore = {
    core: undefined as unknown as AppCore,
    tray,
    onLog: (listener) => void listeners.push(listener),
    notifications: 0,
  };
  bench.core = createAppCore({
    ports: {
      secrets: new KeytarSecretStore(profile.keychainService),
      settings: new ConfSettingsStore(profile.dataDir),
      opener: options.opener,
      clock: options.clock ?? systemClock,
      notifier: options.notifier ?? { notify: () => void bench.notifications++ },
      tray,
      logger,
      systemEvents: new WebSystemEvents(logger),
      shortcut: new WebGlobalShortcut(),
    },
    config,
    host: 'browser',
    version: 'bench',
    platform: process.platform,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
  return bench;
}

/** Resolves with the first agenda (pushed, or current) that satisfies `done`. */
export function waitForAgenda(core: AppCore, done: (view: AgendaView) => boolean, timeoutMs = 30_000): Promise<AgendaView> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (view: AgendaView): void => {
      if (settled || !done(view)) return;
      settled = true;
      clearTimeout(timer);
      unsubscribe();
      resolve(view);
    };
    const timer = setTimeout(() => {
      settled = true;
      unsubscribe();
      reject(new Error('No agenda in time.'));
    }, timeoutMs);
    const unsubscribe = core.subscribe((event) => {
      if (event.name === 'agendaChanged') finish(event.payload);
    });
    void core.dispatch('getAgenda', []).then((result) => {
      if (result.ok) finish(result.value as AgendaView);
    });
  });
}

/** Removes the keychain entry and the data folder of a profile. */
export async function removeProfile(profile: BenchProfile): Promise<void> {
  await new KeytarSecretStore(profile.keychainService).delete(ALICE_ACCOUNT).catch(() => false);
  rmSync(profile.dataDir, { recursive: true, force: true });
}
