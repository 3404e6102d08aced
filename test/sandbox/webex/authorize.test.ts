import { describe, expect, it } from 'vitest';
import { parseForms } from '../support/html-forms.js';
import { useWebex } from './support/webex-fixture.js';
import { authorizeUrl, callbackParams, newBrowser, REDIRECT_URI, signIn } from './support/webex-oauth.js';

const webex = useWebex();
const WENDY = 'wendy@example.com';
const WILL = 'will@example.com';

describe('authorize: webexapis.com/v1/authorize → identity broker', () => {
  it('redirects to the broker with the query unchanged, and carries a TrackingID', async () => {
    const url = authorizeUrl(webex(), { state: 'a b/c?=&é' });
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(webex().brokerOrigin);
    expect(location.pathname).toBe('/idb/oauth2/v1/authorize');
    expect(location.search).toBe(url.search);
    expect(response.headers.get('trackingid')).toMatch(/^ROUTERGW_/);
  });

  it('signs in, asks for consent and returns a code with state echoed exactly', async () => {
    webex().revokeAll(WENDY);
    const state = 'a b/c?=&é+%';
    const result = await signIn(webex(), { params: { state } });
    expect(result.pages).toEqual(['login', 'consent']);
    const params = callbackParams(result);
    expect(result.landing.kind === 'callback' && result.landing.url.origin + result.landing.url.pathname).toBe(REDIRECT_URI);
    expect(params.get('code')).toMatch(/\S{20,}/);
    expect(params.get('state')).toBe(state);
  });

  it('omits state from the callback when the request had none', async () => {
    const result = await signIn(webex(), { params: { state: undefined } });
    expect(callbackParams(result).has('state')).toBe(false);
  });

  it('skips the sign-in form with a broker session and consent once given; revokeAll brings consent back', async () => {
    const browser = newBrowser(webex());
    webex().revokeAll(WILL);
    expect((await signIn(webex(), { browser, email: WILL })).pages).toEqual(['login', 'consent']);
    const again = await signIn(webex(), { browser, email: WILL });
    expect(again.pages).toEqual([]);
    expect(callbackParams(again).get('code')).not.toBeNull();
    webex().revokeAll(WILL);
    expect((await signIn(webex(), { browser, email: WILL })).pages).toEqual(['consent']);
  });

  it('Deny → error=access_denied with state, and no code', async () => {
    webex().revokeAll(WILL);
    const result = await signIn(webex(), { email: WILL, consent: 'deny', params: { state: 'deny-1' } });
    const params = callbackParams(result);
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('state')).toBe('deny-1');
    expect(params.has('code')).toBe(false);
  });

  it('integrationBlockedByOrg → access_denied naming the administrator, before any consent', async () => {
    webex().revokeAll(WENDY);
    webex().switches.integrationBlockedByOrg = true;
    const result = await signIn(webex(), { params: { state: 's-blocked' } });
    expect(result.pages).toEqual(['login']);
    const params = callbackParams(result);
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('error_description')).toMatch(/administrator has not allowed this integration/);
    expect(params.get('state')).toBe('s-blocked');
  });
});

