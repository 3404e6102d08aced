import { describe, expect, it } from 'vitest';
import { useZoomSandbox } from './support/setup.js';
import { apiCall, exchangeCode, refresh, signIn, signInForTokens } from './support/zoom-client.js';

const fixture = useZoomSandbox();

const INVALID_TOKEN = { reason: 'Invalid Token!', error: 'invalid_grant' };
const REVOKED_4741 = { reason: 'The token has been revoked. (4741)', error: 'invalid_grant' };

describe('refresh tokens rotate', () => {
  it('returns a new refresh token on every refresh; the old one then fails with "Invalid Token!"', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    const first = await refresh(zoom, tokens.refresh_token);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ token_type: 'bearer', expires_in: 3599, scope: 'user:read:user user:read:settings meeting:read:meeting meeting:write:meeting meeting:delete:meeting meeting:read:list_meetings' });
    expect(first.json.refresh_token).not.toBe(tokens.refresh_token);
    expect(first.json.access_token).not.toBe(tokens.access_token);

    const old = await refresh(zoom, tokens.refresh_token);
    expect(old.status).toBe(400);
    expect(old.json).toEqual(INVALID_TOKEN);

    const second = await refresh(zoom, String(first.json.refresh_token));
    expect(second.status).toBe(200);
    expect((await apiCall(zoom, '/users/me', { token: String(second.json.access_token) })).status).toBe(200);
  });

  it('tokenErrors: the next token requests answer 503 and neither refresh nor rotate; then the same refresh token works', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    zoom.switches.tokenErrors = 1;
    const down = await refresh(zoom, tokens.refresh_token);
    expect(down.status).toBe(503);
    expect(down.json).toEqual({ error: 'server_error' });
    const again = await refresh(zoom, tokens.refresh_token);
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ token_type: 'bearer' });
  });

  it('keeps earlier access tokens working until they expire', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    expect((await refresh(zoom, tokens.refresh_token)).status).toBe(200);
    expect((await apiCall(zoom, '/users/me', { token: tokens.access_token })).status).toBe(200);
  });

  it('lets only one of two concurrent refreshes with the same token succeed', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    const results = await Promise.all([refresh(zoom, tokens.refresh_token), refresh(zoom, tokens.refresh_token)]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 400]);
  });

  it('answers with 401 for invalid_grant when invalidGrantStatus is 401; the body stays the same', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    await refresh(zoom, tokens.refresh_token);
    zoom.switches.invalidGrantStatus = 401;
    const old = await refresh(zoom, tokens.refresh_token);
    expect(old.status).toBe(401);
    expect(old.json).toEqual(INVALID_TOKEN);
  });

  it('honours accessTokenTtlSeconds: expires_in one second short, then 401 "Access token is expired."', async () => {
    const { zoom } = fixture;
    zoom.switches.accessTokenTtlSeconds = 5;
    const tokens = await signInForTokens(zoom);
    expect(tokens.expires_in).toBe(4);
    expect((await apiCall(zoom, '/users/me', { token: tokens.access_token })).status).toBe(200);
    zoom.advanceTime(6);
    const expired = await apiCall(zoom, '/users/me', { token: tokens.access_token });
    expect(expired.status).toBe(401);
    expect(expired.json).toEqual({ code: 124, message: 'Access token is expired.' });
    const refreshed = await refresh(zoom, tokens.refresh_token);
    expect((await apiCall(zoom, '/users/me', { token: String(refreshed.json.access_token) })).status).toBe(200);
  });
});

describe('only the latest authorization stays valid (4741)', () => {
  it('anotherDevice: existing grants die with 4741 on refresh and 401 code 124 on the API; new sign-ins work', async () => {
    const { zoom } = fixture;
    const zoe = await signInForTokens(zoom);
    const zed = await signInForTokens(zoom, { username: 'zed@example.com' });
    zoom.switches.anotherDevice = true;
    for (const tokens of [zoe, zed]) {
      const refreshed = await refresh(zoom, tokens.refresh_token);
      expect(refreshed.status).toBe(400);
      expect(refreshed.json).toEqual(REVOKED_4741);
      const call = await apiCall(zoom, '/users/me', { token: tokens.access_token });
      expect(call.status).toBe(401);
      expect(call.json).toEqual({ code: 124, message: 'Invalid access token.' });
    }
    const again = await signInForTokens(zoom);
    expect((await refresh(zoom, again.refresh_token)).status).toBe(200);
  });

  it('anotherDevice respects invalidGrantStatus', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    zoom.switches.invalidGrantStatus = 401;
    zoom.switches.anotherDevice = true;
    const refreshed = await refresh(zoom, tokens.refresh_token);
    expect(refreshed.status).toBe(401);
    expect(refreshed.json).toEqual(REVOKED_4741);
  });

  it('a second authorization of the same user (another browser) supersedes the first; other users keep theirs', async () => {
    const { zoom } = fixture;
    const firstDevice = await signInForTokens(zoom);
    const zed = await signInForTokens(zoom, { username: 'zed@example.com' });
    const secondDevice = await signInForTokens(zoom);
    expect((await refresh(zoom, firstDevice.refresh_token)).json).toEqual(REVOKED_4741);
    expect((await apiCall(zoom, '/users/me', { token: firstDevice.access_token })).status).toBe(401);
    expect((await refresh(zoom, secondDevice.refresh_token)).status).toBe(200);
    expect((await refresh(zoom, zed.refresh_token)).status).toBe(200);
  });

  it('the public and the confidential client hold separate authorizations', async () => {
    const { zoom } = fixture;
    const confidential = await signInForTokens(zoom);
    const viaPublic = await exchangeCode(zoom, await signIn(zoom, { params: { client_id: zoom.publicClientId } }), {}, 'public');
    expect(viaPublic.status).toBe(200);
    expect((await refresh(zoom, confidential.refresh_token)).status).toBe(200);
    expect((await refresh(zoom, String(viaPublic.json.refresh_token), 'public')).status).toBe(200);
  });

  it("refuses one client's refresh token from the other client", async () => {
    const { zoom } = fixture;
    const confidential = await signInForTokens(zoom);
    expect((await refresh(zoom, confidential.refresh_token, 'public')).json).toEqual(INVALID_TOKEN);
  });
});
