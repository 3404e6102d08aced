import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { Browser } from '../support/browser.js';
import { parseForms } from '../support/html-forms.js';
import { useMicrosoftSandbox } from './support/fixture.js';
import { authorizeUrl, callbackOf, classify, loopbackRedirect, redeem, signIn } from './support/entra.js';

const sandbox = useMicrosoftSandbox();

const TRACE = /^AADSTS\d+: .+\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: [0-9a-f-]{36}\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/s;

describe('authorization code flow (public client, S256)', () => {
  it('walks Sign in → Permissions requested → 127.0.0.1:{port}/teams/callback with code, state and session_state', async () => {
    const ms = sandbox();
    ms.revokeAll('megan@contoso.example');
    const result = await signIn(ms, { params: { nonce: 'n-0S6_WzA2Mj' } });
    expect(result.pages).toEqual(['login', 'consent']);
    const callback = callbackOf(result);
    expect(`${callback.origin}${callback.pathname}`).toBe(result.redirectUri);
    expect(callback.searchParams.get('state')).toBe(result.state);
    expect(callback.searchParams.get('code')).toMatch(/^0\.A/);
    expect(callback.searchParams.get('session_state')).toMatch(/^[0-9a-f-]{36}$/);

    const tokens = await redeem(ms, result);
    expect(tokens.status).toBe(200);
    expect(tokens.headers.get('cache-control')).toContain('no-store');
    expect(tokens.json).toMatchObject({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599 });
    expect(tokens.json.scope).toBe('Calendars.ReadWrite OnlineMeetings.ReadWrite User.Read profile openid');
    expect(Object.keys(tokens.json).sort()).toEqual(['access_token', 'expires_in', 'ext_expires_in', 'id_token', 'refresh_token', 'scope', 'token_type']);
  });

  it('signs the id_token with a key from the keys endpoint; iss carries the real tenant id, not the template', async () => {
    const ms = sandbox();
    const d = ms.describe();
    const result = await signIn(ms, { params: { nonce: 'abc123' } });
    const tokens = await redeem(ms, result);
    const jwks = createRemoteJWKSet(new URL(`${d.authority}/organizations/discovery/v2.0/keys`));
    const { payload, protectedHeader } = await jwtVerify(String(tokens.json.id_token), jwks, {
      issuer: `${d.authority}/${ms.tenantId}/v2.0`,
      audience: d.clientId,
      algorithms: ['RS256'],
    });
    expect(protectedHeader.kid).toBeTruthy();
    expect(payload).toMatchObject({
      tid: ms.tenantId,
      ver: '2.0',
      nonce: 'abc123',
      name: 'Megan Bowen',
      preferred_username: 'megan@contoso.example',
      oid: '8c7b6a59-4d3e-4f21-9e8d-0000000e6a11',
    });
    expect(payload.email).toBeUndefined();
  });

  it('issues a Graph access token (aud Graph, scp) that carries a nonce header, so it cannot be verified by the app', async () => {
    const ms = sandbox();
    const tokens = await redeem(ms, await signIn(ms));
    const token = String(tokens.json.access_token);
    expect(decodeJwt(token)).toMatchObject({
      aud: '00000003-0000-0000-c000-000000000000',
      iss: `https://sts.windows.net/${ms.tenantId}/`,
      scp: 'Calendars.ReadWrite OnlineMeetings.ReadWrite User.Read profile openid',
      upn: 'megan@contoso.example',
      ver: '1.0',
    });
    expect(decodeProtectedHeader(token).nonce).toBeTruthy();
  });

  it('uses single sign-on: the same browser skips the login page (and consent once given)', async () => {
    const ms = sandbox();
    const first = await signIn(ms);
    expect(first.pages).toEqual(['login']);
    const second = await signIn(ms, { browser: first.browser });
    expect(second.pages).toEqual([]);
    expect(callbackOf(second).searchParams.get('code')).toBeTruthy();
  });

  it('prompt=login asks for the password again; prompt=consent shows the consent page again', async () => {
    const ms = sandbox();
    const first = await signIn(ms);
    expect((await signIn(ms, { browser: first.browser, params: { prompt: 'login' } })).pages).toEqual(['login']);
    expect((await signIn(ms, { browser: first.browser, params: { prompt: 'consent' } })).pages).toEqual(['consent']);
  });

  it('prompt=none: login_required without a session, a code with one', async () => {
    const ms = sandbox();
    const silent = await signIn(ms, { params: { prompt: 'none' } });
    const denied = callbackOf(silent);
    expect(denied.searchParams.get('error')).toBe('login_required');
    expect(denied.searchParams.get('error_description')).toMatch(/^AADSTS50058: /);
    expect(denied.searchParams.get('state')).toBe(silent.state);
    const first = await signIn(ms);
    const again = await signIn(ms, { browser: first.browser, params: { prompt: 'none' } });
    expect(callbackOf(again).searchParams.get('code')).toBeTruthy();
  });

  it('prompt=none for a user who has not consented → consent_required AADSTS65001', async () => {
    const ms = sandbox();
    const first = await signIn(ms, { username: 'adele@contoso.example', params: { scope: 'openid' } });
    expect(first.pages).toEqual(['login', 'consent']);
    const silent = await signIn(ms, { browser: first.browser, params: { prompt: 'none' } });
    expect(callbackOf(silent).searchParams.get('error')).toBe('consent_required');
    expect(callbackOf(silent).searchParams.get('error_description')).toMatch(/^AADSTS65001: /);
  });

  it('Deny → access_denied, error_subcode=cancel, AADSTS65004 with trace ids, and the state', async () => {
    const ms = sandbox();
    const result = await signIn(ms, { params: { prompt: 'consent' }, consent: 'deny' });
    const callback = callbackOf(result);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('error_subcode')).toBe('cancel');
    expect(callback.searchParams.get('error_description')).toMatch(TRACE);
    expect(callback.searchParams.get('error_description')).toMatch(/^AADSTS65004: User declined to consent to access the app\./);
    expect(callback.searchParams.get('state')).toBe(result.state);
    expect(callback.searchParams.get('code')).toBeNull();
  });

  it('a wrong password re-shows the form with an error; the page is marked SANDBOX and lists users and the password', async () => {
    const ms = sandbox();
    const browser = new Browser(ms.describe().authority);
    const landing = await browser.navigate(authorizeUrl(ms, { login_hint: 'adele@contoso.example' }));
    if (landing.kind !== 'page') throw new Error('expected the login page');
    expect(landing.html).toContain('Microsoft SANDBOX');
    expect(landing.html).toContain('megan@contoso.example');
    expect(landing.html).toContain('<code>sandbox</code>');
    expect(landing.html).toMatch(/<label for="email">Email<\/label>/);
    expect(landing.html).toMatch(/<label for="password">Password<\/label>/);
    expect(landing.html).not.toContain('<script');
    expect(landing.headers.get('content-security-policy')).toContain("default-src 'none'");
    const form = parseForms(landing.html)[0];
    expect(form?.inputs.email).toBe('adele@contoso.example');
    const again = await browser.submit(landing.url, form?.action ?? '', { ...form?.inputs, password: 'wrong' });
    if (again.kind !== 'page') throw new Error('expected the login page again');
    expect(classify(again.html)?.kind).toBe('login');
    expect(again.html).toContain('Your account or password is incorrect');
    expect(again.html).toContain('value="adele@contoso.example"');
  });

  it('escapes what it echoes into the page', async () => {
    const ms = sandbox();
    const browser = new Browser(ms.describe().authority);
    const landing = await browser.navigate(authorizeUrl(ms, { login_hint: '"><script>alert(1)</script>' }));
    if (landing.kind !== 'page') throw new Error('expected the login page');
    expect(landing.html).not.toContain('<script>alert(1)');
    expect(landing.html).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('a form posted from another browser (no cookie) is refused with AADSTS50089', async () => {
    const ms = sandbox();
    const browser = new Browser(ms.describe().authority);
    const landing = await browser.navigate(authorizeUrl(ms, {}));
    if (landing.kind !== 'page') throw new Error('expected the login page');
    const form = parseForms(landing.html)[0];
    const stranger = new Browser(ms.describe().authority);
    const result = await stranger.submit(landing.url, form?.action ?? '', { ...form?.inputs, email: 'megan@contoso.example', password: 'sandbox' });
    expect(result.kind === 'page' && result.status).toBe(400);
    expect(result.kind === 'page' && result.html).toContain('AADSTS50089');
  });

  it('response_mode=fragment puts the code after #; form_post shows a form posting to the redirect URI', async () => {
    const ms = sandbox();
    const first = await signIn(ms, { params: { response_mode: 'fragment' } });
    const hash = new URLSearchParams(callbackOf(first).hash.slice(1));
    expect(hash.get('code')).toBeTruthy();
    expect(hash.get('state')).toBe(first.state);
    const redirect = loopbackRedirect();
    const posted = await signIn(ms, { browser: first.browser, params: { response_mode: 'form_post', redirect_uri: redirect } });
    if (posted.landing.kind !== 'page') throw new Error('expected the form_post page');
    const form = parseForms(posted.landing.html)[0];
    expect(form?.action).toBe(redirect);
    expect(form?.method).toBe('post');
    expect(form?.inputs.code).toBeTruthy();
    expect(form?.inputs.state).toBe(posted.state);
  });

  it('sign-out ends the session: the next request asks for the password', async () => {
    const ms = sandbox();
    const first = await signIn(ms);
    await first.browser.navigate(`${ms.describe().authority}/organizations/oauth2/v2.0/logout`);
    expect((await signIn(ms, { browser: first.browser })).pages).toEqual(['login']);
  });
});

describe('consent', () => {
  it('lists the requested permissions with Allow and Deny; only admins see "Consent on behalf of your organization"', async () => {
    const ms = sandbox();
    for (const [username, admin] of [['megan@contoso.example', false], ['adele@contoso.example', true]] as const) {
      const browser = new Browser(ms.describe().authority);
      const login = await browser.navigate(authorizeUrl(ms, { prompt: 'consent' }));
      if (login.kind !== 'page') throw new Error('expected the login page');
      const form = parseForms(login.html)[0];
      const page = await browser.submit(login.url, form?.action ?? '', { ...form?.inputs, email: username, password: 'sandbox' });
      if (page.kind !== 'page') throw new Error('expected the consent page');
      expect(classify(page.html)?.kind).toBe('consent');
      expect(page.html).toContain('Permissions requested');
      expect(page.html).toContain('Read and create your online meetings');
      expect(page.html).toContain('Have full access to your calendars');
      expect(page.html).toContain('Maintain access to data you have given it access to');
      expect(page.html.includes('Consent on behalf of your organization')).toBe(admin);
    }
  });

  it('consentRequired: a non-admin gets "Need admin approval" with only "Back to app" → access_denied AADSTS65001', async () => {
    const ms = sandbox();
    ms.switches.consentRequired = true;
    ms.revokeAll('megan@contoso.example');
    const result = await signIn(ms);
    expect(result.pages).toEqual(['login', 'admin-approval']);
    const callback = callbackOf(result);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('error_description')).toMatch(/^AADSTS65001: /);
    expect(callback.searchParams.get('state')).toBe(result.state);
  });

  it('the "Need admin approval" page has no Allow, and says so', async () => {
    const ms = sandbox();
    ms.switches.consentRequired = true;
    const browser = new Browser(ms.describe().authority);
    const login = await browser.navigate(authorizeUrl(ms, { prompt: 'consent' }));
    if (login.kind !== 'page') throw new Error('expected the login page');
    const form = parseForms(login.html)[0];
    const page = await browser.submit(login.url, form?.action ?? '', { ...form?.inputs, email: 'megan@contoso.example', password: 'sandbox' });
    if (page.kind !== 'page') throw new Error('expected the admin approval page');
    expect(page.html).toContain('Need admin approval');
    const buttons = parseForms(page.html).flatMap((candidate) => candidate.buttons);
    expect(buttons).not.toContain('Allow');
    expect(buttons).toContain('Back to app');
  });

  it('an admin consenting for herself only does not help megan', async () => {
    const ms = sandbox();
    ms.switches.consentRequired = true;
    const adele = await signIn(ms, { username: 'adele@contoso.example', params: { prompt: 'consent' } });
    expect(adele.pages).toEqual(['login', 'consent']);
    expect(callbackOf(adele).searchParams.get('code')).toBeTruthy();
    expect((await signIn(ms)).pages).toEqual(['login', 'admin-approval']);
  });

  it('an admin consenting on behalf of the organization lets everyone in without a consent page; revokeAdminConsent undoes it', async () => {
    const ms = sandbox();
    ms.switches.consentRequired = true;
    const adele = await signIn(ms, { username: 'adele@contoso.example', consent: 'allow-for-org', params: { prompt: 'consent' } });
    expect(callbackOf(adele).searchParams.get('code')).toBeTruthy();
    const megan = await signIn(ms);
    expect(megan.pages).toEqual(['login']);
    expect(callbackOf(megan).searchParams.get('code')).toBeTruthy();
    ms.revokeAdminConsent();
    expect((await signIn(ms)).pages).toEqual(['login', 'admin-approval']);
  });

  it('"Sign in with another account" from the admin-approval page lets an admin log in and consent', async () => {
    const ms = sandbox();
    ms.switches.consentRequired = true;
    const browser = new Browser(ms.describe().authority);
    const login = await browser.navigate(authorizeUrl(ms, { prompt: 'consent' }));
    if (login.kind !== 'page') throw new Error('expected the login page');
    const loginForm = parseForms(login.html)[0];
    const approval = await browser.submit(login.url, loginForm?.action ?? '', { ...loginForm?.inputs, email: 'megan@contoso.example', password: 'sandbox' });
    if (approval.kind !== 'page') throw new Error('expected the admin approval page');
    const other = parseForms(approval.html).find((form) => form.buttons.includes('Sign in with another account'));
    const relogin = await browser.submit(approval.url, other?.action ?? '', other?.inputs ?? {});
    if (relogin.kind !== 'page') throw new Error('expected the login page');
    expect(classify(relogin.html)?.kind).toBe('login');
    const form = parseForms(relogin.html)[0];
    const consent = await browser.submit(relogin.url, form?.action ?? '', { ...form?.inputs, email: 'adele@contoso.example', password: 'sandbox' });
    if (consent.kind !== 'page') throw new Error('expected the consent page');
    const allow = parseForms(consent.html).find((candidate) => candidate.buttons.includes('Allow'));
    const done = await browser.submit(consent.url, allow?.action ?? '', allow?.inputs ?? {});
    expect(done.kind === 'callback' && done.url.searchParams.get('code')).toBeTruthy();
  });
});

