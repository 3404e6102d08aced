import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../support/browser-host-fixture.js';
import { rawRequest } from '../support/raw-http.js';

let app: AppUnderTest;
let origin: string;
let secret: string;
beforeAll(async () => {
  app = await startAppUnderTest();
  origin = app.host.origin;
  secret = new URL(app.host.appUrl).hash.replace('#bridge=', '');
});
afterAll(() => app.close());

const call = (name: string, headers: Record<string, string>, body = '{"args":[]}') =>
  rawRequest(`${origin}/bridge/call/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const good = () => ({ host: new URL(origin).host, origin, authorization: `Bearer ${secret}` });

describe('browser host bridge security', () => {
  it('binds 127.0.0.1 only and hands out a long random secret in the fragment', () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it('answers its own page’s calls', async () => {
    const response = await call('listConnections', good());
    expect(response.status).toBe(200);
    const result = JSON.parse(response.body) as { ok: boolean; value: { id: string; status: string }[] };
    expect(result.ok).toBe(true);
    expect(result.value.map((view) => view.id)).toEqual(['superoffice', 'zoom', 'google', 'teams', 'webex', 'jitsi']);
    expect(result.value[0]).toMatchObject({ id: 'superoffice', status: 'disconnected' });
  });

  it.each([
    ['no secret', { authorization: '' }, 401],
    ['a wrong secret', { authorization: 'Bearer wrong-secret-of-some-length-0123456789abcdef' }, 401],
    ['the secret as a cookie instead', { authorization: '', cookie: `bridge=${'x'}` }, 401],
    ['a foreign Origin', { origin: 'https://evil.example' }, 403],
    ['a look-alike Origin', { origin: 'http://127.0.0.1.evil.example' }, 403],
    ['no Origin', { origin: '' }, 403],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 403],
    ['a foreign Host (DNS rebinding)', { host: 'evil.example' }, 403],
    ['localhost instead of 127.0.0.1', { host: `localhost:${new URL('http://x').port || '1'}` }, 403],
  ])('refuses a call with %s', async (_name, override, status) => {
    const headers: Record<string, string> = { ...good(), ...override };
    for (const [key, value] of Object.entries(headers)) if (value === '') delete headers[key];
    const response = await call('listConnections', headers);
    expect(response.status).toBe(status);
    expect(response.body).not.toContain('superoffice');
  });

  it('refuses the event stream without the secret', async () => {
    const response = await rawRequest(`${origin}/bridge/events`, { method: 'POST', headers: { host: new URL(origin).host, origin } });
    expect(response.status).toBe(401);
  });

  it('refuses a page load with a foreign Host', async () => {
    expect((await rawRequest(`${origin}/`, { headers: { host: 'attacker.example' } })).status).toBe(403);
  });

  it('validates call names and arguments after authentication', async () => {
    expect(JSON.parse((await call('deleteEverything', good())).body)).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect(JSON.parse((await call('connect', good(), '{"args":["nope"]}')).body)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect((await call('connect', good(), '{"args":')).status).toBe(400);
    expect((await call('connect', { ...good(), 'content-type': 'text/plain' })).status).toBe(400);
    expect((await call('connect', good(), JSON.stringify({ args: ['x'.repeat(70_000)] }))).status).toBe(413);
  });

  it('serves only the built renderer files, with a strict CSP', async () => {
    const index = await rawRequest(`${origin}/`);
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(index.body).toContain('<script src="./bridge.js"></script>');
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/bridge/../../etc/passwd', '/index.html.map', '/main.ts']) {
      expect((await rawRequest(`${origin}${path}`)).status).toBe(404);
    }
    expect((await rawRequest(`${origin}/`, { method: 'PUT' })).status).toBe(405);
  });
});
