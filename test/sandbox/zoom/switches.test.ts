import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSwitchValues, useZoomSandbox } from './support/setup.js';
import { apiCall, createMeeting, exchangeCode, signIn, signInForTokens } from './support/zoom-client.js';

const fixture = useZoomSandbox();
let token = '';

beforeAll(async () => {
  token = (await signInForTokens(fixture.zoom)).access_token;
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('switches', () => {
  it('start at their defaults and serialise to JSON', () => {
    const { zoom } = fixture;
    expect(JSON.parse(JSON.stringify(zoom.switches))).toEqual(defaultSwitchValues());
  });

  it("rateLimit 'none': Zoom's per-second 429 with QPS headers and no Retry-After, for exactly N calls", async () => {
    const { zoom } = fixture;
    zoom.switches.rateLimit = { remaining: 2, retryAfter: 'none' };
    for (let i = 0; i < 2; i++) {
      const response = await apiCall(zoom, '/users/me', { token });
      expect(response.status).toBe(429);
      expect(response.json).toEqual({ code: 429, message: 'You have reached the maximum per-second rate limit for this API. Try again later.' });
      expect(response.headers.get('x-ratelimit-category')).toBe('Light');
      expect(response.headers.get('x-ratelimit-type')).toBe('QPS');
      expect(response.headers.get('x-ratelimit-limit')).toMatch(/^\d+$/);
      expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(response.headers.get('retry-after')).toBeNull();
      expect(response.headers.get('x-zm-trackingid')).toBeTruthy();
    }
    expect(zoom.switches.rateLimit).toBeNull();
    expect((await apiCall(zoom, '/users/me', { token })).status).toBe(200);
  });

  it("rateLimit 'iso-date': the daily-limit form with Retry-After as an ISO date-time at 00:00 UTC", async () => {
    const { zoom } = fixture;
    zoom.switches.rateLimit = { remaining: 1, retryAfter: 'iso-date' };
    const response = await createMeeting(zoom, token, { topic: 't', duration: 30 });
    expect(response.status).toBe(429);
    expect(response.headers.get('x-ratelimit-type')).toBe('Daily-limit');
    expect(response.headers.get('x-ratelimit-category')).toBe('Medium');
    const retryAfter = response.headers.get('retry-after') ?? '';
    expect(retryAfter).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/);
    const wait = Date.parse(retryAfter) - Date.now();
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(24 * 3600 * 1000);
    expect(String(response.json.message)).toContain('daily rate limit');
  });

  it("rateLimit 'http-date' and 'seconds' for the client's Retry-After parser", async () => {
    const { zoom } = fixture;
    zoom.switches.rateLimit = { remaining: 1, retryAfter: 'http-date' };
    const httpDate = (await apiCall(zoom, '/users/me', { token })).headers.get('retry-after') ?? '';
    expect(httpDate).toMatch(/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} 00:00:00 GMT$/);
    zoom.switches.rateLimit = { remaining: 1, retryAfter: 'seconds' };
    const seconds = await apiCall(zoom, '/users/me', { token });
    expect(seconds.status).toBe(429);
    expect(seconds.headers.get('retry-after')).toBe('1');
  });

  it('a rate-limited create creates nothing', async () => {
    const { zoom } = fixture;
    const before = zoom.meetings().length;
    zoom.switches.rateLimit = { remaining: 1, retryAfter: 'none' };
    expect((await createMeeting(zoom, token, { topic: 't', duration: 30 })).status).toBe(429);
    expect(zoom.meetings().length).toBe(before);
  });

  it('serverErrors: the next N API calls get 503, then service resumes', async () => {
    const { zoom } = fixture;
    zoom.switches.serverErrors = 2;
    for (let i = 0; i < 2; i++) {
      const response = await apiCall(zoom, '/users/me', { token });
      expect(response.status).toBe(503);
      expect(response.json).toMatchObject({ code: 503 });
    }
    expect(zoom.switches.serverErrors).toBe(0);
    expect((await apiCall(zoom, '/users/me', { token })).status).toBe(200);
  });

  it('fault switches leave the OAuth host alone', async () => {
    const { zoom } = fixture;
    zoom.switches.serverErrors = 5;
    zoom.switches.rateLimit = { remaining: 5, retryAfter: 'none' };
    const tokens = await exchangeCode(zoom, await signIn(zoom, { username: 'zed@example.com' }));
    expect(tokens.status).toBe(200);
    expect(zoom.switches.serverErrors).toBe(5);
  });

  it('slowMs delays API responses', async () => {
    const { zoom } = fixture;
    zoom.switches.slowMs = 250;
    const started = performance.now();
    expect((await apiCall(zoom, '/users/me', { token })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('malformedJson: 200 and 201 bodies are not JSON (the meeting is still created); errors stay JSON', async () => {
    const { zoom } = fixture;
    zoom.switches.malformedJson = true;
    const me = await apiCall(zoom, '/users/me', { token });
    expect(me.status).toBe(200);
    expect(me.headers.get('content-type')).toContain('application/json');
    expect(isJson(me.text)).toBe(false);

    const before = zoom.meetings().length;
    const created = await createMeeting(zoom, token, { topic: 'cut off', duration: 30 });
    expect(created.status).toBe(201);
    expect(isJson(created.text)).toBe(false);
    expect(zoom.meetings().length).toBe(before + 1);

    const denied = await apiCall(zoom, '/users/me');
    expect(isJson(denied.text)).toBe(true);
  });
});
