import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { getHeapSpaceStatistics } from 'node:v8';
import { REFRESH_MS, RETRY_MS, TICK_MS } from '../agenda/agenda-service.js';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../net/http.js';
import type { Clock } from '../ports/clock.js';
import { composeBenchCore, appEnv, waitForAgenda, type BenchProfile } from './bench-core.js';
import { rssBreakdown, type RssBreakdown } from './rss-breakdown.js';

/** A Clock that moves only when told; due timers fire in order, each at its own time. */
class SteppedClock implements Clock {
  private timers: { at: number; ms: number; callback: () => void; id: number }[] = [];
  private nextId = 0;

  constructor(private time: number) {}

  now(): number {
    return this.time;
  }

  setTimer(ms: number, callback: () => void): () => void {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, ms, callback, id });
    return () => {
      this.timers = this.timers.filter((timer) => timer.id !== id);
    };
  }

  /** The timers (their delay and due time) that advancing by `ms` would fire first, in order. */
  dueWithin(ms: number): { at: number; ms: number }[] {
    return this.timers.filter((timer) => timer.at <= this.time + ms).sort((a, b) => a.at - b.at);
  }

  advance(ms: number): void {
    const target = this.time + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.time = due.at;
      due.callback();
    }
    this.time = target;
  }
}

interface SoakReport {
  heapAfterWarmupMb: number;
  heapAfterSoakMb: number;
  /** RSS at the end, at rest (see `rest`). */
  rssMb: number;
  /** RSS right after the last compressed step, before the rest. */
  rssAtLastStepMb: number;
  /** Real seconds the process rested before the end figures were read. */
  restSeconds: number;
  rssAfterWarmupMb: number;
  /** RSS once the core has started and shown its first agenda, before the clock moves. */
  rssAtStartMb: number;
  heapTotalMb: number;
  externalMb: number;
  /** V8's heap at the end by space (MB reserved), e.g. new_space, old_space, code_space: where the heap's RSS is. */
  heapSpacesMb: Record<string, number>;
  /** The RSS at the end by mapping (Linux only). */
  rssByMapping?: RssBreakdown;
  ticks: number;
  refreshes: number;
  reminders: number;
  trayRenders: number;
  wallMs: number;
}

const MB = 1024 * 1024;
const DAY_MS = 24 * 60 * 60_000;
/** Days run before the heap baseline: long enough for V8 to have compiled the paths a day makes hot. */
const WARM_UP_DAYS = 2;
/** At least one tick interval, and long enough for every request deadline started during the compressed run to have run out. */
const MIN_REST_MS = Math.max(TICK_MS, DEFAULT_REQUEST_TIMEOUT_MS) + 1_000;
/** V8's memory reducer acts some seconds after the process goes quiet; the rest waits for it this long at most. */
const MAX_REST_MS = 90_000;

const newSpaceMb = (): number => (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0) / MB;

/**
 * Lets the process rest in real time, as the app does between two ticks, before a figure is read. The soak
 * compresses days into seconds: that leaves request deadlines (real-time timers) in flight, and makes V8
 * grow its young generation for an allocation rate the app never has. At rest the deadlines run out and
 * V8's memory reducer gives the young generation back by itself (nothing here forces it): the rest lasts
 * MIN_REST_MS, then until the young generation is back to its size at start, MAX_REST_MS at most.
 */
async function rest(newSpaceAtStartMb: number): Promise<number> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  while (elapsed() < MIN_REST_MS || (newSpaceMb() > newSpaceAtStartMb && elapsed() < MAX_REST_MS)) await new Promise((resolve) => setTimeout(resolve, 1_000));
  return elapsed();
}

async function collectedHeap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('The soak child needs node --expose-gc.');
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

/**
 * The child (node --expose-gc): the whole core on a signed-in profile with a stepped clock, moved in
 * 30-second steps (the agenda's tick: what-is-next, countdown, reminders, tray model). Scheduled
 * refreshes (every 5 minutes; 1 minute after a failure) hit the sandbox over HTTP with its diary clock
 * (`diaryNow`) set to the refresh's time first, so days roll over and meetings come and go as in real
 * life; access tokens expire and are refreshed on the app's clock. WARM_UP_DAYS, a rest, heap after GC;
 * then `days` more, a rest, RSS, heap after GC. Each rest is real idle time (see `rest`): the app's state
 * between two ticks, which is where it spends its weeks.
 */