describe('the sign-in and consent pages', () => {
  it('the sign-in page is a real form labelled Email and Password, marked SANDBOX, listing users, under a CSP', async () => {
    const landing = await newBrowser(webex()).navigate(authorizeUrl(webex()));
    if (landing.kind !== 'page') throw new Error('expected the sign-in page');
    expect(landing.status).toBe(200);
    expect(landing.html).toContain('Webex SANDBOX');
    expect(landing.html).toMatch(/<label for="email">Email<\/label>/);
    expect(landing.html).toMatch(/<label for="password">Password<\/label>/);
    const form = parseForms(landing.html).find((candidate) => candidate.buttons.includes('Sign in'));
    expect(form).toBeDefined();
    expect(Object.keys(form?.inputs ?? {})).toEqual(expect.arrayContaining(['email', 'password']));
    for (const user of webex().users) expect(landing.html).toContain(user.email);
    expect(landing.html).toContain('<code>sandbox</code>');
    expect(landing.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(landing.html).not.toMatch(/<script/i);
  });

  it('wrong credentials re-show the form with an error, and the typed email escaped', async () => {
    const browser = newBrowser(webex());
    const landing = await browser.navigate(authorizeUrl(webex()));
    if (landing.kind !== 'page') throw new Error('expected the sign-in page');
    const form = parseForms(landing.html)[0];
    const next = await browser.submit(landing.url, form?.action ?? '', { ...form?.inputs, email: '<b>x</b>"@example.com', password: 'nope' });
    if (next.kind !== 'page') throw new Error('expected the sign-in page again');
    expect(next.html).toContain('The email address or password is incorrect.');
    expect(next.html).toContain('&lt;b&gt;x&lt;/b&gt;&quot;@example.com');
    expect(next.html).not.toContain('<b>x</b>');
    const retry = await browser.submit(next.url, form?.action ?? '', { ...form?.inputs, email: WENDY, password: 'wrong' });
    expect(retry.kind === 'page' && retry.html.includes('Sign in')).toBe(true);
  });

  it('the consent page lists every requested scope with Allow and Deny', async () => {
    webex().revokeAll(WILL);
    const browser = newBrowser(webex());
    const landing = await browser.navigate(authorizeUrl(webex()));
    if (landing.kind !== 'page') throw new Error('expected the sign-in page');
    const form = parseForms(landing.html)[0];
    const consent = await browser.submit(landing.url, form?.action ?? '', { ...form?.inputs, email: WILL, password: 'sandbox' });
    if (consent.kind !== 'page') throw new Error('expected the consent page');
    for (const scope of ['spark:people_read', 'meeting:schedules_write', 'meeting:schedules_read']) expect(consent.html).toContain(scope);
    expect(consent.html).toContain('Read your company directory');
    const buttons = parseForms(consent.html).flatMap((candidate) => candidate.buttons);
    expect(buttons).toEqual(['Allow', 'Deny']);
    expect(consent.html).toContain('Webex SANDBOX');
  });
});

describe('authorize request validation', () => {
  const brokerStatus = async (params: Record<string, string | undefined>) => {
    const landing = await newBrowser(webex()).navigate(authorizeUrl(webex(), params));
    return landing;
  };

  it.each([
    ['an unknown client_id', { client_id: 'Cnope' }],
    ['no redirect_uri', { redirect_uri: undefined }],
    ['localhost instead of 127.0.0.1', { redirect_uri: 'http://localhost:53682/webex/callback' }],
    ['another path', { redirect_uri: 'http://127.0.0.1:53682/callback' }],
    ['a trailing slash', { redirect_uri: 'http://127.0.0.1:53682/webex/callback/' }],
    ['https', { redirect_uri: 'https://127.0.0.1:53682/webex/callback' }],
    ['a query string', { redirect_uri: 'http://127.0.0.1:53682/webex/callback?x=1' }],
    ['no port', { redirect_uri: 'http://127.0.0.1/webex/callback' }],
  ])('%s → a 400 error page, never a redirect', async (_label, params) => {
    const landing = await brokerStatus(params);
    expect(landing.kind).toBe('page');
    if (landing.kind === 'page') {
      expect(landing.status).toBe(400);
      expect(landing.html).toContain('Webex SANDBOX');
    }
  });

  it('accepts any loopback port by default; registeredRedirectPort pins one port', async () => {
    const other = 'http://127.0.0.1:61001/webex/callback';
    expect((await signIn(webex(), { params: { redirect_uri: other } })).landing.kind).toBe('callback');
    webex().switches.registeredRedirectPort = 53682;
    expect((await brokerStatus({ redirect_uri: other })).kind).toBe('page');
    expect((await signIn(webex())).landing.kind).toBe('callback');
  });

  it.each([
    ['a scope the integration is not registered for', { scope: 'spark:all' }, 'invalid_scope'],
    ['an empty scope', { scope: '' }, 'invalid_scope'],
    ['response_type=token', { response_type: 'token' }, 'unsupported_response_type'],
    ['no response_type', { response_type: undefined }, 'invalid_request'],
  ])('%s → redirect with error=%s and state', async (_label, params, error) => {
    const landing = await brokerStatus({ ...params, state: 'st-1' });
    expect(landing.kind).toBe('callback');
    if (landing.kind === 'callback') {
      expect(landing.url.searchParams.get('error')).toBe(error);
      expect(landing.url.searchParams.get('state')).toBe('st-1');
    }
  });

  it('a subset of the registered scopes is fine', async () => {
    const result = await signIn(webex(), { params: { scope: 'spark:people_read' } });
    expect(callbackParams(result).get('code')).not.toBeNull();
  });
});