async function get(url: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('describe()', () => {
  it('has exactly the documented shape: authority origin, organizations, a separate Graph listener, the public client id', () => {
    const d = sandbox().describe();
    expect(Object.keys(d).sort()).toEqual(['authority', 'clientId', 'graphBase', 'tenant']);
    expect(d.authority).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(d.tenant).toBe('organizations');
    expect(d.graphBase).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
    expect(new URL(d.graphBase).origin).not.toBe(d.authority);
    expect(d.clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('OpenID configuration', () => {
  it('for organizations: endpoints under the tenant segment, the {tenantid} issuer template, no revocation endpoint', async () => {
    const ms = sandbox();
    const { authority, graphBase } = ms.describe();
    const { status, json } = await get(`${authority}/organizations/v2.0/.well-known/openid-configuration`);
    expect(status).toBe(200);
    expect(json).toMatchObject({
      issuer: `${authority}/{tenantid}/v2.0`,
      authorization_endpoint: `${authority}/organizations/oauth2/v2.0/authorize`,
      token_endpoint: `${authority}/organizations/oauth2/v2.0/token`,
      jwks_uri: `${authority}/organizations/discovery/v2.0/keys`,
      userinfo_endpoint: `${new URL(graphBase).origin}/oidc/userinfo`,
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
    });
    expect(json).not.toHaveProperty('revocation_endpoint');
    expect(json).not.toHaveProperty('code_challenge_methods_supported');
  });

  it('for common the issuer is also templated; for the tenant id or domain it is concrete', async () => {
    const ms = sandbox();
    const { authority } = ms.describe();
    expect((await get(`${authority}/common/v2.0/.well-known/openid-configuration`)).json.issuer).toBe(`${authority}/{tenantid}/v2.0`);
    expect((await get(`${authority}/${ms.tenantId}/v2.0/.well-known/openid-configuration`)).json.issuer).toBe(`${authority}/${ms.tenantId}/v2.0`);
    expect((await get(`${authority}/contoso.example/v2.0/.well-known/openid-configuration`)).json.issuer).toBe(`${authority}/${ms.tenantId}/v2.0`);
  });

  it('an unknown tenant → 400 invalid_tenant AADSTS90002 in Entra error JSON', async () => {
    const { authority } = sandbox().describe();
    const { status, json } = await get(`${authority}/fabrikam.example/v2.0/.well-known/openid-configuration`);
    expect(status).toBe(400);
    expect(json.error).toBe('invalid_tenant');
    expect(json.error_codes).toEqual([90002]);
    expect(String(json.error_description)).toMatch(/^AADSTS90002: Tenant 'fabrikam\.example' not found/);
  });

  it('publishes one RSA signing key with kid and the issuer template', async () => {
    const { authority } = sandbox().describe();
    const { json } = await get(`${authority}/organizations/discovery/v2.0/keys`);
    const keys = json.keys as Array<Record<string, unknown>>;
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', use: 'sig', e: 'AQAB', issuer: `${authority}/{tenantid}/v2.0` });
    expect(keys[0]?.kid).toBe(keys[0]?.x5t);
  });
});
