import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectionView, ProviderId } from '../../preload/contract.js';
import { loadAppConfig } from '../../main/config/app-config.js';
import { createFileLogger } from '../../main/logging/file-logger.js';
import { VideoConnections } from '../../main/providers/video-connections.js';
import { startSandbox, type Sandbox } from '../../main/sandbox/server.js';
import { KeytarSecretStore } from '../../main/secrets/keytar-secret-store.js';
import { ConfSettingsStore } from '../../main/settings/conf-settings-store.js';
import { SettingsService } from '../../main/settings/settings-service.js';
import { SuperOfficeConnection } from '../../main/superoffice/superoffice-connection.js';
import { FetchPerson, type Credentials } from './fetch-person.js';
import { OffsetClock } from './offset-clock.js';

/** The SuperOffice connection plus the video providers of the core, with the sandbox and the real keychain. */
export class VideoHarness {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'vmt-video-'));
  readonly logFile = join(this.dataDir, 'logs', 'main.log');
  readonly keychainService = `Video Meetings Tray test ${process.pid}-${Math.random().toString(36).slice(2)}`;
  readonly keychain = new KeytarSecretStore(this.keychainService);
  readonly clock = new OffsetClock();
  readonly views: ConnectionView[] = [];
  readonly sandboxLog: string[] = [];
  readonly person = new FetchPerson();
  /** Extra configuration variables (e.g. VMT_WEBEX_REDIRECT_PORT) for the next boot(). */
  env: Record<string, string> = {};
  /** Rewrites the sandbox description the app is configured with (e.g. a proxy in front of an API host). */
  describe: (description: ReturnType<Sandbox['describe']>) => ReturnType<Sandbox['describe']> = (d) => d;
  sandbox!: Sandbox;
  settings!: SettingsService;
  superoffice!: SuperOfficeConnection;
  videos!: VideoConnections;

  async start(): Promise<this> {
    this.sandbox = await startSandbox({ logger: (line) => this.sandboxLog.push(line) });
    this.boot();
    return this;
  }

  /** A fresh core on the same disk and keychain (an app restart). */
  boot(): VideoConnections {
    const config = loadAppConfig(
      { ...this.env, VMT_SANDBOX: JSON.stringify(this.describe(this.sandbox.describe())), VMT_DATA_DIR: this.dataDir, VMT_KEYCHAIN_SERVICE: this.keychainService },
      { dataDir: this.dataDir },
    );
    const logger = createFileLogger(this.logFile);
    this.settings = new SettingsService(new ConfSettingsStore(this.dataDir), logger);
    this.settings.load();
    const common = { settings: this.settings, secrets: this.keychain, opener: this.person, clock: this.clock, logger };
    this.superoffice = new SuperOfficeConnection({ ...common, config: config.superoffice, onChange: (view) => this.views.push(view) });
    this.videos = new VideoConnections({
      ...common,
      config: config.providers,
      superOffice: () => {
        const record = this.settings.value.connections.superoffice;
        return record ? { displayName: record.displayName, tenant: record.tenant } : undefined;
      },
      superOfficeApi: () => {
        const api = this.superoffice.restApi();
        const record = this.settings.value.connections.superoffice;
        return api && record ? { api, tenant: record.tenant } : undefined;
      },
      onChange: (view) => this.views.push(view),
    });
    return this.videos;
  }

  async connectSuperOffice(): Promise<void> {
    this.person.user = { username: 'alice@example.com', password: 'sandbox' };
    await this.superoffice.connect();
  }

  async connect(id: ProviderId, user: Credentials): Promise<ConnectionView> {
    this.person.user = user;
    return this.videos.connect(id);
  }

  view(id: ProviderId): ConnectionView {
    return this.videos.views().find((view) => view.id === id)!;
  }

  /** The keychain entries' refresh tokens of a provider account. */
  async storedRefreshToken(account: string): Promise<string | undefined> {
    const entry = await this.keychain.get(account);
    return entry ? (JSON.parse(entry) as { refreshToken: string }).refreshToken : undefined;
  }

  requests(pattern: string): number {
    return this.sandboxLog.filter((line) => line.includes(pattern)).length;
  }

  diskText(): string {
    const settings = join(this.dataDir, 'config.json');
    return [existsSync(settings) ? readFileSync(settings, 'utf8') : '', existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : ''].join('\n');
  }

  async close(): Promise<void> {
    for (const view of this.videos.views()) if (view.status === 'connecting') this.videos.cancel(view.id as ProviderId);
    for (const record of Object.values(this.settings.value.video.providers)) if (record) await this.keychain.delete(record.keychainAccount).catch(() => false);
    await this.keychain.delete('superoffice:Cust12345:5').catch(() => false);
    await this.sandbox.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
