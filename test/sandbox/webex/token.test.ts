import { describe, expect, it } from 'vitest';
import { useWebex } from './support/webex-fixture.js';
import { api, exchangeCode, refresh, signIn, signInForTokens, tokenRequest } from './support/webex-oauth.js';

const webex = useWebex();

describe('POST {apiBase}/access_token: authorization_code', () => {
  it('returns the Webex token response, no-store, with a TrackingID', async () => {
    const response = await exchangeCode(webex(), await signIn(webex()));
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      access_token: expect.stringMatching(/_P0A1_/),
      expires_in: 3600,
      refresh_token: expect.any(String),
      refresh_token_expires_in: 7_776_000,
      token_type: 'Bearer',
      scope: 'spark:people_read meeting:schedules_write meeting:schedules_read',
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('trackingid')).toMatch(/^ROUTERGW_/);
  });

  it('accessTokenTtlSeconds sets expires_in (real Webex: 1209600)', async () => {
    webex().switches.accessTokenTtlSeconds = 1_209_600;
    expect((await signInForTokens(webex())).expires_in).toBe(1_209_600);
  });

  it('a code works once; a replay → invalid_grant in the gateway wrapper and revokes the first tokens', async () => {
    const result = await signIn(webex());
    const first = await exchangeCode(webex(), result);
    expect(first.status).toBe(200);
    const replay = await exchangeCode(webex(), result);
    expect(replay.status).toBe(400);
    const message = String(replay.json.message);
    expect(message).toMatch(/^POST failed: HTTP\/1\.1 400 Bad Request \(url = https:\/\/idbroker\.webex\.com\/idb\/oauth2\/v1\/access_token/);
    expect(message).toContain("error = '(invalid_grant) ");
    expect(replay.json.errors).toEqual([{ description: message }]);
    expect(replay.json.trackingId).toBe(replay.headers.get('trackingid'));
    expect((await api(webex(), 'GET', '/people/me', String(first.json.access_token))).status).toBe(401);
    expect((await refresh(webex(), String(first.json.refresh_token))).status).toBe(400);
  });

  it("oauthErrorShape 'rfc6749' → plain {error, error_description}", async () => {
    webex().switches.oauthErrorShape = 'rfc6749';
    const result = await signIn(webex());
    await exchangeCode(webex(), result);
    const replay = await exchangeCode(webex(), result);
    expect(replay.status).toBe(400);
    expect(replay.json).toEqual({ error: 'invalid_grant', error_description: expect.any(String) });
  });

  it.each([
    ['another port', 'http://127.0.0.1:53683/webex/callback'],
    ['localhost', 'http://localhost:53682/webex/callback'],
    ['a trailing slash', 'http://127.0.0.1:53682/webex/callback/'],
  ])('a redirect_uri differing by %s → invalid_grant', async (_label, redirectUri) => {
    const response = await exchangeCode(webex(), await signIn(webex()), { redirect_uri: redirectUri });
    expect(response.status).toBe(400);
    expect(response.text).toContain('(invalid_grant)');
  });

  it('an expired code → invalid_grant (authorizationCodeTtlSeconds 0)', async () => {
    webex().switches.authorizationCodeTtlSeconds = 0;
    const response = await exchangeCode(webex(), await signIn(webex()));
    expect(response.status).toBe(400);
    expect(response.text).toContain('expired');
  });

  it('client authentication: a wrong secret → 401 invalid_client; a missing one → 400 invalid_request', async () => {
    const wrong = await exchangeCode(webex(), await signIn(webex()), { client_secret: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.text).toContain('(invalid_client)');
    webex().switches.oauthErrorShape = 'rfc6749';
    const { apiBase, clientId } = webex().describe();
    const missing = await fetch(`${apiBase}/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: clientId, grant_type: 'refresh_token', refresh_token: 'x' }),
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: string }).error).toBe('invalid_request');
  });

  it('unknown grant types, unknown codes and JSON bodies are refused', async () => {
    webex().switches.oauthErrorShape = 'rfc6749';
    expect((await tokenRequest(webex(), { grant_type: 'password' })).json.error).toBe('unsupported_grant_type');
    expect((await tokenRequest(webex(), { grant_type: 'authorization_code', code: 'nope', redirect_uri: 'http://127.0.0.1:1/webex/callback' })).json.error).toBe('invalid_grant');
    const json = await fetch(`${webex().describe().apiBase}/access_token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { error: string }).error).toBe('invalid_request');
  });
});

describe('POST {apiBase}/access_token: refresh_token', () => {
  it('returns a new access token and the same refresh token with its remaining lifetime; the old access token still works', async () => {
    const tokens = await signInForTokens(webex());
    const response = await refresh(webex(), tokens.refresh_token);
    expect(response.status).toBe(200);
    expect(response.json.access_token).not.toBe(tokens.access_token);
    expect(response.json.refresh_token).toBe(tokens.refresh_token);
    expect(Number(response.json.refresh_token_expires_in)).toBeLessThanOrEqual(tokens.refresh_token_expires_in);
    expect(response.json.token_type).toBe('Bearer');
    expect((await api(webex(), 'GET', '/people/me', String(response.json.access_token))).status).toBe(200);
    expect((await api(webex(), 'GET', '/people/me', tokens.access_token)).status).toBe(200);
    expect((await refresh(webex(), tokens.refresh_token)).status).toBe(200);
  });

  it('an expired refresh token → invalid_grant (refreshTokenTtlSeconds 0)', async () => {
    webex().switches.refreshTokenTtlSeconds = 0;
    const tokens = await signInForTokens(webex());
    expect(tokens.refresh_token_expires_in).toBe(0);
    const response = await refresh(webex(), tokens.refresh_token);
    expect(response.status).toBe(400);
    expect(response.text).toContain('(invalid_grant) The refresh token provided is expired, revoked, malformed, or invalid');
  });

  it('revokeAll(user): that user\'s API calls → 401 and refresh → invalid_grant; other users are untouched', async () => {
    const wendy = await signInForTokens(webex());
    const will = await signInForTokens(webex(), { email: 'will@example.com' });
    webex().revokeAll('Wendy@Example.com');
    expect((await api(webex(), 'GET', '/people/me', wendy.access_token)).status).toBe(401);
    expect((await refresh(webex(), wendy.refresh_token)).status).toBe(400);
    expect((await api(webex(), 'GET', '/people/me', will.access_token)).status).toBe(200);
    expect((await refresh(webex(), will.refresh_token)).status).toBe(200);
  });
});
