/**
 * `npm start`: runs the tray app in Electron where its binary exists, otherwise the browser host, and
 * starts the built-in sandbox unless a real SuperOffice tenant is configured.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './launch/electron-binary.js';
import { relaunchInPrivateSession, startTemporaryKeyring, wantsPrivateKeyring } from './launch/private-keyring.js';
import { startBrowserHost } from './web/start-browser-host.js';

const distDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const projectDir = join(distDir, '..');

function electronBinary(): string | null {
  return process.env.VMT_HOST === 'browser' ? null : findElectronBinary();
}

function realTenantConfigured(): boolean {
  return Boolean(process.env.VMT_SUPEROFFICE_ENV || process.env.VMT_SUPEROFFICE_CLIENT_ID);
}

/** Starts the sandbox in its own process (product and sandbox never share code) and returns its ready line. */
async function startSandbox(): Promise<{ child: ChildProcess; description: string }> {
  const child = spawn(process.execPath, [join(distDir, 'main', 'sandbox', 'main.js')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const description = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The sandbox stopped before it was ready (exit ${code}).`)));
    lines.once('line', (line) => {
      const parsed = JSON.parse(line) as { sandbox?: unknown };
      if (!parsed.sandbox) reject(new Error('The sandbox did not describe itself.'));
      resolve(JSON.stringify(parsed.sandbox));
    });
  });
  return { child, description };
}

function openInBrowser(url: string): void {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') return;
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

async function main(): Promise<void> {
  if (wantsPrivateKeyring(process.env)) {
    console.log('Keychain: no desktop session here, so the app runs with a private, temporary keyring (sign-ins last for this run).');
    process.exit(await relaunchInPrivateSession());
  }
  if (process.env.VMT_PRIVATE_SESSION) await startTemporaryKeyring();
  const env = { ...process.env };
  let sandbox: ChildProcess | undefined;
  if (!realTenantConfigured()) {
    const started = await startSandbox();
    sandbox = started.child;
    env.VMT_SANDBOX = started.description;
    console.log('SuperOffice: built-in sandbox (no real tenant configured; see README "Configuring a real tenant").');
  }
  const stopSandbox = () => sandbox?.kill('SIGTERM');

  const electron = electronBinary();
  if (electron) {
    console.log('Host: Electron (tray app).');
    const app = spawn(electron, [projectDir], { stdio: 'inherit', env });
    app.on('exit', (code) => {
      stopSandbox();
      process.exit(code ?? 0);
    });
    return;
  }

  console.log('Host: browser (no Electron binary here: it was not downloaded; the same app runs in your browser).');
  const host = await startBrowserHost({ env, distDir, echoLogs: true, ...(env.VMT_PORT ? { port: Number(env.VMT_PORT) } : {}) });
  console.log(`Video Meetings Tray is running at ${host.appUrl}`);
  console.log('Open that address in a browser (it carries this run’s access key). Press Ctrl+C to quit.');
  openInBrowser(host.appUrl);
  const shutdown = async () => {
    await host.close();
    stopSandbox();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(`Video Meetings Tray could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
