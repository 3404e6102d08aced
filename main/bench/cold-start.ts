import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startBrowserHost } from '../web/start-browser-host.js';
import { appEnv, waitForAgenda, type BenchProfile } from './bench-core.js';

/** What the child prints when its first agenda is computed. */
interface ChildReport {
  items: number;
  /** performance.now() in the child (ms since its process started) when its modules were loaded… */
  loadedMs: number;
  /** …when startBrowserHost returned (settings, keychain, session restored and verified, web server up)… */
  hostMs: number;
  /** …and when the first agenda was computed. */
  atMs: number;
}

/**
 * The child: the browser host exactly as `npm start` runs it against an already running sandbox
 * (startBrowserHost: settings, keychain, web server with the built renderer, the core), started on a
 * signed-in profile; prints one line when the first agenda with items fetched in this process is
 * computed, then exits.
 */
export async function runColdStartChild(distDir: string, loadedMs: number): Promise<void> {
  const processStart = Date.now() - performance.now();
  const host = await startBrowserHost({ distDir });
  const hostMs = performance.now();
  const view = await waitForAgenda(host.core, (agenda) => agenda.status === 'fresh' && agenda.items.length > 0 && Date.parse(agenda.lastSuccessAt ?? '') >= processStart);
  const report: ChildReport = { items: view.items.length, loadedMs, hostMs, atMs: performance.now() };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.exit(0);
}

export interface ColdStartResult {
  /** Parent-side: spawn to the child's line. */
  appMs: number[];
  /** Parent-side: spawn of `node -e 0` to its exit. */
  nodeMs: number[];
  /** In-child phases (ms since the child's process start): modules loaded, host started, agenda. */
  loadedMs: number[];
  hostMs: number[];
  agendaMs: number[];
  /** Appointments GetMyDiary returned to the child (from its log). */
  fetched: number;
  items: number;
}

function timeProcess(args: string[], env: NodeJS.ProcessEnv, untilLine: boolean): Promise<{ ms: number; line?: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let done = false;
    if (untilLine) {
      createInterface({ input: child.stdout! }).once('line', (line) => {
        done = true;
        const ms = performance.now() - start;
        child.once('exit', () => resolve({ ms, line }));
      });
    } else child.stdout!.resume();
    child.once('error', reject);
    child.once('exit', (code) => {
      if (untilLine && !done) reject(new Error(`The cold-start child exited (${code}) without an agenda: ${stderr.trim().slice(-800)}`));
      else if (!untilLine) resolve({ ms: performance.now() - start });
    });
  });
}

/**
 * Process start to first agenda, against `node -e 0` measured alongside: one unmeasured pair first (disk
 * cache), then `runs` pairs alternating which goes first; medians. Each child starts without the on-disk
 * agenda cache, so its first agenda is the one it fetched (token refresh, tenant state, GetMyDiary).
 */
export async function measureColdStart(distDir: string, profile: BenchProfile, runs = 7, progress: (line: string) => void = () => {}): Promise<ColdStartResult> {
  const env = appEnv(profile);
  // VMT_BENCH_CPU_PROF=<folder>: each cold-start child writes a V8 CPU profile there (to see where its time goes).
  const profileDir = process.env.VMT_BENCH_CPU_PROF;
  const childArgs = [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), join(distDir, 'main', 'bench.js'), '--child', 'cold-start'];
  const appMs: number[] = [];
  const nodeMs: number[] = [];
  const loadedMs: number[] = [];
  const hostMs: number[] = [];
  const agendaMs: number[] = [];
  let items = 0;
  for (let run = -1; run < runs; run++) {
    rmSync(join(profile.dataDir, 'agenda-cache.json'), { force: true });
    const appFirst = run % 2 === 0;
    const node = appFirst ? undefined : await timeProcess(['-e', '0'], env, false);
    const app = await timeProcess(childArgs, env, true);
    const nodeAfter = node ?? (await timeProcess(['-e', '0'], env, false));
    const report = JSON.parse(app.line ?? '{}') as ChildReport;
    items = report.items;
    if (run >= 0) {
      appMs.push(app.ms);
      loadedMs.push(report.loadedMs);
      hostMs.push(report.hostMs);
      agendaMs.push(report.atMs);
      nodeMs.push(nodeAfter.ms);
      progress(`cold start ${run + 1}/${runs}: ${app.ms.toFixed(0)} ms (node -e 0: ${nodeAfter.ms.toFixed(0)} ms)`);
    }
  }
  return { appMs, nodeMs, loadedMs, hostMs, agendaMs, fetched: lastRefreshCount(profile.dataDir), items };
}

function lastRefreshCount(dataDir: string): number {
  const log = join(dataDir, 'logs', 'main.log');
  if (!existsSync(log)) return 0;
  const lines = readFileSync(log, 'utf8').trim().split('\n').reverse();
  for (const line of lines) {
    const entry = JSON.parse(line) as { event?: string; count?: number };
    if (entry.event === 'agenda.refreshed') return entry.count ?? 0;
  }
  return 0;
}
