import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSwitches } from '../../../main/sandbox/webex/switches.js';
import { useWebex } from './support/webex-fixture.js';
import { api, meetingBody, signInForTokens } from './support/webex-oauth.js';

const webex = useWebex();
let token: string;
beforeAll(async () => {
  token = (await signInForTokens(webex())).access_token;
});

const me = () => api(webex(), 'GET', '/people/me', token);

describe('switches', () => {
  it('start at their defaults', () => {
    expect(webex().switches).toEqual(defaultSwitches());
    expect(webex().switches.rateLimit).toBeNull();
  });

  it.each([
    ['seconds', /^3$/],
    ['http-date', /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/],
    ['iso-date', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/],
  ] as const)("rateLimit with retryAfter '%s' → the next N calls get 429 with that Retry-After", async (form, pattern) => {
    webex().switches.rateLimit = { remaining: 2, retryAfter: form };
    for (let i = 0; i < 2; i++) {
      const response = await me();
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toMatch(pattern);
      expect(response.json).toMatchObject({ message: 'Too Many Requests', trackingId: response.headers.get('trackingid') });
    }
    expect(webex().switches.rateLimit?.remaining).toBe(0);
    expect((await me()).status).toBe(200);
  });

  it("rateLimit with retryAfter 'none' → 429 without Retry-After", async () => {
    webex().switches.rateLimit = { remaining: 1, retryAfter: 'none' };
    const response = await me();
    expect(response.status).toBe(429);
    expect(response.headers.has('retry-after')).toBe(false);
  });

  it('rateLimit applies to meeting creation too, and a refused create creates nothing', async () => {
    webex().switches.rateLimit = { remaining: 1, retryAfter: 'seconds' };
    expect((await api(webex(), 'POST', '/meetings', token, meetingBody())).status).toBe(429);
    expect(webex().meetings()).toHaveLength(0);
  });

  it('serverErrors → the next N calls get 503 with the Webex body, then calls succeed', async () => {
    webex().switches.serverErrors = 2;
    for (let i = 0; i < 2; i++) {
      const response = await me();
      expect(response.status).toBe(503);
      expect(response.json.errors).toEqual([{ description: response.json.message }]);
    }
    expect(webex().switches.serverErrors).toBe(0);
    expect((await me()).status).toBe(200);
  });

  it('slowMs delays REST responses', async () => {
    webex().switches.slowMs = 300;
    const started = performance.now();
    expect((await me()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('malformedJson → 200 responses claim JSON and are not; errors and 204s are unaffected', async () => {
    webex().switches.malformedJson = true;
    const response = await me();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(() => JSON.parse(response.text)).toThrow();
    expect((await api(webex(), 'GET', '/people/me', undefined)).json.message).toBeDefined();
    const created = await api(webex(), 'POST', '/meetings', token, meetingBody());
    expect(created.status).toBe(200);
    const [meeting] = webex().meetings();
    expect((await api(webex(), 'DELETE', `/meetings/${meeting?.id ?? ''}`, token)).status).toBe(204);
  });

  it('the token endpoint is not affected by the REST fault switches', async () => {
    webex().switches.serverErrors = 5;
    webex().switches.rateLimit = { remaining: 5, retryAfter: 'seconds' };
    expect((await signInForTokens(webex())).access_token).toMatch(/_P0A1_/);
  });
});
