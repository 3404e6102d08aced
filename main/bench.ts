/**
 * `npm run bench` (after `npm run build`): the performance figures of issue 9, each measured in the same
 * run as its baseline so that ratios hold on a noisy machine. Prints a table; with `--json` also, as the
 * last line, one flat JSON object with the figures, `goals_met`, `machine` and `date`.
 *
 *   dbus-run-session -- sh test/scripts/with-keyring.sh npm run --silent bench -- --json
 *
 * The keychain is real (as in `npm test`): without a D-Bus session the bench re-runs itself inside a
 * private one with a temporary gnome-keyring, as `npm start` does. Options: `--only a,b` (cold_start,
 * agenda, join, oauth, soak, renderer), `--days N` (soak length, default 7). Internal: `--child NAME`.
 * Not part of `npm test`.
 */
import { cpus, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relaunchInPrivateSession, startTemporaryKeyring, wantsPrivateKeyring } from './launch/private-keyring.js';
import { agendaFigures, measureAgenda10k } from './bench/agenda-10k.js';
import { removeProfile, type BenchProfile } from './bench/bench-core.js';
import { measureColdStart, runColdStartChild } from './bench/cold-start.js';
import { measureJoinLatency } from './bench/join-latency.js';
import { measureOAuthRoundtrip } from './bench/oauth-roundtrip.js';
import { measureRendererSize } from './bench/renderer-size.js';
import { startSandboxProcess, type SandboxProcess } from './bench/sandbox-process.js';
import { measureSoak, runSoakChild } from './bench/soak.js';
import { median, percentile, round, summary } from './bench/stats.js';

const distDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Appointments per day the sandbox adds for cold start and join: with the scripted rows, about 200 in the agenda's two days. */
const EXTRA_PER_DAY = 95;

type Figure = 'cold_start_ms' | 'cold_start_ratio' | 'agenda_10k_ms' | 'agenda_ratio' | 'join_p95_ms' | 'oauth_roundtrip_ms' | 'soak_heap_growth_mb' | 'soak_rss_mb' | 'renderer_gz_kb';

const FIGURES = Object.keys({
  cold_start_ms: 0, cold_start_ratio: 0, agenda_10k_ms: 0, agenda_ratio: 0, join_p95_ms: 0, oauth_roundtrip_ms: 0, soak_heap_growth_mb: 0, soak_rss_mb: 0, renderer_gz_kb: 0,
} satisfies Record<Figure, 0>) as Figure[];

/** The goals of issue 9: every figure at most this. */
const GOALS: Record<Figure, number> = {
  cold_start_ms: Number.POSITIVE_INFINITY,
  cold_start_ratio: 6,
  agenda_10k_ms: 100,
  agenda_ratio: 10,
  join_p95_ms: 30,
  oauth_roundtrip_ms: 300,
  soak_heap_growth_mb: 2,
  soak_rss_mb: 120,
  renderer_gz_kb: 60,
};

const BENCHES = ['renderer', 'agenda', 'oauth', 'cold_start', 'join', 'soak'] as const;
type Bench = (typeof BENCHES)[number];

interface Args {
  json: boolean;
  child?: string;
  only: Set<Bench>;
  days: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, only: new Set(BENCHES), days: 7 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--child') args.child = argv[++i];
    else if (arg === '--days') args.days = Number(argv[++i]);
    else if (arg === '--only') {
      const names = (argv[++i] ?? '').split(',').filter(Boolean);
      const unknown = names.filter((name) => !(BENCHES as readonly string[]).includes(name));
      if (unknown.length) throw new Error(`Unknown benchmark(s): ${unknown.join(', ')} (known: ${BENCHES.join(', ')}).`);
      args.only = new Set(names as Bench[]);
    } else throw new Error(`Unknown option ${arg}. Usage: npm run bench -- [--json] [--only ${BENCHES.join(',')}] [--days N]`);
  }
  if (!Number.isInteger(args.days) || args.days < 1) throw new Error('--days wants a whole number of days (1 or more).');
  return args;
}

const progress = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

interface Row {
  figure: Figure;
  value: number;
  how: string;
}

