import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox, type Sandbox } from '../../main/sandbox/server.js';
import { startBrowserHost, type BrowserHost, type BrowserHostOptions } from '../../main/web/start-browser-host.js';
import { KeytarSecretStore } from '../../main/secrets/keytar-secret-store.js';

export const DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));

/** One isolated app: its own sandbox, data folder and keychain service, the real keychain and the built renderer. */
export interface AppUnderTest {
  sandbox: Sandbox;
  /** The sandbox's request lines (method, path, status; never a query), when this app started the sandbox. */
  sandboxLog: string[];
  host: BrowserHost;
  dataDir: string;
  keychainService: string;
  keychain: KeytarSecretStore;
  /** Starts the browser host again on the same data and keychain (an app restart). */
  restart(): Promise<BrowserHost>;
  close(): Promise<void>;
}

export async function startAppUnderTest(options: { sandbox?: Sandbox; hostOptions?: Partial<BrowserHostOptions> } = {}): Promise<AppUnderTest> {
  const sandboxLog: string[] = [];
  const sandbox = options.sandbox ?? (await startSandbox({ logger: (line) => sandboxLog.push(line) }));
  const dataDir = mkdtempSync(join(tmpdir(), 'vmt-app-'));
  const keychainService = `Video Meetings Tray test ${process.pid}-${Math.random().toString(36).slice(2)}`;
  const env = {
    VMT_SANDBOX: JSON.stringify(sandbox.describe()),
    VMT_DATA_DIR: dataDir,
    VMT_KEYCHAIN_SERVICE: keychainService,
  };
  const start = () => startBrowserHost({ env, distDir: DIST_DIR, ...options.hostOptions });
  const app: AppUnderTest = {
    sandbox,
    sandboxLog,
    host: await start(),
    dataDir,
    keychainService,
    keychain: new KeytarSecretStore(keychainService),
    async restart() {
      await app.host.close();
      app.host = await start();
      return app.host;
    },
    async close() {
      await app.host.close();
      await app.keychain.delete('superoffice:Cust12345:5').catch(() => false);
      const settingsText = existsSync(app.host.settingsFile) ? readFileSync(app.host.settingsFile, 'utf8') : '{}';
      const settings = JSON.parse(settingsText) as { video?: { providers?: Record<string, { keychainAccount: string }> } };
      for (const record of Object.values(settings.video?.providers ?? {})) await app.keychain.delete(record.keychainAccount).catch(() => false);
      if (!options.sandbox) await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return app;
}
