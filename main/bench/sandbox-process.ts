import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The built-in sandbox as its own process (`dist/main/sandbox/main.js`), as `npm start` runs it: the
 * product and the sandbox talk over HTTP only (an architecture rule the bench keeps too), so switches are
 * flipped with `PATCH /__sandbox/switches`.
 */
export interface SandboxProcess {
  /** The ready line's description: what VMT_SANDBOX carries. */
  description: string;
  authority: string;
  patchSwitches(patch: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export async function startSandboxProcess(distDir: string): Promise<SandboxProcess> {
  // The sandbox logs every request to stderr; the bench does not need them.
  const child: ChildProcess = spawn(process.execPath, [join(distDir, 'main', 'sandbox', 'main.js')], { stdio: ['ignore', 'pipe', 'ignore'] });
  const lines = createInterface({ input: child.stdout! });
  const description = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The sandbox stopped before it was ready (exit ${code}).`)));
    lines.once('line', (line) => {
      const parsed = JSON.parse(line) as { sandbox?: unknown };
      if (!parsed.sandbox) reject(new Error('The sandbox did not describe itself.'));
      resolve(JSON.stringify(parsed.sandbox));
    });
  });
  child.removeAllListeners('exit');
  const authority = (JSON.parse(description) as { superoffice: { authority: string } }).superoffice.authority;
  return {
    description,
    authority,
    async patchSwitches(patch) {
      const response = await fetch(`${authority}/__sandbox/switches`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch) });
      if (!response.ok) throw new Error(`The sandbox refused the switches ${JSON.stringify(patch)}: ${response.status} ${await response.text()}`);
      await response.arrayBuffer().catch(() => undefined);
    },
    close() {
      if (child.exitCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