async function runAll(args: Args): Promise<void> {
  const started = performance.now();
  const rows: Row[] = [];
  const add = (figure: Figure, value: number, how: string): void => void rows.push({ figure, value, how });
  const notes: string[] = [];

  if (args.only.has('renderer')) {
    const size = measureRendererSize(distDir);
    add(
      'renderer_gz_kb',
      size.gzipKb,
      `the app's files plus its largest language (what one user loads; all languages: ${round(size.allLanguagesGzipKb)} kB): ${size.files.map((file) => `${file.path} ${round(file.gzipBytes / 1024)} kB`).join(', ')} (gzip -9)`,
    );
  }

  if (args.only.has('agenda')) {
    progress('agenda: 10,000 appointments, 7 rounds');
    const result = measureAgenda10k();
    const figures = agendaFigures(result);
    add('agenda_10k_ms', figures.agenda_10k_ms, `${summary(result.agendaMs)} ms; ${result.items} items, ${result.withJoin} with a join link; ~${Math.round(result.averageTextChars)} chars of text each`);
    add('agenda_ratio', figures.agenda_ratio, `vs one checksum pass over the same text: ${summary(result.baselineMs)} ms (every link resolved afresh each round)`);
  }

  const needsSandbox = ['oauth', 'cold_start', 'join', 'soak'].some((name) => args.only.has(name as Bench));
  if (needsSandbox) {
    let sandbox: SandboxProcess | undefined;
    let profile: BenchProfile | undefined;
    try {
      progress('starting the sandbox');
      sandbox = await startSandboxProcess(distDir);
      progress('oauth: 10 sign-ins');
      const oauth = await measureOAuthRoundtrip(sandbox.description);
      profile = oauth.profile;
      if (args.only.has('oauth')) {
        add('oauth_roundtrip_ms', median(oauth.appMs), `app's part: ${summary(oauth.appMs)} ms; with the person's pages: ${summary(oauth.totalMs)} ms`);
      }
      if (args.only.has('cold_start') || args.only.has('join')) await sandbox.patchSwitches({ diaryExtraPerDay: EXTRA_PER_DAY });
      if (args.only.has('cold_start')) {
        progress('cold start: 7 runs against node -e 0');
        const cold = await measureColdStart(distDir, profile, 7, progress);
        add('cold_start_ms', median(cold.appMs), `spawn to first agenda: ${summary(cold.appMs)} ms; ${cold.fetched} appointments fetched, ${cold.items} in the agenda; in the child (medians, ms since its start): modules loaded ${round(median(cold.loadedMs))}, host started and session restored ${round(median(cold.hostMs))}, agenda ${round(median(cold.agendaMs))}`);
        add('cold_start_ratio', median(cold.appMs) / median(cold.nodeMs), `vs node -e 0 (spawn to exit), interleaved: ${summary(cold.nodeMs)} ms`);
      }
      if (args.only.has('join')) {
        progress('join: 200 clicks in Chromium');
        const join = await measureJoinLatency(distDir, profile, 200, progress);
        add('join_p95_ms', percentile(join.latenciesMs, 95), `click → the page has joinMeeting's answer, sent after the core called the opener port; ${EXTRA_PER_DAY} extra appointments a day (~200 in the agenda); p50 ${round(median(join.latenciesMs))}, max ${round(Math.max(...join.latenciesMs))} ms; ${join.latenciesMs.length} clicks over ${join.buttons} Join buttons; click → bridge request p50 ${round(median(join.toRequestMs))} / p95 ${round(percentile(join.toRequestMs, 95))} ms, core joinMeeting p50 ${round(median(join.dispatchMs))} / p95 ${round(percentile(join.dispatchMs, 95))} ms; click → the browser host's window.open through the event stream p50 ${round(median(join.pageOpenMs))} / p95 ${round(percentile(join.pageOpenMs, 95))} ms; ${join.longTasks} long tasks on the page (${round(join.longTaskMs)} ms)`);
      }
      if (args.only.has('soak')) {
        await sandbox.patchSwitches({ diaryExtraPerDay: 0 });
        progress(`soak: 1 + ${args.days} simulated days`);
        const soak = await measureSoak(distDir, profile, args.days);
        add('soak_heap_growth_mb', soak.heapAfterSoakMb - soak.heapAfterWarmupMb, `default sandbox diary; heap after GC ${round(soak.heapAfterWarmupMb)} → ${round(soak.heapAfterSoakMb)} MB; ${soak.ticks} ticks, ${soak.refreshes} refreshes, ${soak.reminders} reminders, ${soak.trayRenders} tray updates in ${round(soak.wallMs / 1000)} s`);
        const spaces = Object.entries(soak.heapSpacesMb).filter(([, mb]) => mb >= 1).sort((a, b) => b[1] - a[1]).map(([name, mb]) => `${name} ${round(mb)}`).join(', ');
        const mapped = soak.rssByMapping
          ? `; by mapping: anonymous ${round(soak.rssByMapping.anonymousMb)} (V8 heap, malloc arenas, stacks), node binary ${round(soak.rssByMapping.nodeBinaryMb)}, shared libraries ${round(soak.rssByMapping.sharedLibrariesMb)}, add-ons ${round(soak.rssByMapping.addonsMb)}, C heap ${round(soak.rssByMapping.cHeapMb)}, other ${round(soak.rssByMapping.otherMb)} MB`
          : '';
        add('soak_rss_mb', soak.rssMb, `RSS of the soak process at the end, at rest after ${round(soak.restSeconds)} s of real idle time (${round(soak.rssAtLastStepMb)} MB right after the last compressed step; ${round(soak.rssAtStartMb)} MB once started, ${round(soak.rssAfterWarmupMb)} MB after the warm-up day); V8 heap reserved ${round(soak.heapTotalMb)} MB (${spaces}), external ${round(soak.externalMb)} MB${mapped}`);
      }
    } finally {
      if (profile) await removeProfile(profile);
      await sandbox?.close();
    }
  }

  rows.sort((a, b) => FIGURES.indexOf(a.figure) - FIGURES.indexOf(b.figure));
  const ok = (row: Row): boolean => Number.isFinite(row.value) && row.value <= GOALS[row.figure];
  const cell = (row: Row): string => String(round(row.value, row.figure.endsWith('ratio') ? 2 : 1));
  const table = [
    ['figure', 'value', 'goal', 'ok', 'how'],
    ...rows.map((row) => [row.figure, cell(row), Number.isFinite(GOALS[row.figure]) ? `≤ ${GOALS[row.figure]}` : '', ok(row) ? 'yes' : 'NO', row.how]),
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...table.map((line) => line[column]!.length)));
  const machine = `${cpus().length} cores, ${platform()} ${release()}, node ${process.version}`;
  const lines = table.map((line) => line.map((text, column) => (column < 4 ? text.padEnd(widths[column]!) : text)).join('  '));
  process.stdout.write(`Video Meetings Tray benchmarks — ${machine}, ${new Date().toISOString()}, ${round((performance.now() - started) / 1000)} s\n\n${lines.join('\n')}\n`);
  for (const note of notes) process.stdout.write(`${note}\n`);
  if (args.json) {
    const figures = Object.fromEntries(rows.map((row) => [row.figure, round(row.value, 2)]));
    process.stdout.write(`${JSON.stringify({ ...figures, goals_met: rows.every(ok), machine, date: new Date().toISOString() })}\n`);
  }
}

/** When this module's body runs, every module of the bundle (and the packages it imports) has been loaded. */
const loadedMs = performance.now();

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.child === 'cold-start') return runColdStartChild(distDir, loadedMs);
  if (args.child === 'soak') return runSoakChild(args.days);
  if (args.child !== undefined) throw new Error(`Unknown child ${args.child}.`);
  if (wantsPrivateKeyring(process.env)) {
    progress('no D-Bus session here: running inside a private one with a temporary keyring');
    process.exit(await relaunchInPrivateSession());
  }
  if (process.env.VMT_PRIVATE_SESSION) await startTemporaryKeyring();
  await runAll(args);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