export async function runSoakChild(days: number): Promise<void> {
  const sandbox = process.env.VMT_SANDBOX ?? '';
  const authority = (JSON.parse(sandbox) as { superoffice: { authority: string } }).superoffice.authority;
  const patchDiaryNow = async (at: number | null): Promise<void> => {
    const response = await fetch(`${authority}/__sandbox/switches`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ diaryNow: at === null ? null : new Date(at).toISOString() }),
    });
    if (!response.ok) throw new Error(`diaryNow refused: ${response.status}`);
    await response.arrayBuffer();
  };
  const profile: BenchProfile = { sandbox, dataDir: process.env.VMT_DATA_DIR ?? '', keychainService: process.env.VMT_KEYCHAIN_SERVICE ?? '' };
  // Start at the next whole minute of real time, so tokens and diary begin where they are.
  const clock = new SteppedClock(Math.ceil(Date.now() / 60_000) * 60_000);
  await patchDiaryNow(clock.now());
  const bench = composeBenchCore(profile, { opener: { open: async () => true }, clock, timeZone: 'Europe/Oslo' });
  let refreshes = 0;
  let settleRefresh: (() => void) | undefined;
  bench.onLog((event) => {
    if (event === 'agenda.refreshed' || event === 'agenda.refresh_failed') {
      refreshes++;
      settleRefresh?.();
    }
  });
  let trayRenders = 0;
  const render = bench.tray.render.bind(bench.tray);
  bench.tray.render = (model) => {
    trayRenders++;
    render(model);
  };
  const started = performance.now();
  await bench.core.start();
  await waitForAgenda(bench.core, (view) => view.status === 'fresh');
  const rssAtStart = process.memoryUsage().rss;
  const newSpaceAtStart = newSpaceMb();
  let ticks = 0;
  const run = async (ms: number): Promise<void> => {
    for (let elapsed = 0; elapsed < ms; elapsed += TICK_MS) {
      const refresh = clock.dueWithin(TICK_MS).find((timer) => timer.ms === REFRESH_MS || timer.ms === RETRY_MS);
      let settled: Promise<void> | undefined;
      if (refresh) {
        await patchDiaryNow(refresh.at);
        settled = new Promise((resolve) => (settleRefresh = resolve));
      }
      clock.advance(TICK_MS);
      ticks++;
      if (settled) await settled;
      else if (ticks % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await run(WARM_UP_DAYS * DAY_MS);
  const rssAfterWarmup = process.memoryUsage().rss;
  const warmupRest = await rest(newSpaceAtStart);
  const heapAfterWarmup = await collectedHeap();
  await run(days * DAY_MS);
  const rssAtLastStep = process.memoryUsage().rss;
  const rested = await rest(newSpaceAtStart);
  const memory = process.memoryUsage();
  const heapSpacesMb = Object.fromEntries(getHeapSpaceStatistics().map((space) => [space.space_name, space.space_size / MB]));
  const heapAfterSoak = await collectedHeap();
  // Read after the heap: the smaps text (~300 kB) stays reachable from the RegExp statics until the next match.
  const breakdown = rssBreakdown();
  const report: SoakReport = {
    heapAfterWarmupMb: heapAfterWarmup / MB,
    heapAfterSoakMb: heapAfterSoak / MB,
    rssMb: memory.rss / MB,
    rssAtLastStepMb: rssAtLastStep / MB,
    restSeconds: rested / 1000,
    rssAfterWarmupMb: rssAfterWarmup / MB,
    rssAtStartMb: rssAtStart / MB,
    heapTotalMb: memory.heapTotal / MB,
    externalMb: memory.external / MB,
    heapSpacesMb,
    ...(breakdown ? { rssByMapping: breakdown } : {}),
    ticks,
    refreshes,
    reminders: bench.notifications,
    trayRenders,
    wallMs: performance.now() - started - warmupRest - rested,
  };
  await bench.core.stop();
  await patchDiaryNow(null);
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.exit(0);
}

export type SoakResult = SoakReport;

/** Runs the soak in its own process (node --expose-gc) so its heap and RSS are the app's alone. */
export function measureSoak(distDir: string, profile: BenchProfile, days = 7): Promise<SoakResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', join(distDir, 'main', 'bench.js'), '--child', 'soak', '--days', String(days)], {
      env: appEnv(profile),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let report: SoakResult | undefined;
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('{')) report = JSON.parse(line) as SoakResult;
    });
    child.once('error', reject);
    child.once('exit', (code) => (report ? resolve(report) : reject(new Error(`The soak child failed (exit ${code}): ${stderr.trim().slice(-1200)}`))));
  });
}
