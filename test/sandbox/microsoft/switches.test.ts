import { describe, expect, it } from 'vitest';
import { startMicrosoft } from '../../../main/sandbox/microsoft/index.js';
import { defaultSwitches } from '../../../main/sandbox/microsoft/switches.js';
import { useMicrosoftSandbox } from './support/fixture.js';
import { graph, graphError, signInForTokens } from './support/entra.js';

const sandbox = useMicrosoftSandbox();

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('switches', () => {
  it('start at their defaults, and the app has not called revokeSignInSessions', () => {
    const ms = sandbox();
    expect(ms.switches).toEqual(defaultSwitches());
    expect(ms.switches).toEqual({
      accessTokenTtlSeconds: 3600,
      rateLimit: null,
      serverErrors: 0,
      slowMs: 0,
      malformedJson: false,
      refreshExpired: false,
      grantRevoked: false,
      consentRequired: false,
      personalAccount: false,
      onlineMeetingNullReads: 0,
    });
    expect(ms.revokeSignInSessionsCalls).toBe(0);
  });

  it("rateLimit 'seconds' → the next N calls get 429 TooManyRequests with Retry-After in seconds, then it clears", async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    ms.switches.rateLimit = { remaining: 2, retryAfter: 'seconds', seconds: 7 };
    for (let i = 0; i < 2; i++) {
      const response = await graph(ms, 'GET', '/me', access_token);
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
      expect(graphError(response).code).toBe('TooManyRequests');
    }
    expect(ms.switches.rateLimit).toBeNull();
    expect((await graph(ms, 'GET', '/me', access_token)).status).toBe(200);
  });

  it("rateLimit 'http-date' / 'iso-date' / 'none' and the activityLimitReached code", async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    ms.switches.rateLimit = { remaining: 1, retryAfter: 'http-date', seconds: 30 };
    const httpDate = (await graph(ms, 'GET', '/me', access_token)).headers.get('retry-after') ?? '';
    expect(httpDate).toMatch(/^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$/);
    expect(Date.parse(httpDate) - Date.now()).toBeGreaterThan(25_000);
    ms.switches.rateLimit = { remaining: 1, retryAfter: 'iso-date' };
    expect((await graph(ms, 'GET', '/me', access_token)).headers.get('retry-after')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    ms.switches.rateLimit = { remaining: 1, retryAfter: 'none', code: 'activityLimitReached' };
    const none = await graph(ms, 'GET', '/me', access_token);
    expect(none.status).toBe(429);
    expect(none.headers.get('retry-after')).toBeNull();
    expect(graphError(none).code).toBe('activityLimitReached');
  });

  it('serverErrors → 503 serviceNotAvailable with Retry-After, then normal', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    ms.switches.serverErrors = 1;
    const failed = await graph(ms, 'GET', '/me', access_token);
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('1');
    expect(graphError(failed).code).toBe('serviceNotAvailable');
    expect(ms.switches.serverErrors).toBe(0);
    expect((await graph(ms, 'GET', '/me', access_token)).status).toBe(200);
  });

  it('slowMs delays Graph responses', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    ms.switches.slowMs = 250;
    const started = performance.now();
    expect((await graph(ms, 'GET', '/me', access_token)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('malformedJson → 200/201 bodies are not JSON (the meeting is still created)', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    ms.switches.malformedJson = true;
    const me = await graph(ms, 'GET', '/me', access_token);
    expect(me.status).toBe(200);
    expect(me.headers.get('content-type')).toContain('application/json');
    expect(isJson(me.text)).toBe(false);
    const before = ms.meetings().length;
    const created = await graph(ms, 'POST', '/me/onlineMeetings', access_token, { subject: 'x' });
    expect(created.status).toBe(201);
    expect(isJson(created.text)).toBe(false);
    expect(ms.meetings()).toHaveLength(before + 1);
    // Errors stay JSON.
    expect(isJson((await graph(ms, 'GET', '/me', 'not-a-jwt')).text)).toBe(true);
  });
});

describe('listeners', () => {
  it('log one line per request without query strings, and close promptly even with a slow response pending', async () => {
    const lines: string[] = [];
    const running = await startMicrosoft((line) => lines.push(line));
    const ms = running.api;
    const { access_token } = await signInForTokens(ms, { params: { state: 'secret-state-value' } });
    await graph(ms, 'GET', '/me?$select=id', access_token);
    expect(lines.some((line) => line.startsWith('[ms-login] GET /organizations/oauth2/v2.0/authorize → 200'))).toBe(true);
    expect(lines.some((line) => line.startsWith('[ms-login] POST /organizations/oauth2/v2.0/token → 200'))).toBe(true);
    expect(lines.some((line) => line.startsWith('[ms-graph] GET /v1.0/me → 200'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/secret-state-value|code=|\$select|\?/);
    ms.switches.slowMs = 10_000;
    const pending = graph(ms, 'GET', '/me', access_token).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await running.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    await pending;
  });
});
