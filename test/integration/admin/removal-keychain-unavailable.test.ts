import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
let outdir: string;
let result: Record<string, unknown>;

beforeAll(async () => {
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  outdir = mkdtempSync(join(root, 'node_modules', '.cache', 'vmt-admin-lock-child-'));
  const script = join(outdir, 'child.mjs');
  await build({ entryPoints: [join(import.meta.dirname, '..', 'support', 'admin-removal-keychain-child.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: script, logLevel: 'silent' });
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.DBUS_SESSION_BUS_ADDRESS;
  const child = spawn('dbus-run-session', ['--', 'sh', join(root, 'test/scripts/with-keyring.sh'), process.execPath, script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => child.on('exit', resolve));
  const line = output.trim().split('\n').filter((l) => l.startsWith('{')).at(-1);
  if (!line) throw new Error(`the child printed no result:\n${output}`);
  result = JSON.parse(line) as Record<string, unknown>;
}, 90_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('an administrator’s removal while the user’s keychain is gone (the real Secret Service daemon stopped)', () => {
  it('stopped the daemon', () => {
    expect(result.stopped).toBe(true);
  });

  it('is not reported as done: the marker, the request and the configuration stay, and diagnostics say why', () => {
    expect(result.firstSync).toEqual({
      keys: ['<installation>:zoom', '<installation>:zoom:remove'],
      status: 'error',
      lastFailure: 'Removing the zoom configuration as the administrator asked failed (The system keychain is not available, so your sign-in cannot be stored safely.); the next sync tries again',
      stillConfigured: true,
    });
  });

  it('is tried again at the next sync, still without deleting anything while it fails', () => {
    expect(result.secondSync).toEqual({ lookedAgain: true, keys: ['<installation>:zoom', '<installation>:zoom:remove'], stillConfigured: true });
  });
});
