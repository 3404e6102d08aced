import { describe, expect, it } from 'vitest';
import { useMicrosoftSandbox } from './support/fixture.js';
import { codeOf, graph, redeem, refresh, signIn, signInForTokens, tokenRequest } from './support/entra.js';

const sandbox = useMicrosoftSandbox();

const DESCRIPTION = /^AADSTS(\d+): .+\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: [0-9a-f-]{36}\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/s;

describe('token endpoint', () => {
  it('a client_secret from the public client → 400 invalid_client AADSTS700025, in the full Entra error shape', async () => {
    const ms = sandbox();
    const result = await signIn(ms);
    const correlation = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const response = await tokenRequest(
      ms,
      { grant_type: 'authorization_code', code: codeOf(result), redirect_uri: result.redirectUri, code_verifier: result.verifier ?? '', client_secret: 'shh' },
      { headers: { 'client-request-id': correlation } },
    );
    expect(response.status).toBe(400);
    expect(Object.keys(response.json).sort()).toEqual(['correlation_id', 'error', 'error_codes', 'error_description', 'error_uri', 'timestamp', 'trace_id']);
    expect(response.json.error).toBe('invalid_client');
    expect(response.json.error_codes).toEqual([700025]);
    expect(String(response.json.error_description)).toMatch(DESCRIPTION);
    expect(String(response.json.error_description)).toContain("AADSTS700025: Client is public so neither 'client_assertion' nor 'client_secret' should be presented.");
    expect(response.json.correlation_id).toBe(correlation);
    expect(response.json.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    expect(response.json.error_uri).toBe(`${ms.describe().authority}/error?code=700025`);
    // The refused request did not use the code up.
    expect((await redeem(ms, result)).status).toBe(200);
  });

  it('client_assertion and an Authorization: Basic header are secrets too → AADSTS700025', async () => {
    const ms = sandbox();
    const { clientId } = ms.describe();
    const assertion = await tokenRequest(ms, { grant_type: 'refresh_token', refresh_token: 'x', client_assertion: 'eyJ', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' });
    expect(assertion.json.error_codes).toEqual([700025]);
    const basic = await tokenRequest(ms, { grant_type: 'refresh_token', refresh_token: 'x' }, { headers: { authorization: `Basic ${Buffer.from(`${clientId}:secret`).toString('base64')}` } });
    expect(basic.json.error_codes).toEqual([700025]);
  });

  it('a code is single use: the second redemption → invalid_grant AADSTS54005', async () => {
    const ms = sandbox();
    const result = await signIn(ms);
    expect((await redeem(ms, result)).status).toBe(200);
    const again = await redeem(ms, result);
    expect(again.status).toBe(400);
    expect(again.json).toMatchObject({ error: 'invalid_grant', error_codes: [54005] });
  });

  it('codes live 10 minutes: after that → invalid_grant AADSTS70008', async () => {
    const ms = sandbox();
    const fresh = await signIn(ms);
    ms.advanceClock(9 * 60);
    expect((await redeem(ms, fresh)).status).toBe(200);
    const old = await signIn(ms);
    ms.advanceClock(10 * 60 + 1);
    expect((await redeem(ms, old)).json).toMatchObject({ error: 'invalid_grant', error_codes: [70008] });
  });

  it('refresh_token only with offline_access; id_token only with openid', async () => {
    const ms = sandbox();
    const noOffline = await redeem(ms, await signIn(ms, { params: { scope: 'openid profile User.Read' } }));
    expect(noOffline.json).toHaveProperty('id_token');
    expect(noOffline.json).not.toHaveProperty('refresh_token');
    const noOpenid = await redeem(ms, await signIn(ms, { params: { scope: 'offline_access User.Read' } }));
    expect(noOpenid.json).toHaveProperty('refresh_token');
    expect(noOpenid.json).not.toHaveProperty('id_token');
  });

  it('accepts Graph scopes with the resource prefix and in any case; scope lists every consented permission, never offline_access', async () => {
    const ms = sandbox();
    const response = await redeem(ms, await signIn(ms, { params: { scope: 'openid offline_access https://graph.microsoft.com/user.read' } }));
    expect(response.status).toBe(200);
    expect(response.json.scope).toBe('Calendars.ReadWrite OnlineMeetings.ReadWrite User.Read openid');
  });

  it('an unknown Graph permission → redirect error invalid_client AADSTS650053', async () => {
    const ms = sandbox();
    const result = await signIn(ms, { params: { scope: 'openid Teleport.ReadWrite' } });
    expect(result.landing.kind === 'callback' && result.landing.url.searchParams.get('error_description')).toMatch(/^AADSTS650053: /);
  });

  it.each([
    ['no grant_type', {}, 'invalid_request', 900144],
    ['an unsupported grant_type', { grant_type: 'password' }, 'unsupported_grant_type', 70003],
    ['an unknown client_id', { grant_type: 'refresh_token', client_id: '11111111-2222-3333-4444-555555555555' }, 'unauthorized_client', 700016],
    ['no code', { grant_type: 'authorization_code' }, 'invalid_request', 900144],
    ['a made-up code', { grant_type: 'authorization_code', code: 'nope', redirect_uri: 'http://127.0.0.1:1/teams/callback' }, 'invalid_grant', 9002313],
    ['a made-up refresh token', { grant_type: 'refresh_token', refresh_token: 'nope' }, 'invalid_grant', 9002313],
  ])('%s → %s AADSTS%i', async (_name, params, error, code) => {
    const response = await tokenRequest(sandbox(), params);
    expect(response.status).toBe(400);
    expect(response.json.error).toBe(error);
    expect(response.json.error_codes).toEqual([code]);
  });

  it('GET is refused (AADSTS900561); an unknown tenant → AADSTS90002', async () => {
    const ms = sandbox();
    const { authority } = ms.describe();
    const get = await fetch(`${authority}/organizations/oauth2/v2.0/token`);
    expect(get.status).toBe(400);
    expect(((await get.json()) as { error_codes: number[] }).error_codes).toEqual([900561]);
    expect((await tokenRequest(ms, { grant_type: 'refresh_token', refresh_token: 'x' }, { tenant: 'fabrikam.example' })).json.error_codes).toEqual([90002]);
  });
});

describe('refresh tokens', () => {
  it('every refresh returns a NEW refresh token while the old one keeps working', async () => {
    const ms = sandbox();
    const { refresh_token: first } = await signInForTokens(ms);
    const a = await refresh(ms, first);
    expect(a.status).toBe(200);
    expect(a.json.refresh_token).toEqual(expect.any(String));
    expect(a.json.refresh_token).not.toBe(first);
    expect(a.json).toMatchObject({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599 });
    const b = await refresh(ms, first);
    expect(b.status).toBe(200);
    expect(b.json.refresh_token).not.toBe(a.json.refresh_token);
    expect((await refresh(ms, String(a.json.refresh_token))).status).toBe(200);
  });

  it('returns an id_token when the grant had openid; a scope subset works; more than consented → invalid_grant AADSTS65001', async () => {
    const ms = sandbox();
    const { refresh_token } = await signInForTokens(ms, { username: 'adele@contoso.example', params: { scope: 'openid offline_access User.Read' } });
    expect((await refresh(ms, refresh_token)).json).toHaveProperty('id_token');
    const subset = await refresh(ms, refresh_token, { scope: 'User.Read' });
    expect(subset.status).toBe(200);
    expect(subset.json).not.toHaveProperty('id_token');
    const more = await refresh(ms, refresh_token, { scope: 'User.Read Calendars.ReadWrite' });
    expect(more.status).toBe(400);
    expect(more.json).toMatchObject({ error: 'invalid_grant', error_codes: [65001], suberror: 'consent_required' });
  });

  it('refreshExpired → invalid_grant AADSTS700082 while on', async () => {
    const ms = sandbox();
    const { refresh_token } = await signInForTokens(ms);
    ms.switches.refreshExpired = true;
    const response = await refresh(ms, refresh_token);
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: 'invalid_grant', error_codes: [700082] });
    expect(String(response.json.error_description)).toMatch(/^AADSTS700082: The refresh token has expired due to inactivity/);
    ms.switches.refreshExpired = false;
    expect((await refresh(ms, refresh_token)).status).toBe(200);
  });

  it('a refresh token unused for 90 days → AADSTS700082', async () => {
    const ms = sandbox();
    const { refresh_token } = await signInForTokens(ms);
    ms.advanceClock(91 * 24 * 60 * 60);
    expect((await refresh(ms, refresh_token)).json.error_codes).toEqual([700082]);
  });

  it('grantRevoked → invalid_grant AADSTS50173 while on', async () => {
    const ms = sandbox();
    const { refresh_token } = await signInForTokens(ms);
    ms.switches.grantRevoked = true;
    expect((await refresh(ms, refresh_token)).json).toMatchObject({ error: 'invalid_grant', error_codes: [50173] });
  });

  it('revokeAll (app removed): refresh → AADSTS50173, Graph → 401, and the next sign-in asks for consent again', async () => {
    const ms = sandbox();
    const { refresh_token, access_token, result } = await signInForTokens(ms);
    expect((await graph(ms, 'GET', '/me', access_token)).status).toBe(200);
    ms.revokeAll('MEGAN@contoso.example');
    expect((await refresh(ms, refresh_token)).json.error_codes).toEqual([50173]);
    expect((await graph(ms, 'GET', '/me', access_token)).status).toBe(401);
    expect((await signIn(ms, { browser: result.browser })).pages).toEqual(['consent']);
  });

  it('revokeSignInSessions kills every refresh token of the user and the browser session, and is counted', async () => {
    const ms = sandbox();
    const before = ms.revokeSignInSessionsCalls;
    const one = await signInForTokens(ms);
    const two = await signInForTokens(ms);
    const other = await signInForTokens(ms, { username: 'adele@contoso.example', consent: 'allow' });
    const response = await graph(ms, 'POST', '/me/revokeSignInSessions', one.access_token);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Edm.Boolean', value: true });
    expect(ms.revokeSignInSessionsCalls).toBe(before + 1);
    expect((await refresh(ms, one.refresh_token)).json.error_codes).toEqual([50173]);
    expect((await refresh(ms, two.refresh_token)).json.error_codes).toEqual([50173]);
    expect((await refresh(ms, other.refresh_token)).status).toBe(200);
    expect((await signIn(ms, { browser: one.result.browser })).pages).toEqual(['login']);
    // A sign-in afterwards gets working tokens again.
    expect((await refresh(ms, (await signInForTokens(ms)).refresh_token)).status).toBe(200);
  });
});
