import { afterEach, describe, expect, it } from 'vitest';
import { startLoopbackReceiver, type LoopbackReceiver } from '../../../main/oauth/loopback-receiver.js';
import { AppError } from '../../../main/core/app-error.js';
import { FakeClock } from '../../support/fake-clock.js';
import { MemoryLogger } from '../../support/memory-logger.js';
import { rawRequest } from '../../support/raw-http.js';

const STATE = 'expected-state-value-0123456789';
let receiver: LoopbackReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function start(options: { callbackPath?: string; signal?: AbortSignal; clock?: FakeClock } = {}) {
  const clock = options.clock ?? new FakeClock();
  const logger = new MemoryLogger();
  receiver = await startLoopbackReceiver({
    expectedState: STATE,
    callbackPath: options.callbackPath ?? '/',
    deadlineMs: 5 * 60_000,
    clock,
    logger,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { receiver, clock, logger };
}

/** Sends a request whose answer the test does not wait for (the receiver may close first). */
function fire(url: string): void {
  rawRequest(url).catch(() => undefined);
}

/** Resolves to 'pending' if the callback has not settled after the event loop turns. */
async function outcome(promise: Promise<unknown>): Promise<unknown> {
  return Promise.race([promise.then((v) => v, (e: unknown) => e), new Promise((resolve) => setTimeout(() => resolve('pending'), 50))]);
}

describe('loopback receiver', () => {
  it('listens on 127.0.0.1 with a bare-origin redirect URI when the path is /', async () => {
    const { receiver } = await start();
    expect(receiver.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d{4,5}$/);
  });

  it('keeps a registered path in the redirect URI', async () => {
    const { receiver } = await start({ callbackPath: '/callback' });
    expect(receiver.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
  });

  it('accepts one valid callback, redirects to a parameter-free page and answers only after finish()', async () => {
    const { receiver } = await start();
    const answer = rawRequest(`${receiver.redirectUri}/?code=abc&state=${STATE}&iss=http%3A%2F%2F127.0.0.1`);
    const callback = await receiver.callback;
    expect(callback.params.get('code')).toBe('abc');
    expect(await outcome(answer)).toBe('pending');
    callback.finish('success');
    const response = await answer;
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/done');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const done = await rawRequest(`${receiver.redirectUri}/done`);
    expect(done.status).toBe(200);
    expect(done.body).toContain('You are signed in');
    expect(done.body).not.toContain('abc');
  });

  it.each([
    ['wrong state', `/?code=abc&state=not-the-state`],
    ['missing state', `/?code=abc`],
    ['two states', `/?code=abc&state=${STATE}&state=${STATE}`],
    ['missing code', `/?state=${STATE}`],
    ['empty code', `/?code=&state=${STATE}`],
    ['code and error', `/?code=abc&error=access_denied&state=${STATE}`],
    ['another path', `/favicon.ico?code=abc&state=${STATE}`],
    ['the done page before the callback', `/done`],
  ])('answers %s with 400 and keeps waiting', async (_name, path) => {
    const { receiver, logger } = await start();
    const response = await rawRequest(`${receiver.redirectUri}${path}`);
    expect(response.status).toBe(400);
    expect(response.body).not.toContain('abc');
    expect(await outcome(receiver.callback)).toBe('pending');
    expect(logger.events()).toContain('loopback.request_rejected');
    // The real callback still gets through afterwards.
    fire(`${receiver.redirectUri}/?code=real&state=${STATE}`);
    expect((await receiver.callback).params.get('code')).toBe('real');
  });

  it('refuses non-GET methods with 400', async () => {
    const { receiver } = await start();
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD']) {
      const response = await rawRequest(`${receiver.redirectUri}/?code=abc&state=${STATE}`, { method });
      expect(response.status).toBe(400);
    }
    expect(await outcome(receiver.callback)).toBe('pending');
  });

  it('refuses a Host header other than 127.0.0.1:PORT (DNS rebinding)', async () => {
    const { receiver } = await start();
    const port = new URL(receiver.redirectUri).port;
    for (const host of [`localhost:${port}`, `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${Number(port) + 1}`]) {
      const response = await rawRequest(`${receiver.redirectUri}/?code=abc&state=${STATE}`, { headers: { Host: host } });
      expect(response.status).toBe(400);
    }
    expect(await outcome(receiver.callback)).toBe('pending');
  });

  it('passes error=access_denied on as a callback (the flow turns it into access_denied)', async () => {
    const { receiver } = await start();
    fire(`${receiver.redirectUri}/?error=access_denied&state=${STATE}`);
    const callback = await receiver.callback;
    expect(callback.params.get('error')).toBe('access_denied');
    callback.finish('failure');
  });

  it('refuses a second callback', async () => {
    const { receiver } = await start();
    fire(`${receiver.redirectUri}/?code=first&state=${STATE}`);
    const callback = await receiver.callback;
    const second = await rawRequest(`${receiver.redirectUri}/?code=second&state=${STATE}`);
    expect(second.status).toBe(400);
    callback.finish('success');
    expect(callback.params.get('code')).toBe('first');
  });

  it('gives up with a timeout error at the deadline and stops listening', async () => {
    const { receiver, clock } = await start();
    clock.advance(5 * 60_000);
    const error = await receiver.callback.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('timeout');
    await expect(rawRequest(`${receiver.redirectUri}/?code=late&state=${STATE}`)).rejects.toThrow();
  });

  it('stops with a cancelled error when the sign-in is cancelled', async () => {
    const abort = new AbortController();
    const { receiver } = await start({ signal: abort.signal });
    abort.abort();
    const error = await receiver.callback.catch((e: unknown) => e);
    expect((error as AppError).code).toBe('cancelled');
    await expect(rawRequest(`${receiver.redirectUri}/?code=late&state=${STATE}`)).rejects.toThrow();
  });

  it('closes after the grace period that follows a finished callback', async () => {
    const { receiver, clock } = await start();
    fire(`${receiver.redirectUri}/?code=abc&state=${STATE}`);
    (await receiver.callback).finish('success');
    clock.advance(5_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(rawRequest(`${receiver.redirectUri}/done`)).rejects.toThrow();
  });
});
