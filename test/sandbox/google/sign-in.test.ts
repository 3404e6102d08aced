import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Browser } from '../support/browser.js';
import { formWithButton } from '../support/html-forms.js';
import {
  authorizeUrl,
  callbackOf,
  CALENDAR_EVENTS,
  endpoints,
  exchangeCode,
  signIn,
  signInForTokens,
} from './support/google-oauth.js';
import { startTestGoogle } from './support/start.js';

let google: Awaited<ReturnType<typeof startTestGoogle>>;
beforeAll(async () => {
  google = await startTestGoogle();
});
afterAll(() => google.close());
// Google remembers consent per user and app: start every test as if the app was never authorized.
beforeEach(async () => {
  for (const user of google.api.users) await google.api.revokeAll(user.username);
});

describe('authorization code flow (Google desktop app)', () => {
  it('signs in through the "Sign in" and consent pages and redirects with code, state, scope, authuser=0 and prompt=consent (no iss)', async () => {
    const result = await signIn(google.api);
    expect(result.pages).toEqual(['login', 'consent']);
    const callback = callbackOf(result);
    expect(`${callback.origin}${callback.pathname}`).toBe(result.redirectUri);
    expect(callback.searchParams.get('state')).toBe(result.state);
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(callback.searchParams.get('authuser')).toBe('0');
    expect(callback.searchParams.get('prompt')).toBe('consent');
    expect(callback.searchParams.get('scope')?.split(' ')).toEqual([
      'email',
      'profile',
      CALENDAR_EVENTS,
      'https://www.googleapis.com/auth/userinfo.email',
      'https://www.googleapis.com/auth/userinfo.profile',
      'openid',
    ]);
    expect(callback.searchParams.has('iss')).toBe(false);
  });

  it('answers the code with Google’s token response: expires_in 3599, refresh_token, long scope names, Bearer, id_token', async () => {
    const result = await signIn(google.api, { username: 'gus@example.com' });
    const tokens = await exchangeCode(google.api, result);
    expect(tokens.status).toBe(200);
    expect(tokens.headers.get('cache-control')).toContain('no-store');
    expect(Object.keys(tokens.json)).toEqual(['access_token', 'expires_in', 'refresh_token', 'scope', 'token_type', 'id_token']);
    expect(tokens.json).toMatchObject({ expires_in: 3599, token_type: 'Bearer' });
    expect(String(tokens.json.scope).split(' ').sort()).toEqual(
      [CALENDAR_EVENTS, 'https://www.googleapis.com/auth/userinfo.email', 'https://www.googleapis.com/auth/userinfo.profile', 'openid'].sort(),
    );

    const { issuer, jwks } = await endpoints(google.api);
    const { payload, protectedHeader } = await jwtVerify(String(tokens.json.id_token), createRemoteJWKSet(new URL(jwks)), {
      issuer,
      audience: google.api.describe().clientId,
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({
      sub: '104857600000000000002',
      email: 'gus@example.com',
      email_verified: true,
      name: 'Gus Green',
      given_name: 'Gus',
      family_name: 'Green',
    });
  });

  it('serves userinfo on the token host with a Bearer token; a bad token gets 401 invalid_request "Invalid Credentials"', async () => {
    const tokens = await signInForTokens(google.api);
    const { userinfo } = await endpoints(google.api);
    const response = await fetch(userinfo, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      sub: '104857600000000000001',
      name: 'Gina Google',
      given_name: 'Gina',
      family_name: 'Google',
      picture: 'https://lh3.googleusercontent.com/a/default-user=s96-c',
      email: 'gina@example.com',
      email_verified: true,
    });
    const bad = await fetch(userinfo, { headers: { authorization: 'Bearer nope' } });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({ error: 'invalid_request', error_description: 'Invalid Credentials' });
  });

  it('sends error=access_denied (and the state, nothing else) when the user clicks Deny', async () => {
    const result = await signIn(google.api, { consent: 'deny' });
    const callback = callbackOf(result);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe(result.state);
    expect(callback.searchParams.has('code')).toBe(false);
    expect(callback.searchParams.has('error_description')).toBe(false);
  });

  it('returns no refresh_token without access_type=offline', async () => {
    const result = await signIn(google.api, { params: { access_type: undefined } });
    const tokens = await exchangeCode(google.api, result);
    expect(tokens.status).toBe(200);
    expect(tokens.json.refresh_token).toBeUndefined();
  });

  it('skips consent on a repeat authorization (prompt=none in the redirect) and then returns NO refresh_token', async () => {
    const first = await signIn(google.api, { username: 'gus@example.com' });
    expect((await exchangeCode(google.api, first)).json.refresh_token).toBeDefined();

    const sameBrowser = await signIn(google.api, { browser: first.browser });
    expect(sameBrowser.pages).toEqual([]);
    expect(callbackOf(sameBrowser).searchParams.get('prompt')).toBe('none');
    const again = await exchangeCode(google.api, sameBrowser);
    expect(again.status).toBe(200);
    expect(again.json.refresh_token).toBeUndefined();

    const otherBrowser = await signIn(google.api, { username: 'gus@example.com' });
    expect(otherBrowser.pages).toEqual(['login']);
    expect((await exchangeCode(google.api, otherBrowser)).json.refresh_token).toBeUndefined();
  });

  it('shows consent again and returns a new refresh_token with prompt=consent', async () => {
    const first = await signIn(google.api);
    const forced = await signIn(google.api, { browser: first.browser, params: { prompt: 'consent' } });
    expect(forced.pages).toEqual(['consent']);
    expect(callbackOf(forced).searchParams.get('prompt')).toBe('consent');
    expect(typeof (await exchangeCode(google.api, forced)).json.refresh_token).toBe('string');
  });

  it('lets the user pick another account with prompt=select_account', async () => {
    const first = await signIn(google.api, { username: 'gina@example.com' });
    const switched = await signIn(google.api, { browser: first.browser, username: 'gus@example.com', params: { prompt: 'select_account' } });
    expect(switched.pages[0]).toBe('login');
    const tokens = await exchangeCode(google.api, switched);
    const { userinfo } = await endpoints(google.api);
    const me = (await (await fetch(userinfo, { headers: { authorization: `Bearer ${String(tokens.json.access_token)}` } })).json()) as { email: string };
    expect(me.email).toBe('gus@example.com');
  });

  it('redirects prompt=none without a Google session with error=login_required', async () => {
    const result = await signIn(google.api, { params: { prompt: 'none' } });
    expect(callbackOf(result).searchParams.get('error')).toBe('login_required');
  });

  it('accepts Google’s long names for the identity scopes', async () => {
    const result = await signIn(google.api, {
      params: { scope: `openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile ${CALENDAR_EVENTS}` },
    });
    const tokens = await exchangeCode(google.api, result);
    expect(tokens.status).toBe(200);
    expect(String(tokens.json.scope)).toContain('https://www.googleapis.com/auth/userinfo.email');
  });

  it('accepts any loopback redirect URI a desktop client may use: 127.0.0.1 on any port and path, localhost and [::1]', async () => {
    for (const redirectUri of ['http://127.0.0.1:1/', 'http://127.0.0.1:65000/a/b?c=d', 'http://127.0.0.1/cb', 'http://localhost:8123/cb', 'http://[::1]:8123/cb']) {
      const result = await signIn(google.api, { params: { redirect_uri: redirectUri } });
      const callback = callbackOf(result);
      expect(callback.href.startsWith(redirectUri.split('?')[0] ?? ''), callback.href).toBe(true);
      expect((await exchangeCode(google.api, result)).status, redirectUri).toBe(200);
    }
  });

  it('never logs query strings (codes, tokens) and binds every host to 127.0.0.1', async () => {
    await signInForTokens(google.api);
    const { issuer, calendarApiBase } = google.api.describe();
    const { token } = await endpoints(google.api);
    for (const origin of [issuer, calendarApiBase, token]) expect(new URL(origin).hostname).toBe('127.0.0.1');
    expect(google.lines.some((line) => line.includes('POST /token → 200'))).toBe(true);
    expect(google.lines.filter((line) => /[?&](code|state|token)=/.test(line))).toEqual([]);
  });
});

describe('sign-in and consent pages', () => {
  async function open(params: Record<string, string> = {}) {
    const browser = new Browser(google.api.describe().issuer);
    const landing = await browser.navigate(authorizeUrl(google.api, params));
    if (landing.kind !== 'page') throw new Error('expected a page');
    return { browser, landing };
  }

  it('is a real HTML form labelled Email and Password with a "Sign in" button, marked Google SANDBOX, with the users and password', async () => {
    const { landing } = await open();
    expect(landing.status).toBe(200);
    expect(landing.headers.get('content-type')).toContain('text/html');
    expect(landing.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(landing.html).not.toMatch(/<script/i);
    const form = formWithButton(landing.html, 'Sign in');
    expect(form?.method).toBe('post');
    expect(Object.keys(form?.inputs ?? {}).sort()).toEqual(['email', 'password']);
    expect(landing.html).toContain('<label class="field" for="email">Email</label>');
    expect(landing.html).toContain('<label class="field" for="password">Password</label>');
    expect(landing.html).toContain('Google SANDBOX');
    expect(landing.html).toContain('gina@example.com');
    expect(landing.html).toContain('gus@example.com');
    expect(landing.html).toContain('<code>sandbox</code>');
  });

  it('re-shows the form with an error for a wrong password or an unknown account', async () => {
    const { browser, landing } = await open();
    const form = formWithButton(landing.html, 'Sign in');
    const wrong = await browser.submit(landing.url, form?.action ?? '', { email: 'gina@example.com', password: 'nope' });
    expect(wrong.kind === 'page' && wrong.html.includes('Wrong password')).toBe(true);
    expect(wrong.kind === 'page' && formWithButton(wrong.html, 'Sign in') !== undefined).toBe(true);
    const unknown = await browser.submit(landing.url, form?.action ?? '', { email: 'nobody@example.com', password: 'sandbox' });
    expect(unknown.kind === 'page' && unknown.html.includes('find your Google Account')).toBe(true);
  });

  it('escapes what it echoes (login_hint)', async () => {
    const { landing } = await open({ login_hint: '"><script>alert(1)</script>' });
    expect(landing.html).not.toContain('<script>alert(1)</script>');
    expect(landing.html).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('lists the identity scopes and one ticked checkbox per other scope, with Allow and Deny', async () => {
    const { browser, landing } = await open();
    const login = formWithButton(landing.html, 'Sign in');
    const consent = await browser.submit(landing.url, login?.action ?? '', { email: 'gina@example.com', password: 'sandbox' });
    if (consent.kind !== 'page') throw new Error('expected the consent page');
    const allow = formWithButton(consent.html, 'Allow');
    expect(allow?.inputs).toEqual({ [CALENDAR_EVENTS]: 'on' });
    expect(consent.html).toMatch(/type="checkbox"[^>]*checked/);
    expect(formWithButton(consent.html, 'Deny')).toBeDefined();
    expect(consent.html).toContain('See your primary Google Account email address');
    expect(consent.html).toContain('View and edit events on all your calendars');
  });
});

/** Opens the authorization URL and expects Google's own error page (no redirect to the app). */
async function errorPage(params: Record<string, string | undefined>): Promise<{ status: number; html: string }> {
  const landing = await new Browser(google.api.describe().issuer).navigate(authorizeUrl(google.api, params));
  if (landing.kind !== 'page') throw new Error(`redirected to the app: ${landing.url.href}`);
  return { status: landing.status, html: landing.html };
}

describe('authorization requests Google refuses on its own error page', () => {
  it.each([
    [{ client_id: undefined }, 400, 'invalid_request', 'Missing required parameter: client_id'],
    [{ client_id: 'someone-else.apps.googleusercontent.com' }, 401, 'invalid_client', 'The OAuth client was not found.'],
    [{ redirect_uri: undefined }, 400, 'invalid_request', 'Missing required parameter: redirect_uri'],
    [{ redirect_uri: 'https://example.com/callback' }, 400, 'redirect_uri_mismatch', 'redirect_uri=https://example.com/callback'],
    [{ redirect_uri: 'https://127.0.0.1:8000/cb' }, 400, 'redirect_uri_mismatch', 'OAuth 2.0 policy'],
    [{ redirect_uri: 'http://192.168.1.2:8000/cb' }, 400, 'redirect_uri_mismatch', 'OAuth 2.0 policy'],
    [{ response_type: undefined }, 400, 'invalid_request', 'Required parameter is missing: response_type'],
    [{ scope: undefined }, 400, 'invalid_request', 'Missing required parameter: scope'],
    [{ scope: `openid ${CALENDAR_EVENTS} https://www.googleapis.com/auth/drive` }, 400, 'invalid_scope', 'https://www.googleapis.com/auth/drive'],
    [{ access_type: 'forever' }, 400, 'invalid_request', 'Invalid access_type: forever'],
    [{ prompt: 'login' }, 400, 'invalid_request', 'Invalid prompt: login'],
  ])('%j → %i %s', async (params, status, error, text) => {
    const page = await errorPage(params);
    expect(page.status).toBe(status);
    expect(page.html).toContain(`Error ${status}: ${error}`);
    expect(page.html).toContain(text);
  });

  it('redirects other protocol errors to the app (unsupported response_type)', async () => {
    const landing = await new Browser(google.api.describe().issuer).navigate(authorizeUrl(google.api, { response_type: 'token' }));
    expect(landing.kind).toBe('callback');
    // response_type=token answers in the fragment.
    if (landing.kind === 'callback') expect(new URLSearchParams(landing.url.hash.slice(1)).get('error')).toBe('unsupported_response_type');
  });
});

describe('discovery and hosts', () => {
  it('publishes Google’s document at both well-known paths, each endpoint on its own host', async () => {
    const { issuer, calendarApiBase } = google.api.describe();
    const doc = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    const rfc8414 = (await (await fetch(`${issuer}/.well-known/oauth-authorization-server`)).json()) as Record<string, unknown>;
    expect(rfc8414).toEqual(doc);
    expect(doc.issuer).toBe(issuer);
    expect(doc.authorization_endpoint).toBe(`${issuer}/o/oauth2/v2/auth`);
    const oauth = new URL(String(doc.token_endpoint)).origin;
    expect(oauth).not.toBe(issuer);
    expect(doc.token_endpoint).toBe(`${oauth}/token`);
    expect(doc.revocation_endpoint).toBe(`${oauth}/revoke`);
    expect(doc.userinfo_endpoint).toBe(`${oauth}/v1/userinfo`);
    const apis = new URL(calendarApiBase).origin;
    expect(calendarApiBase).toBe(`${apis}/calendar/v3`);
    expect(doc.jwks_uri).toBe(`${apis}/oauth2/v3/certs`);
    expect(doc.code_challenge_methods_supported).toEqual(['plain', 'S256']);
    expect(doc.token_endpoint_auth_methods_supported).toEqual(['client_secret_post', 'client_secret_basic']);
    expect(doc.grant_types_supported).toEqual(['authorization_code', 'refresh_token']);
    expect(doc.id_token_signing_alg_values_supported).toEqual(['RS256']);
    const jwks = (await (await fetch(String(doc.jwks_uri))).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]?.d).toBeUndefined();
  });

  it('serves each endpoint only on its host', async () => {
    const { issuer, calendarApiBase } = google.api.describe();
    const doc = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<string, string>;
    const oauth = new URL(doc.token_endpoint ?? '').origin;
    const apis = new URL(calendarApiBase).origin;
    expect((await fetch(`${issuer}/token`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${oauth}/o/oauth2/v2/auth`)).status).toBe(404);
    expect((await fetch(`${oauth}/.well-known/openid-configuration`)).status).toBe(404);
    expect((await fetch(`${apis}/token`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${issuer}/oauth2/v3/certs`)).status).toBe(404);
  });
});
