/**
 * The app's core for `npm run cli` commands, composed as the browser host composes it (same data folder,
 * settings file, keychain service and log), with a URL opener that prints. Built as its own bundle
 * (dist/main/cli/cli-core.js) and loaded only by commands that need it.
 */
import { join } from 'node:path';
import { loadAppConfig } from '../config/app-config.js';
import { defaultDataDir } from '../config/default-data-dir.js';
import { tenantFromSettings } from '../config/tenant-from-settings.js';
import type { AppCore } from '../core/app-core-types.js';
import { createAppCore } from '../core/create-app-core.js';
import { createFileLogger } from '../logging/file-logger.js';
import { systemClock } from '../ports/clock.js';
import { KeytarSecretStore } from '../secrets/keytar-secret-store.js';
import { ConfSettingsStore } from '../settings/conf-settings-store.js';
import { MemoryTrayView } from '../web/memory-tray-view.js';
import { WebGlobalShortcut } from '../web/web-global-shortcut.js';
import { WebSystemEvents } from '../web/web-system-events.js';
import { CliUrlOpener } from './cli-url-opener.js';
import type { CliIo } from './command.js';
import { packageVersion } from './package-version.js';

/** The core on the configuration the app would use (VMT_* variables, else the settings file); throws when none is usable. */
export function createCliCore(env: Record<string, string | undefined>, io: Pick<CliIo, 'stderr'>): AppCore {
  const dataDir = env.VMT_DATA_DIR || defaultDataDir(env);
  const settings = new ConfSettingsStore(dataDir);
  const tenant = tenantFromSettings(settings);
  const config = loadAppConfig(env, tenant ? { dataDir, tenant } : { dataDir });
  const logger = createFileLogger(join(config.dataDir, 'logs', 'main.log'));
  return createAppCore({
    ports: {
      secrets: new KeytarSecretStore(config.keychainService),
      settings,
      opener: new CliUrlOpener({ allowedOrigins: config.allowedExternalOrigins, logger, stderr: io.stderr, env }),
      clock: systemClock,
      notifier: { notify: () => undefined },
      tray: new MemoryTrayView(),
      logger,
      systemEvents: new WebSystemEvents(logger),
      shortcut: new WebGlobalShortcut(),
    },
    config,
    host: 'browser',
    version: packageVersion(import.meta.url),
    platform: process.platform,
  });
}
