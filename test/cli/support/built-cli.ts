import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { CoreApp } from '../../support/core-app.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI built as `npm run build` builds it: main/cli.ts plus the lazily loaded core bundle next to it
 * (main/cli/cli-core.js). It lives under node_modules/.cache so the app's packages (keytar, conf) resolve.
 */
export class BuiltCli {
  private readonly outdir: string;

  constructor() {
    mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
    this.outdir = mkdtempSync(join(root, 'node_modules', '.cache', 'vmt-cli-test-'));
  }

  async build(): Promise<void> {
    await build({
      entryPoints: [join(root, 'main/cli.ts'), join(root, 'main/cli/cli-core.ts')],
      outbase: root,
      outdir: this.outdir,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      packages: 'external',
      logLevel: 'warning',
    });
  }

  /** Runs the CLI against the app's data folder, keychain service and sandbox; `onStderr` sees standard error as it comes. */
  run(app: CoreApp, args: string[], onStderr?: (text: string) => void): Promise<CliRun> {
    const env = {
      ...process.env,
      VMT_SANDBOX: JSON.stringify(app.sandbox.describe()),
      VMT_DATA_DIR: app.dataDir,
      VMT_KEYCHAIN_SERVICE: app.keychainService,
      VMT_CLI_OPEN_BROWSER: '0',
    };
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(this.outdir, 'main', 'cli.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        onStderr?.(stderr);
      });
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  remove(): void {
    rmSync(this.outdir, { recursive: true, force: true });
  }
}
