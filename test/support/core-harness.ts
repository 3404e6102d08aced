import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type Sandbox } from '../../main/sandbox/server.js';
import { createFileLogger } from '../../main/logging/file-logger.js';
import { KeytarSecretStore } from '../../main/secrets/keytar-secret-store.js';
import { ConfSettingsStore } from '../../main/settings/conf-settings-store.js';
import { SettingsService } from '../../main/settings/settings-service.js';
import { SuperOfficeConnection } from '../../main/superoffice/superoffice-connection.js';
import type { ConnectionView } from '../../preload/contract.js';
import type { SecretStore } from '../../main/ports/secret-store.js';
import { FetchPerson } from './fetch-person.js';
import { OffsetClock } from './offset-clock.js';

/** The SuperOffice connection of the core with real parts: sandbox, OS keychain, settings file and log file. */
export class CoreHarness {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'vmt-core-'));
  readonly logFile = join(this.dataDir, 'logs', 'main.log');
  readonly keychainService = `Video Meetings Tray test ${process.pid}-${Math.random().toString(36).slice(2)}`;
  readonly keychain = new KeytarSecretStore(this.keychainService);
  readonly clock = new OffsetClock();
  readonly views: ConnectionView[] = [];
  readonly sandboxLog: string[] = [];
  person!: FetchPerson;
  /** What the core uses as its keychain (the real one; tests may wrap it to inject faults). */
  secrets: SecretStore = this.keychain;
  sandbox!: Sandbox;
  settings!: SettingsService;
  connection!: SuperOfficeConnection;

  async start(): Promise<this> {
    this.sandbox = await startSandbox({ logger: (line) => this.sandboxLog.push(line) });
    this.person = new FetchPerson();
    this.boot();
    return this;
  }

  /** A fresh core on the same disk and keychain (what an app restart does). */
  boot(): SuperOfficeConnection {
    const logger = createFileLogger(this.logFile);
    this.settings = new SettingsService(new ConfSettingsStore(this.dataDir), logger);
    this.settings.load();
    const { authority, clientId, clientSecret } = this.sandbox.superoffice;
    this.connection = new SuperOfficeConnection({
      config: { authority, clientId, clientSecret },
      settings: this.settings,
      secrets: this.secrets,
      opener: this.person,
      clock: this.clock,
      logger,
      onChange: (view) => this.views.push(view),
    });
    return this.connection;
  }

  /** Token endpoint requests the sandbox has seen so far. */
  tokenRequests(): number {
    return this.sandboxLog.filter((line) => line.includes('POST /login/common/oauth/tokens')).length;
  }

  async storedRefreshToken(): Promise<string | undefined> {
    const entry = await this.keychain.get('superoffice:Cust12345:5');
    return entry ? (JSON.parse(entry) as { refreshToken: string }).refreshToken : undefined;
  }

  /** Everything the app wrote to disk (settings and logs) as text. */
  diskText(): string {
    const settings = join(this.dataDir, 'config.json');
    return [existsSync(settings) ? readFileSync(settings, 'utf8') : '', existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : ''].join('\n');
  }

  async close(): Promise<void> {
    this.connection.cancel();
    await this.keychain.delete('superoffice:Cust12345:5').catch(() => false);
    await this.sandbox.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export { TOKEN_LIKE } from './token-like.js';
