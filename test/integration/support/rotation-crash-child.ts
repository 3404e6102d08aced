/**
 * Child process for the rotation crash test: restores the saved SuperOffice session, forces a refresh
 * (the sandbox rotates refresh tokens) and SIGKILLs itself at the step named in VMT_KILL_AT.
 */
import { createFileLogger } from '../../../main/logging/file-logger.js';
import type { SecretStore } from '../../../main/ports/secret-store.js';
import { KeytarSecretStore } from '../../../main/secrets/keytar-secret-store.js';
import { ConfSettingsStore } from '../../../main/settings/conf-settings-store.js';
import { SettingsService } from '../../../main/settings/settings-service.js';
import { SuperOfficeConnection } from '../../../main/superoffice/superoffice-connection.js';

const env = process.env as Record<string, string>;
// The only steps between receiving a rotated token and using it: save it (keychain first), then use it.
const killAt = env.VMT_KILL_AT as 'before-save' | 'after-save';
const die = (): never => {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
};

const keychain = new KeytarSecretStore(env.VMT_KEYCHAIN_SERVICE);
/** The real keychain, with the crash points around saving the rotated token. */
const secrets: SecretStore = {
  backend: keychain.backend,
  get: (account) => keychain.get(account),
  async set(account, secret) {
    if (killAt === 'before-save') die();
    await keychain.set(account, secret);
    if (killAt === 'after-save') die();
  },
  delete: (account) => keychain.delete(account),
};

const logger = createFileLogger(`${env.VMT_DATA_DIR}/logs/child.log`);
const settings = new SettingsService(new ConfSettingsStore(env.VMT_DATA_DIR), logger);
settings.load();
const sandbox = JSON.parse(env.VMT_SANDBOX) as { superoffice: { authority: string; clientId: string; clientSecret: string } };
const offset = Number(env.VMT_CLOCK_OFFSET_MS);
const connection = new SuperOfficeConnection({
  config: sandbox.superoffice,
  settings,
  secrets,
  opener: { open: async () => false },
  clock: { now: () => Date.now() + offset, setTimer: (ms, callback) => { const t = setTimeout(callback, ms); return () => clearTimeout(t); } },
  logger,
  onChange: () => undefined,
});
await connection.restore();
process.stdout.write('refresh did not reach the crash point\n');
process.exit(3);
