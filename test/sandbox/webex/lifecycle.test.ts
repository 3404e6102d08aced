import { describe, expect, it } from 'vitest';
import { startWebex } from '../../../main/sandbox/webex/index.js';
import { exchangeCode, signIn } from './support/webex-oauth.js';

describe('startWebex lifecycle', () => {
  it('binds two loopback hosts, logs one line per request without query strings, and closes both', async () => {
    const lines: string[] = [];
    const running = await startWebex((line) => lines.push(line));
    const webex = running.api;
    try {
      expect(webex.apiOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(webex.brokerOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(webex.apiOrigin).not.toBe(webex.brokerOrigin);
      expect(webex.describe()).toEqual({ apiBase: `${webex.apiOrigin}/v1`, clientId: expect.stringMatching(/^C[0-9a-f]{64}$/), clientSecret: expect.any(String) });
      const result = await signIn(webex, { params: { state: 'state-secret-123' } });
      const tokens = await exchangeCode(webex, result);
      expect(tokens.status).toBe(200);
      expect(lines).toContainEqual(expect.stringMatching(/^\[webexapis\] GET \/v1\/authorize → 302/));
      expect(lines).toContainEqual(expect.stringMatching(/^\[idbroker\] POST \/idb\/login → 302/));
      expect(lines).toContainEqual(expect.stringMatching(/^\[webexapis\] POST \/v1\/access_token → 200/));
      const joined = lines.join('\n');
      expect(joined).not.toContain('state-secret-123');
      expect(joined).not.toContain(String(tokens.json.access_token));
      expect(joined).not.toContain('?');
    } finally {
      await running.close();
    }
    await expect(fetch(`${webex.apiOrigin}/v1/people/me`)).rejects.toThrow();
    await expect(fetch(`${webex.brokerOrigin}/idb/login`)).rejects.toThrow();
    await running.close();
  });
});
