import type { Page } from 'playwright-core';
import { startBrowserHost } from '../web/start-browser-host.js';
import { appEnv, waitForAgenda, type BenchProfile } from './bench-core.js';

/** Debian's Chromium with the flags of test/playwright.config.ts, headless. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * In the page, before the app loads: window.open (what the bridge calls when the host's URL opener sends
 * 'host:open-url') records performance.now() and opens nothing; a capturing click listener records the
 * timestamp of each trusted click on a Join button. Both on the page's clock.
 */
const RECORDER = `(() => {
  const w = window;
  w.__vmtBench = { clicks: [], opens: [], longTasks: [] };
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) w.__vmtBench.longTasks.push([entry.startTime, entry.duration]); }).observe({ type: 'longtask', buffered: true });
  w.open = function () { w.__vmtBench.opens.push(performance.now()); return null; };
  w.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    const join = event.composedPath().some((node) => node instanceof HTMLElement && node.dataset.action === 'join');
    if (join) w.__vmtBench.clicks.push(event.timeStamp);
  }, true);
})();`;

interface Recorded {
  clicks: number[];
  opens: number[];
  /** [start, duration] of the page's long tasks (main thread busy over 50 ms). */
  longTasks: [number, number][];
}

export interface JoinResult {
  /** Click to the page receiving the first byte of joinMeeting's answer: the core has called the opener port before it answers. */
  latenciesMs: number[];
  /** Click to the page's window.open: the browser host's stand-in for the system browser, reached through the event stream. */
  pageOpenMs: number[];
  /** Click to the page's joinMeeting request starting (the renderer's part before the bridge call). */
  toRequestMs: number[];
  /** The core's joinMeeting dispatch, in the host (server side). */
  dispatchMs: number[];
  /** Long tasks (over 50 ms) on the page's main thread during the measured clicks, and their total time. */
  longTasks: number;
  longTaskMs: number;
  buttons: number;
}

/**
 * Click on Join in Chromium to the opener port being called: the browser host runs in this process on
 * a signed-in profile; each click goes renderer → bridge call joinMeeting → core (agenda.join, URL
 * policy) → the opener port (WebUrlOpener) → the answer. Everything is read on the page's clock: from the
 * click event's timestamp to the first byte of the answer (Resource Timing's responseStart), which the
 * host sends only after the core has called the opener port, so the figure is an upper bound of the
 * interval asked for. Also recorded: the page's window.open, which the browser host's opener reaches
 * through the event stream (in Electron the opener port calls the system browser directly). Clicks cycle
 * over the first visible Join buttons; each waits for the previous join call to finish.
 */
export async function measureJoinLatency(distDir: string, profile: BenchProfile, clicks = 200, progress: (line: string) => void = () => {}): Promise<JoinResult> {
  const host = await startBrowserHost({ env: appEnv(profile), distDir });
  // Instrumentation only: the time the core takes for each joinMeeting call the bridge makes.
  const dispatchMs: number[] = [];
  const dispatch = host.core.dispatch.bind(host.core);
  host.core.dispatch = async (name, args) => {
    const start = performance.now();
    const result = await dispatch(name, args);
    if (name === 'joinMeeting') dispatchMs.push(performance.now() - start);
    return result;
  };
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    await waitForAgenda(host.core, (view) => view.status === 'fresh' && view.items.some((item) => item.join));
    const context = await browser.newContext({ viewport: { width: 420, height: 640 } });
    const page: Page = await context.newPage();
    await page.addInitScript(RECORDER);
    await page.goto(host.appUrl);
    const buttons = page.locator('vmt-agenda button[data-action="join"]:visible');
    await buttons.first().waitFor();
    const bench = () => page.evaluate(() => {
      const { clicks, opens } = (window as unknown as { __vmtBench: Recorded }).__vmtBench;
      return { clicks: [...clicks], opens: [...opens] };
    });
    const clickJoin = async (index: number): Promise<{ ok: boolean; latency?: number; pageOpen?: number; toRequest?: number }> => {
      const before = await bench();
      const call = page.waitForResponse((response) => response.url().endsWith('/bridge/call/joinMeeting'));
      await buttons.nth(index).click();
      const result = (await (await call).json()) as { ok: boolean };
      if (!result.ok) return { ok: false };
      await page.waitForFunction((n) => (window as unknown as { __vmtBench: Recorded }).__vmtBench.opens.length > n, before.opens.length);
      const after = await bench();
      const clicked = after.clicks[before.clicks.length];
      const opened = after.opens[before.opens.length];
      if (clicked === undefined || opened === undefined) throw new Error('A click on Join was not recorded.');
      const timing = await page.evaluate((after) => {
        const entry = performance.getEntriesByType('resource').find((each) => each.name.endsWith('/bridge/call/joinMeeting') && each.startTime >= after) as PerformanceResourceTiming | undefined;
        return entry ? { start: entry.startTime, responseStart: entry.responseStart } : undefined;
      }, clicked);
      if (!timing || timing.responseStart <= 0) throw new Error('The joinMeeting request has no resource timing.');
      return { ok: true, latency: timing.responseStart - clicked, pageOpen: opened - clicked, toRequest: timing.start - clicked };
    };
    // Unmeasured: until the bridge's event stream is connected, the opener has no page to send the URL to.
    for (let attempt = 0; !(await clickJoin(0)).ok; attempt++) {
      if (attempt > 50) throw new Error('Join never reached the page.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const count = Math.min(10, await buttons.count());
    const latenciesMs: number[] = [];
    const pageOpenMs: number[] = [];
    const toRequestMs: number[] = [];
    dispatchMs.length = 0;
    const firstClick = await page.evaluate(() => performance.now());
    for (let click = 0; click < clicks; click++) {
      const { ok, latency, pageOpen, toRequest } = await clickJoin(click % count);
      if (!ok || latency === undefined || pageOpen === undefined || toRequest === undefined) throw new Error(`Join ${click + 1} failed.`);
      latenciesMs.push(latency);
      pageOpenMs.push(pageOpen);
      toRequestMs.push(toRequest);
      if ((click + 1) % 50 === 0) progress(`join ${click + 1}/${clicks}`);
    }
    const tasks = await page.evaluate((from) => (window as unknown as { __vmtBench: Recorded }).__vmtBench.longTasks.filter(([start]) => start >= from), firstClick);
    await context.close();
    return { latenciesMs, pageOpenMs, toRequestMs, dispatchMs, buttons: count, longTasks: tasks.length, longTaskMs: tasks.reduce((sum, [, duration]) => sum + duration, 0) };
  } finally {
    await browser.close();
    await host.close();
  }
}
