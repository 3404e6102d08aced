import { describe, expect, it } from 'vitest';
import { Browser } from '../support/browser.js';
import { formWithButton, parseForms } from '../support/html-forms.js';
import { useZoomSandbox } from './support/setup.js';
import { apiCall, authorizeUrl, codeOf, exchangeCode, REDIRECT_URI, signIn } from './support/zoom-client.js';

const fixture = useZoomSandbox();

describe('authorization code flow', () => {
  it('walks sign-in and consent, redirects to the loopback URI with code and state, and issues Zoom-shaped tokens', async () => {
    const { zoom } = fixture;
    const result = await signIn(zoom);
    expect(result.pages).toEqual(['signin', 'consent']);
    expect(result.landing.kind).toBe('callback');
    const callback = result.landing.kind === 'callback' ? result.landing.url : new URL('http://invalid');
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe(result.state);
    expect(callback.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const tokens = await exchangeCode(zoom, result);
    expect(tokens.status).toBe(200);
    expect(tokens.headers.get('cache-control')).toContain('no-store');
    expect(tokens.json).toMatchObject({
      token_type: 'bearer',
      expires_in: 3599,
      scope: 'user:read:user user:read:settings meeting:read:meeting meeting:write:meeting meeting:delete:meeting meeting:read:list_meetings',
      api_url: zoom.describe().apiBase.replace(/\/v2$/, ''),
    });
    expect(String(tokens.json.access_token).split('.')).toHaveLength(3);
    expect(typeof tokens.json.refresh_token).toBe('string');
    expect(tokens.json.refresh_token).not.toBe(tokens.json.access_token);

    const me = await apiCall(zoom, '/users/me', { token: String(tokens.json.access_token) });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ email: 'zoe@example.com', first_name: 'Zoe', last_name: 'Zoom' });
  });

  it('signs in the user who typed their e-mail (case-insensitively)', async () => {
    const { zoom } = fixture;
    const result = await signIn(zoom, { username: 'ZED@example.com' });
    const tokens = await exchangeCode(zoom, result);
    const me = await apiCall(zoom, '/users/me', { token: String(tokens.json.access_token) });
    expect(me.json.email).toBe('zed@example.com');
    expect(me.json.display_name).toBe('Zed Zimmermann');
  });

  it('shows a real sign-in form marked as the Zoom SANDBOX, listing users and password, with a CSP and no scripts', async () => {
    const { zoom } = fixture;
    const browser = new Browser(zoom.describe().oauthOrigin);
    const landing = await browser.navigate(authorizeUrl(zoom, {}));
    if (landing.kind !== 'page') throw new Error('expected the sign-in page');
    expect(landing.status).toBe(200);
    expect(landing.html).toContain('Zoom SANDBOX');
    expect(landing.html).toMatch(/<label for="email">Email<\/label>/);
    expect(landing.html).toMatch(/<label for="password">Password<\/label>/);
    expect(landing.html).toContain('zoe@example.com');
    expect(landing.html).toContain('zed@example.com');
    expect(landing.html).toContain('<code>sandbox</code>');
    expect(landing.html).not.toMatch(/<script/i);
    expect(landing.headers.get('content-security-policy')).toContain("default-src 'none'");
    const form = formWithButton(landing.html, 'Sign in');
    expect(form?.method).toBe('post');
    expect(form?.inputs).toHaveProperty('email');
    expect(form?.inputs).toHaveProperty('password');
  });

  it('re-shows the form with an error for a wrong password and escapes what was typed', async () => {
    const { zoom } = fixture;
    const browser = new Browser(zoom.describe().oauthOrigin);
    const first = await browser.navigate(authorizeUrl(zoom, {}));
    if (first.kind !== 'page') throw new Error('expected the sign-in page');
    const form = formWithButton(first.html, 'Sign in');
    const again = await browser.submit(first.url, form?.action ?? '', { ...form?.inputs, email: '"><script>x</script>', password: 'wrong' });
    if (again.kind !== 'page') throw new Error('expected the sign-in page again');
    expect(again.html).toContain('Incorrect email or password.');
    expect(again.html).not.toContain('<script>x');
    expect(again.html).toContain('&quot;&gt;&lt;script&gt;');
    expect(formWithButton(again.html, 'Sign in')).toBeDefined();
  });

  it('lists the requested scopes on the consent page', async () => {
    const { zoom } = fixture;
    zoom.revokeAll('zed@example.com');
    const browser = new Browser(zoom.describe().oauthOrigin);
    const first = await browser.navigate(authorizeUrl(zoom, { scope: 'user:read:user meeting:write:meeting' }));
    if (first.kind !== 'page') throw new Error('expected the sign-in page');
    const form = formWithButton(first.html, 'Sign in');
    const consent = await browser.submit(first.url, form?.action ?? '', { ...form?.inputs, email: 'zed@example.com', password: 'sandbox' });
    if (consent.kind !== 'page') throw new Error('expected the consent page');
    expect(consent.html).toContain('Zoom SANDBOX');
    expect(consent.html).toContain('user:read:user');
    expect(consent.html).toContain('meeting:write:meeting');
    expect(consent.html).not.toContain('meeting:delete:meeting');
    expect(parseForms(consent.html).flatMap((f) => f.buttons)).toEqual(['Allow', 'Deny']);
  });

  it('redirects with error=access_denied and the state when the user clicks Deny', async () => {
    const { zoom } = fixture;
    zoom.revokeAll('zed@example.com');
    const result = await signIn(zoom, { consent: 'deny', username: 'zed@example.com' });
    expect(result.landing.kind).toBe('callback');
    const url = result.landing.kind === 'callback' ? result.landing.url : new URL('http://invalid');
    expect(url.searchParams.get('error')).toBe('access_denied');
    expect(url.searchParams.get('state')).toBe(result.state);
    expect(url.searchParams.has('code')).toBe(false);
  });

  it('skips sign-in and consent for a signed-in browser whose user already allowed the app', async () => {
    const { zoom } = fixture;
    const first = await signIn(zoom);
    codeOf(first);
    const second = await signIn(zoom, { browser: first.browser });
    expect(second.pages).toEqual([]);
    expect(second.landing.kind).toBe('callback');
    expect((await exchangeCode(zoom, second)).status).toBe(200);
  });

  it('leaves state out of the redirect when the app sent none', async () => {
    const { zoom } = fixture;
    const result = await signIn(zoom, { params: { state: undefined } });
    const url = result.landing.kind === 'callback' ? result.landing.url : new URL('http://invalid');
    expect(url.searchParams.has('state')).toBe(false);
    expect(url.searchParams.get('code')).toBeTruthy();
  });

  it('grants a requested subset of the app scopes and refuses unknown scopes with invalid_scope', async () => {
    const { zoom } = fixture;
    const all = await signIn(zoom, { params: { scope: 'user:read:user user:read:settings meeting:read:meeting meeting:write:meeting meeting:delete:meeting' } });
    expect((await exchangeCode(zoom, all)).json.scope).toBe('user:read:user user:read:settings meeting:read:meeting meeting:write:meeting meeting:delete:meeting');
    const subset = await signIn(zoom, { params: { scope: 'user:read:user' } });
    expect((await exchangeCode(zoom, subset)).json.scope).toBe('user:read:user');

    const unknown = await signIn(zoom, { params: { scope: 'user:read:user recording:read' } });
    const url = unknown.landing.kind === 'callback' ? unknown.landing.url : new URL('http://invalid');
    expect(url.searchParams.get('error')).toBe('invalid_scope');
    expect(url.searchParams.get('state')).toBe(unknown.state);
  });

  it('redirects with unsupported_response_type for anything but code', async () => {
    const { zoom } = fixture;
    const result = await signIn(zoom, { params: { response_type: 'token' } });
    const url = result.landing.kind === 'callback' ? result.landing.url : new URL('http://invalid');
    expect(url.searchParams.get('error')).toBe('unsupported_response_type');
  });

  it('shows an error page (4702) for an unknown client_id and never redirects', async () => {
    const { zoom } = fixture;
    const result = await signIn(zoom, { params: { client_id: 'nope' } });
    expect(result.landing.kind).toBe('page');
    if (result.landing.kind === 'page') {
      expect(result.landing.status).toBe(400);
      expect(result.landing.html).toContain('4702');
    }
  });

  it('refuses a sign-in form replayed from another browser', async () => {
    const { zoom } = fixture;
    const browser = new Browser(zoom.describe().oauthOrigin);
    const first = await browser.navigate(authorizeUrl(zoom, {}));
    if (first.kind !== 'page') throw new Error('expected the sign-in page');
    const form = formWithButton(first.html, 'Sign in');
    const stranger = new Browser(zoom.describe().oauthOrigin);
    const replay = await stranger.submit(first.url, form?.action ?? '', { ...form?.inputs, email: 'zoe@example.com', password: 'sandbox' });
    expect(replay.kind).toBe('page');
    if (replay.kind === 'page') expect(replay.status).toBe(400);
  });
});
