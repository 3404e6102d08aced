import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CoreHarness } from '../support/core-harness.js';

const HOUR = 3600_000;
let childScript: string;
let outdir: string;

beforeAll(async () => {
  mkdirSync(join(import.meta.dirname, '..', '..', 'node_modules', '.cache'), { recursive: true });
  // Inside the project, so the bundle's packages resolve from node_modules.
  outdir = mkdtempSync(join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'vmt-crash-child-'));
  childScript = join(outdir, 'child.mjs');
  await build({ entryPoints: [join(import.meta.dirname, 'support', 'rotation-crash-child.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: childScript, logLevel: 'silent' });
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

let core: CoreHarness;
beforeEach(async () => {
  core = await new CoreHarness().start();
  core.sandbox.superoffice.switches.rotateRefreshTokens = true;
  await core.connection.connect();
});
afterEach(() => core.close());

/** Runs the core in its own process until it is killed at `killAt` while refreshing; resolves with how it ended. */
function crashAt(killAt: string): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  const { authority, clientId, clientSecret } = core.sandbox.superoffice;
  const child = spawn(process.execPath, [childScript], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: {
      ...process.env,
      VMT_KILL_AT: killAt,
      VMT_DATA_DIR: core.dataDir,
      VMT_KEYCHAIN_SERVICE: core.keychainService,
      VMT_SANDBOX: JSON.stringify({ superoffice: { authority, clientId, clientSecret } }),
      VMT_CLOCK_OFFSET_MS: String(2 * HOUR),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ signal, output })));
}

describe('crash safety of refresh-token rotation (the core is killed between receiving a rotated token and saving it)', () => {
  it('killed after the rotated token arrived, before it was saved: after restart the app asks for re-authentication, never breaks silently', async () => {
    const before = await core.storedRefreshToken();
    const { signal, output } = await crashAt('before-save');
    expect(signal, output).toBe('SIGKILL');
    // The server rotated: the keychain still holds the old token, which is now dead.
    expect(await core.storedRefreshToken()).toBe(before);
    core.clock.offsetMs = 2 * HOUR;
    const restarted = core.boot();
    await restarted.restore();
    expect(restarted.view()).toMatchObject({ status: 'needs-reauth', nextAction: 'reconnect', error: { code: 'invalid_grant' } });
    // And signing in again repairs it.
    core.clock.offsetMs = 0;
    expect(await restarted.connect()).toMatchObject({ status: 'connected' });
  });

  it('killed right after saving: after restart the connection works with the rotated token', async () => {
    const before = await core.storedRefreshToken();
    const { signal, output } = await crashAt('after-save');
    expect(signal, output).toBe('SIGKILL');
    const rotated = await core.storedRefreshToken();
    expect(rotated).not.toBe(before);
    core.clock.offsetMs = 2 * HOUR;
    const restarted = core.boot();
    await restarted.restore();
    expect(restarted.view()).toMatchObject({ status: 'connected' });
    expect(await core.storedRefreshToken()).not.toBe(rotated);
  });
});
