import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let outdir: string;
let result: Record<string, unknown>;

beforeAll(async () => {
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  outdir = mkdtempSync(join(root, 'node_modules', '.cache', 'vmt-lock-child-'));
  const script = join(outdir, 'child.mjs');
  await build({ entryPoints: [join(import.meta.dirname, 'support', 'keychain-lock-child.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: script, logLevel: 'silent' });
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.DBUS_SESSION_BUS_ADDRESS;
  const child = spawn('dbus-run-session', ['--', 'sh', join(root, 'test/scripts/with-keyring.sh'), process.execPath, script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => child.on('exit', resolve));
  const line = output.trim().split('\n').filter((l) => l.startsWith('{')).at(-1);
  if (!line) throw new Error(`the child printed no result:\n${output}`);
  result = JSON.parse(line) as Record<string, unknown>;
}, 60_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('a real gnome-keyring locked while the app runs', () => {
  it('was locked', () => {
    expect(result.lockStatus).toBe(0);
  });

  it('keeps the app working from memory when a rotated token cannot be saved, and says the keychain is locked', () => {
    expect(result.firstMeeting).toBe('created');
    expect(result.secondMeeting).toBe('created');
    expect(result.meetingsAtZoom).toBe(2);
    expect(result.zoomAfterRotation).toMatchObject({ status: 'error', code: 'keychain_locked', message: expect.stringMatching(/could not be saved because the keychain is locked/) });
  });

  it('at start, reports a locked keychain as locked, not as a missing sign-in', () => {
    expect(result.superOfficeAtRestore).toEqual({ status: 'error', code: 'keychain_locked' });
  });

  it('the card the renderer gets is diagnosed "keychain locked", with cause, remedy and a Try again button', () => {
    expect(result.coreCard).toEqual({
      status: 'error',
      code: 'keychain_locked',
      diagnosis: {
        kind: 'keychain-locked',
        cause: 'The system keychain is locked, so your sign-in cannot be read or stored.',
        remedy: 'Unlock your keychain (log in to your desktop again), then try again.',
        action: 'retry',
        actionLabel: 'Try again',
      },
    });
  });
});
