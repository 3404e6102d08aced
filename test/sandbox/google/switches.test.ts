import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultSwitches } from '../../../main/sandbox/google/switches.js';
import { calendar, signInForTokens } from './support/google-oauth.js';
import { errorOf } from './support/events.js';
import { startTestGoogle } from './support/start.js';

let google: Awaited<ReturnType<typeof startTestGoogle>>;
let token: string;
beforeAll(async () => {
  google = await startTestGoogle();
  token = (await signInForTokens(google.api)).access_token;
});
afterAll(() => google.close());
afterEach(() => {
  Object.assign(google.api.switches, defaultSwitches());
});

const LIST = '/calendars/primary/events';

describe('switches', () => {
  it('all start off', () => {
    expect(google.api.switches).toEqual({
      accessTokenTtlSeconds: 3600,
      refreshTokenTtlSeconds: null,
      refreshTokenLimit: 100,
      rateLimit: null,
      forbiddenRateLimit: 0,
      serverErrors: 0,
      slowMs: 0,
      malformedJson: false,
      conferencePendingReads: 0,
      conferenceFailure: false,
      listPageLimit: null,
    });
  });

  it('accessTokenTtlSeconds sets the lifetime (the response says one second less, like 3599)', async () => {
    google.api.switches.accessTokenTtlSeconds = 120;
    expect((await signInForTokens(google.api)).expires_in).toBe(119);
  });

  it.each([
    ['seconds', (value: string) => expect(value).toBe('1')],
    [
      'http-date',
      (value: string) => {
        expect(value).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
        expect(Date.parse(value)).toBeGreaterThan(Date.now() - 1000);
      },
    ],
    ['iso-date', (value: string) => expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)],
  ] as const)('rateLimit (%s) → 429 usageLimits/rateLimitExceeded with Retry-After, for `remaining` calls', async (form, check) => {
    google.api.switches.rateLimit = { remaining: 2, retryAfter: form };
    for (let i = 0; i < 2; i++) {
      const response = await calendar(google.api, token, LIST);
      expect(response.status).toBe(429);
      expect(errorOf(response)).toEqual({
        errors: [{ domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' }],
        code: 429,
        message: 'Rate Limit Exceeded',
      });
      check(response.headers.get('retry-after') ?? '');
    }
    expect(google.api.switches.rateLimit).toBeNull();
    expect((await calendar(google.api, token, LIST)).status).toBe(200);
  });

  it("rateLimit with retryAfter 'none' sends no Retry-After (Calendar does not document one)", async () => {
    google.api.switches.rateLimit = { remaining: 1, retryAfter: 'none' };
    const response = await calendar(google.api, token, LIST);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBeNull();
  });

  it('forbiddenRateLimit → 403 usageLimits/rateLimitExceeded (retryable, unlike insufficientPermissions)', async () => {
    google.api.switches.forbiddenRateLimit = 1;
    const response = await calendar(google.api, token, LIST);
    expect(response.status).toBe(403);
    expect(errorOf(response).errors[0]).toEqual({ domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' });
    expect((await calendar(google.api, token, LIST)).status).toBe(200);
  });

  it('serverErrors → 503 backendError for the next N calls', async () => {
    google.api.switches.serverErrors = 2;
    for (let i = 0; i < 2; i++) {
      const response = await calendar(google.api, token, LIST);
      expect(response.status).toBe(503);
      expect(errorOf(response).errors[0]).toMatchObject({ reason: 'backendError' });
    }
    expect((await calendar(google.api, token, LIST)).status).toBe(200);
  });

  it('slowMs delays API responses', async () => {
    google.api.switches.slowMs = 150;
    const started = performance.now();
    expect((await calendar(google.api, token, LIST)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('malformedJson → 200 with a JSON content type and a body that is not JSON (errors stay JSON)', async () => {
    google.api.switches.malformedJson = true;
    const response = await calendar(google.api, token, LIST);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(() => JSON.parse(response.text)).toThrow();
    const unauthorized = await calendar(google.api, 'bad', LIST);
    expect(unauthorized.status).toBe(401);
    expect(() => JSON.parse(unauthorized.text)).not.toThrow();
  });

  it('checks the token before injecting faults: a bad token still gets 401', async () => {
    google.api.switches.serverErrors = 1;
    expect((await calendar(google.api, 'bad', LIST)).status).toBe(401);
    expect(google.api.switches.serverErrors).toBe(1);
  });
});
