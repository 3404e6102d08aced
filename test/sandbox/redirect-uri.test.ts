import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../main/sandbox/server.js';
import { exchangeCode, signIn } from './support/oauth.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

describe('redirect URI rule: SuperOffice native-app regex ^http://127.0.0.1\\:\\d{4,10}$', () => {
  it.each(['http://127.0.0.1:8000', 'http://127.0.0.1:53682', 'http://127.0.0.1:1024', 'http://127.0.0.1:65535'])(
    'accepts %s',
    async (redirectUri) => {
      const result = await signIn(sandbox.superoffice, { params: { redirect_uri: redirectUri } });
      expect(result.landing.kind).toBe('callback');
      expect(result.landing.kind === 'callback' ? result.landing.url.origin : '').toBe(redirectUri);
    },
  );

  it.each([
    ['a path', 'http://127.0.0.1:8000/callback'],
    ['a trailing slash', 'http://127.0.0.1:8000/'],
    ['localhost', 'http://localhost:8000'],
    ['IPv6 loopback', 'http://[::1]:8000'],
    ['a 3-digit port', 'http://127.0.0.1:800'],
    ['no port', 'http://127.0.0.1'],
    ['https', 'https://127.0.0.1:8000'],
    ['a query', 'http://127.0.0.1:8000?x=1'],
    ['a non-existent port', 'http://127.0.0.1:99999'],
    ['another host', 'http://127.0.0.2:8000'],
    ['an external site', 'https://evil.example'],
  ])('rejects %s (%s) at the authorize endpoint with an error page, never a redirect', async (_label, redirectUri) => {
    const result = await signIn(sandbox.superoffice, { params: { redirect_uri: redirectUri } });
    expect(result.landing.kind).toBe('page');
    if (result.landing.kind !== 'page') return;
    expect(result.landing.status).toBe(400);
    expect(result.landing.html).toContain('redirect_uri');
    expect(result.pages).toEqual([]);
  });

  it('rejects a missing redirect_uri (no single-registered-URI shortcut)', async () => {
    const result = await signIn(sandbox.superoffice, { params: { redirect_uri: undefined } });
    expect(result.landing.kind).toBe('page');
    expect(result.landing.kind === 'page' ? result.landing.status : 0).toBe(400);
  });

  it.each([
    ['a trailing slash', 'http://127.0.0.1:53682/'],
    ['localhost', 'http://localhost:53682'],
    ['another port', 'http://127.0.0.1:53683'],
  ])('requires the exact same redirect_uri string at the token endpoint (%s fails)', async (_label, other) => {
    const so = sandbox.superoffice;
    const result = await signIn(so, { params: { redirect_uri: 'http://127.0.0.1:53682' } });
    const response = await exchangeCode(so, result, { redirect_uri: other });
    expect(response.status).toBe(400);
    expect(response.json.error).toBe('invalid_grant');
  });

  it('rejects a token request without redirect_uri', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so);
    const code = result.landing.kind === 'callback' ? (result.landing.url.searchParams.get('code') ?? '') : '';
    const { tokenRequest } = await import('./support/oauth.js');
    const response = await tokenRequest(so, { grant_type: 'authorization_code', code, code_verifier: result.verifier ?? '' });
    expect(response.status).toBe(400);
    expect(response.json.error).toBe('invalid_request');
  });
});
