/**
 * Child process for the video-meeting crash tests: the whole core on the parent's settings, keychain and
 * sandbox, asked to add (or, with VMT_OPERATION=remove, remove) the video meeting of VMT_APPOINTMENT_KEY.
 * The parent SIGKILLs it mid-operation.
 */
import { join } from 'node:path';
import { loadAppConfig } from '../../../main/config/app-config.js';
import { createAppCore } from '../../../main/core/create-app-core.js';
import { createFileLogger } from '../../../main/logging/file-logger.js';
import { KeytarSecretStore } from '../../../main/secrets/keytar-secret-store.js';
import { ConfSettingsStore } from '../../../main/settings/conf-settings-store.js';
import { MemoryTrayView } from '../../../main/web/memory-tray-view.js';
import { WebGlobalShortcut } from '../../../main/web/web-global-shortcut.js';
import { WebSystemEvents } from '../../../main/web/web-system-events.js';

const env = process.env as Record<string, string>;
const offset = Number(env.VMT_CLOCK_OFFSET_MS);
const config = loadAppConfig(env, { dataDir: env.VMT_DATA_DIR });
const core = createAppCore({
  ports: {
    secrets: new KeytarSecretStore(env.VMT_KEYCHAIN_SERVICE),
    settings: new ConfSettingsStore(env.VMT_DATA_DIR),
    opener: { open: async () => false },
    clock: {
      now: () => Date.now() + offset,
      setTimer: (ms, callback) => {
        const timer = setTimeout(callback, ms);
        return () => clearTimeout(timer);
      },
    },
    notifier: { notify: () => undefined },
    tray: new MemoryTrayView(),
    logger: createFileLogger(join(env.VMT_DATA_DIR, 'logs', 'child.log')),
    systemEvents: new WebSystemEvents(),
    shortcut: new WebGlobalShortcut(),
  },
  config,
  host: 'browser',
  version: 'test',
  platform: 'linux',
  timeZone: 'Europe/Oslo',
});
await core.start();
await core.dispatch('refreshAgenda', []);
const result = await core.dispatch(env.VMT_OPERATION === 'remove' ? 'removeVideoMeeting' : 'addVideoMeeting', [env.VMT_APPOINTMENT_KEY]);
process.stdout.write(`finished before the crash point: ${JSON.stringify(result)}\n`);
process.exit(3);
