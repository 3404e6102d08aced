import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * On a Linux machine without a desktop session (no D-Bus session bus, so no Secret Service), the app
 * runs inside a private D-Bus session with a temporary gnome-keyring: the keychain is real (encrypted,
 * in memory of that daemon), and it disappears when the app quits, so sign-ins last for this run only.
 */
export function wantsPrivateKeyring(env: Record<string, string | undefined>, platform = process.platform): boolean {
  if (platform !== 'linux' || env.DBUS_SESSION_BUS_ADDRESS || env.VMT_PRIVATE_SESSION || env.VMT_NO_PRIVATE_KEYRING) return false;
  return commandExists('dbus-run-session') && commandExists('gnome-keyring-daemon');
}

/** Runs this same launcher again inside `dbus-run-session`; resolves with its exit code. */
export function relaunchInPrivateSession(): Promise<number> {
  const child = spawn('dbus-run-session', ['--', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, VMT_PRIVATE_SESSION: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
}

/** Inside the private session: starts an unlocked gnome-keyring with a random password and points libsecret at it. */
export async function startTemporaryKeyring(): Promise<void> {
  const daemon = spawn('gnome-keyring-daemon', ['--unlock', '--components=secrets'], {
    env: { ...process.env, XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'vmt-keyring-')), XDG_RUNTIME_DIR: mkdtempSync(join(tmpdir(), 'vmt-run-')) },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  daemon.stdin.end(randomBytes(24).toString('base64'));
  const output = await new Promise<string>((resolve, reject) => {
    let text = '';
    daemon.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    daemon.on('error', reject);
    daemon.on('exit', () => resolve(text));
  });
  const control = /GNOME_KEYRING_CONTROL=(\S+)/.exec(output)?.[1];
  if (control) process.env.GNOME_KEYRING_CONTROL = control;
}

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}
