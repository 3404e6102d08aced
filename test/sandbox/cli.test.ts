import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside the repo so the bundle resolves its external packages from node_modules.
const outdir = join(root, 'node_modules', '.cache', 'sandbox-cli-test');

const children: ChildProcess[] = [];
const outputs: string[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const file of outputs) rmSync(file, { force: true });
});

async function buildCli(): Promise<string> {
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `main-${process.pid}.mjs`);
  outputs.push(outfile);
  await build({
    entryPoints: [join(root, 'main/sandbox/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

describe('sandbox CLI (main/sandbox/main.ts)', () => {
  it('prints exactly one JSON line when ready, logs to stderr, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [await buildCli()], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const firstLine = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const newline = stdout.indexOf('\n');
        if (newline >= 0) resolve(stdout.slice(0, newline));
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${stderr}`)));
    });
    const ready = JSON.parse(firstLine) as { sandbox: { superoffice: Record<string, string> } };
    expect(Object.keys(ready)).toEqual(['sandbox']);
    expect(Object.keys(ready.sandbox)).toEqual(['superoffice', 'zoom', 'google', 'microsoft', 'webex']);
    const { authority, clientId, clientSecret } = ready.sandbox.superoffice;
    expect(Object.keys(ready.sandbox.superoffice)).toEqual(['authority', 'clientId', 'clientSecret']);
    expect(authority).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(clientId).toBe('sandbox-video-meetings-tray');
    expect(clientSecret).toBe('sandbox-not-a-secret');

    const discovery = await fetch(`${authority}/login/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);

    const exitCode = await new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
    expect(exitCode).toBe(0);
    expect(stdout).toBe(`${firstLine}\n`);
    expect(stderr).toContain('sandbox ready');
    expect(stderr).toContain('GET /login/.well-known/openid-configuration');
    await expect(fetch(`${authority}/login/.well-known/openid-configuration`)).rejects.toThrow();
  });
});
