// @vitest-environment happy-dom
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

/** preload/web.ts (the browser bridge) reports 'online' and "visible again after a long hide" to the app. */
const SECRET = 'a'.repeat(43);
const fetchMock = vi.fn(async (url: string, _init?: RequestInit) => new Response(null, { status: url === '/bridge/events' ? 401 : 204 }));
let visibility: DocumentVisibilityState = 'visible';

function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}
const systemCalls = () => fetchMock.mock.calls.filter(([url]) => url.startsWith('/bridge/system/'));

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2025-03-04T09:00:00Z'));
  vi.stubGlobal('fetch', fetchMock);
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  history.replaceState(null, '', `/#bridge=${SECRET}`);
  await import('../../../preload/web.js');
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
beforeEach(() => fetchMock.mockClear());

describe('browser bridge system events', () => {
  it('reports the window going online, with the bridge secret and no body', () => {
    window.dispatchEvent(new Event('online'));
    expect(systemCalls()).toHaveLength(1);
    const [url, init] = systemCalls()[0]!;
    expect(url).toBe('/bridge/system/online');
    expect(init).toMatchObject({ method: 'POST', headers: { authorization: `Bearer ${SECRET}` } });
    expect(init?.body).toBeUndefined();
  });

  it('a page visible again after more than a minute hidden reports resume; a short hide does not', () => {
    setVisibility('hidden');
    vi.advanceTimersByTime(30_000);
    setVisibility('visible');
    expect(systemCalls()).toEqual([]);

    setVisibility('hidden');
    vi.advanceTimersByTime(60_000);
    setVisibility('visible');
    expect(systemCalls()).toEqual([]);

    setVisibility('hidden');
    vi.advanceTimersByTime(45_000);
    setVisibility('hidden'); // a repeated 'hidden' keeps the first moment
    vi.advanceTimersByTime(45_000);
    setVisibility('visible');
    expect(systemCalls().map(([url]) => url)).toEqual(['/bridge/system/resume']);

    setVisibility('visible');
    expect(systemCalls()).toHaveLength(1);
  });

  it('a failed report is swallowed (the app may be restarting)', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    window.dispatchEvent(new Event('online'));
    await Promise.resolve();
    expect(systemCalls()).toHaveLength(1);
  });
});
