import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppCore } from '../../../main/core/app-core-types.js';
import type { SystemEvent } from '../../../main/ports/system-events.js';
import { EventStreams } from '../../../main/web/event-stream.js';
import { startWebServer, type WebServer } from '../../../main/web/web-server.js';
import { WebSystemEvents } from '../../../main/web/web-system-events.js';
import { rawRequest } from '../../support/raw-http.js';

/** POST /bridge/system/{online|resume}: the page's system events, behind the same guard as calls. */
let server: WebServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(withEvents = true) {
  const dispatch = vi.fn(async () => ({ ok: true as const, value: null }));
  const core = { dispatch } as unknown as AppCore;
  const log = vi.fn();
  const events = new WebSystemEvents();
  const seen: SystemEvent[] = [];
  events.subscribe((event) => seen.push(event));
  server = await startWebServer({
    files: new Map(),
    streams: new EventStreams(),
    logger: { log },
    core: () => core,
    ...(withEvents ? { systemEvents: events } : {}),
  });
  const { origin } = server;
  const secret = new URL(server.appUrl).hash.replace('#bridge=', '');
  const good = { host: new URL(origin).host, origin, authorization: `Bearer ${secret}` };
  const report = (event: string, headers: Record<string, string> = good, body?: string) =>
    rawRequest(`${origin}/bridge/system/${event}`, { method: 'POST', headers, ...(body !== undefined ? { body } : {}) });
  return { seen, report, good, dispatch, log, origin };
}

describe('bridge system route', () => {
  it('passes online and resume from the page to the system events, with 204 and no body', async () => {
    const { seen, report, dispatch } = await start();
    const online = await report('online');
    expect(online.status).toBe(204);
    expect(online.body).toBe('');
    expect(online.headers['x-content-type-options']).toBe('nosniff');
    expect((await report('resume')).status).toBe(204);
    expect(seen).toEqual(['online', 'resume']);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([
    ['no secret', { authorization: '' }, 401],
    ['a wrong secret', { authorization: 'Bearer wrong-secret-of-some-length-0123456789abcdef' }, 401],
    ['a foreign Origin', { origin: 'https://evil.example' }, 403],
    ['no Origin', { origin: '' }, 403],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 403],
    ['a foreign Host (DNS rebinding)', { host: 'evil.example' }, 403],
  ])('refuses a report with %s', async (_name, override, status) => {
    const { seen, report, good } = await start();
    const headers: Record<string, string> = { ...good, ...override };
    for (const [key, value] of Object.entries(headers)) if (value === '') delete headers[key];
    expect((await report('online', headers)).status).toBe(status);
    expect(seen).toEqual([]);
  });

  it('knows only online and resume, and only by POST', async () => {
    const { seen, report, good, origin } = await start();
    for (const event of ['unlock', 'ONLINE', 'online/', 'online%20', '']) expect((await report(event)).status).toBe(404);
    expect((await rawRequest(`${origin}/bridge/system/online`, { method: 'GET', headers: good })).status).toBe(404);
    expect((await rawRequest(`${origin}/bridge/system/online`, { method: 'PUT', headers: good })).status).toBe(405);
    expect(seen).toEqual([]);
  });

  it('refuses a report with a body', async () => {
    const { seen, report, good } = await start();
    expect((await report('online', { ...good, 'content-type': 'application/json' }, '{"x":1}')).status).toBe(400);
    expect(seen).toEqual([]);
  });

  it('is not found when the host wired no system events', async () => {
    const { report } = await start(false);
    expect((await report('online')).status).toBe(404);
  });

  it('leaves the call route as it was', async () => {
    const { good, origin, dispatch } = await start();
    const response = await rawRequest(`${origin}/bridge/call/getAgenda`, { method: 'POST', headers: { ...good, 'content-type': 'application/json' }, body: '{"args":[]}' });
    expect(response.status).toBe(200);
    expect(dispatch).toHaveBeenCalledWith('getAgenda', []);
  });
});
