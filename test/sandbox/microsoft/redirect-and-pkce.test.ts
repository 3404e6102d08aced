import { describe, expect, it } from 'vitest';
import { s256 as emulatorS256 } from '../../../main/sandbox/microsoft/pkce.js';
import { Browser } from '../support/browser.js';
import { useMicrosoftSandbox } from './support/fixture.js';
import { authorizeUrl, callbackOf, loopbackRedirect, redeem, signIn } from './support/entra.js';

const sandbox = useMicrosoftSandbox();

async function errorPageFor(params: Record<string, string | undefined>, tenant?: string): Promise<string> {
  const ms = sandbox();
  const landing = await new Browser(ms.describe().authority).navigate(authorizeUrl(ms, params, tenant));
  if (landing.kind !== 'page') throw new Error(`expected an error page, was redirected to ${landing.url.href}`);
  expect(landing.status).toBe(400);
  return landing.html;
}

describe('loopback redirect URIs (Mobile and desktop platform)', () => {
  it('accepts any port on 127.0.0.1 and localhost for the registered path /teams/callback', async () => {
    const ms = sandbox();
    for (const redirect of [loopbackRedirect('127.0.0.1'), loopbackRedirect('127.0.0.1'), loopbackRedirect('localhost')]) {
      const result = await signIn(ms, { params: { redirect_uri: redirect } });
      const callback = callbackOf(result);
      expect(`${callback.origin}${callback.pathname}`).toBe(redirect);
      expect((await redeem(ms, result)).status).toBe(200);
    }
  });

  it('a redirect URI without a path comes back with a trailing slash', async () => {
    const ms = sandbox();
    const redirect = loopbackRedirect('127.0.0.1', '');
    const result = await signIn(ms, { params: { redirect_uri: redirect } });
    expect(callbackOf(result).href.startsWith(`${redirect}/?code=`)).toBe(true);
    expect((await redeem(ms, result)).status).toBe(200);
  });

  it.each([
    ['IPv6 loopback (not supported)', 'http://[::1]:5000/teams/callback'],
    ['path case differs', 'http://127.0.0.1:5000/Teams/callback'],
    ['trailing slash on the path', 'http://127.0.0.1:5000/teams/callback/'],
    ['unregistered path', 'http://127.0.0.1:5000/callback'],
    ['https scheme', 'https://127.0.0.1:5000/teams/callback'],
    ['a query string', 'http://127.0.0.1:5000/teams/callback?x=1'],
    ['another host', 'http://example.com/teams/callback'],
  ])('%s → AADSTS50011 error page, no redirect', async (_name, redirect) => {
    const html = await errorPageFor({ redirect_uri: redirect });
    expect(html).toContain('AADSTS50011');
  });

  it('missing redirect_uri → AADSTS900971 page', async () => {
    expect(await errorPageFor({ redirect_uri: undefined })).toContain('AADSTS900971');
  });

  it('unknown client_id → AADSTS700016 page; unknown tenant → AADSTS90002 page; /consumers → AADSTS9002332 page', async () => {
    expect(await errorPageFor({ client_id: '11111111-2222-3333-4444-555555555555' })).toContain('AADSTS700016');
    expect(await errorPageFor({}, 'fabrikam.example')).toContain('AADSTS90002');
    expect(await errorPageFor({}, 'consumers')).toContain('AADSTS9002332');
  });

  it('works on the tenant id and on common too', async () => {
    const ms = sandbox();
    for (const tenant of [ms.tenantId, 'common']) {
      const result = await signIn(ms, { tenant });
      expect(callbackOf(result).searchParams.get('code')).toBeTruthy();
    }
  });

  it.each([
    ['localhost instead of 127.0.0.1', (uri: string) => uri.replace('127.0.0.1', 'localhost')],
    ['another port', (uri: string) => uri.replace(/:\d+\//, ':1/')],
    ['no path', (uri: string) => uri.replace('/teams/callback', '')],
  ])('token request with a different (still registered) redirect_uri: %s → invalid_grant AADSTS70000', async (_name, change) => {
    const ms = sandbox();
    const result = await signIn(ms);
    const response = await redeem(ms, result, { redirect_uri: change(result.redirectUri) });
    expect(response.status).toBe(400);
    expect(response.json.error).toBe('invalid_grant');
    expect(response.json.error_codes).toEqual([70000]);
  });

  it('token request with an unregistered redirect_uri → AADSTS50011; without one → AADSTS900144', async () => {
    const ms = sandbox();
    const result = await signIn(ms);
    expect((await redeem(ms, result, { redirect_uri: 'http://[::1]:1/teams/callback' })).json.error_codes).toEqual([50011]);
    expect((await redeem(ms, result, { redirect_uri: '' })).json.error_codes).toEqual([900144]);
    expect((await redeem(ms, result)).status).toBe(200);
  });
});

const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('PKCE (RFC 7636)', () => {
  it('Appendix B: the emulator derives the same challenge, and a code bound to it redeems with the verifier', async () => {
    expect(emulatorS256(VERIFIER)).toBe(CHALLENGE);
    const ms = sandbox();
    const result = await signIn(ms, { params: { code_challenge: CHALLENGE, code_challenge_method: 'S256' } });
    expect((await redeem(ms, result, { code_verifier: VERIFIER })).status).toBe(200);
  });

  it('plain: the verifier equals the challenge', async () => {
    const ms = sandbox();
    const result = await signIn(ms, { params: { code_challenge: VERIFIER, code_challenge_method: 'plain' } });
    expect((await redeem(ms, result, { code_verifier: VERIFIER })).status).toBe(200);
  });

  it('without code_challenge_method Entra assumes plain: an S256 client that forgot the method fails (AADSTS501481)', async () => {
    const ms = sandbox();
    const forgot = await signIn(ms, { params: { code_challenge: CHALLENGE } });
    const response = await redeem(ms, forgot, { code_verifier: VERIFIER });
    expect(response.status).toBe(400);
    expect(response.json.error).toBe('invalid_grant');
    expect(response.json.error_codes).toEqual([501481]);
    // …because the challenge itself is the (plain) verifier.
    expect((await redeem(ms, forgot, { code_verifier: CHALLENGE })).status).toBe(200);
  });

  it('a wrong verifier → invalid_grant AADSTS501481; a missing one → AADSTS50148; the code survives failed attempts', async () => {
    const ms = sandbox();
    const result = await signIn(ms);
    const wrong = await redeem(ms, result, { code_verifier: `${result.verifier ?? ''}x` });
    expect(wrong.json).toMatchObject({ error: 'invalid_grant', error_codes: [501481] });
    const missing = await redeem(ms, result, { code_verifier: '' });
    expect(missing.json).toMatchObject({ error: 'invalid_grant', error_codes: [50148] });
    expect((await redeem(ms, result)).status).toBe(200);
  });

  it.each([
    ['padded (44 chars)', `${CHALLENGE}=`, 'S256', 501491],
    ['too short', CHALLENGE.slice(0, 42), 'S256', 501491],
    ['standard base64 characters', CHALLENGE.replace('-', '+'), 'S256', 90100],
    ['unknown method', CHALLENGE, 'S512', 90100],
  ])('%s challenge → redirect with invalid_request', async (_name, challenge, method, code) => {
    const ms = sandbox();
    const result = await signIn(ms, { params: { code_challenge: challenge, code_challenge_method: method } });
    const callback = callbackOf(result);
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('error_description')).toMatch(new RegExp(`^AADSTS${code}: `));
    expect(callback.searchParams.get('state')).toBe(result.state);
  });

  it('a method without a challenge → invalid_request AADSTS900144', async () => {
    const ms = sandbox();
    const result = await signIn(ms, { noPkce: true, params: { code_challenge_method: 'S256' } });
    expect(callbackOf(result).searchParams.get('error_description')).toMatch(/^AADSTS900144: .*'code_challenge'/);
  });

  it('PKCE is optional for a public desktop client (Entra does not require it)', async () => {
    const ms = sandbox();
    const result = await signIn(ms, { noPkce: true });
    expect((await redeem(ms, result)).status).toBe(200);
  });
});
