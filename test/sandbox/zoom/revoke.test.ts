import { describe, expect, it } from 'vitest';
import { useZoomSandbox } from './support/setup.js';
import { apiCall, exchangeCode, oauthPost, refresh, revoke, signIn, signInForTokens } from './support/zoom-client.js';

const fixture = useZoomSandbox();

describe('POST /oauth/revoke', () => {
  it('revokes the access token with Basic auth: {"status":"success"}, and the whole grant (refresh token too) dies', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    const response = await revoke(zoom, tokens.access_token);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ status: 'success' });
    const call = await apiCall(zoom, '/users/me', { token: tokens.access_token });
    expect(call.status).toBe(401);
    expect(call.json).toEqual({ code: 124, message: 'Invalid access token.' });
    expect((await refresh(zoom, tokens.refresh_token)).json).toEqual({ reason: 'Invalid Token!', error: 'invalid_grant' });
  });

  it('revokeErrors: the next revocations answer 500 server_error and revoke nothing; then it works again', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    zoom.switches.revokeErrors = 1;
    const down = await revoke(zoom, tokens.access_token);
    expect(down.status).toBe(500);
    expect(down.json).toEqual({ error: 'server_error' });
    expect((await apiCall(zoom, '/users/me', { token: tokens.access_token })).status).toBe(200);
    expect((await revoke(zoom, tokens.access_token)).json).toEqual({ status: 'success' });
  });

  it('also accepts the current refresh token', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    expect((await revoke(zoom, tokens.refresh_token)).json).toEqual({ status: 'success' });
    expect((await apiCall(zoom, '/users/me', { token: tokens.access_token })).status).toBe(401);
  });

  it('rejects an expired access token (refresh first, then revoke), and a token that is already dead', async () => {
    const { zoom } = fixture;
    zoom.switches.accessTokenTtlSeconds = 60;
    const tokens = await signInForTokens(zoom);
    zoom.advanceTime(61);
    const expired = await revoke(zoom, tokens.access_token);
    expect(expired.status).toBe(400);
    expect(expired.json).toEqual({ reason: 'Invalid Token!', error: 'invalid_token' });

    const refreshed = await refresh(zoom, tokens.refresh_token);
    expect((await revoke(zoom, String(refreshed.json.access_token))).json).toEqual({ status: 'success' });
    expect((await revoke(zoom, String(refreshed.json.access_token))).status).toBe(400);
  });

  it('requires client authentication like the token endpoint', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    expect((await revoke(zoom, tokens.access_token, 'none')).json.error).toBe('invalid_client');
    expect((await revoke(zoom, tokens.access_token, 'body-secret')).json.error).toBe('invalid_client');
    expect((await apiCall(zoom, '/users/me', { token: tokens.access_token })).status).toBe(200);
  });

  it('lets the public client revoke with client_id in the body', async () => {
    const { zoom } = fixture;
    const tokens = await exchangeCode(zoom, await signIn(zoom, { params: { client_id: zoom.publicClientId } }), {}, 'public');
    expect((await revoke(zoom, String(tokens.json.access_token), 'public')).json).toEqual({ status: 'success' });
  });

  it("does not let a client revoke the other client's token", async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    expect((await revoke(zoom, tokens.access_token, 'public')).status).toBe(400);
    expect((await apiCall(zoom, '/users/me', { token: tokens.access_token })).status).toBe(200);
  });

  it('requires the token parameter and refuses it in the query string', async () => {
    const { zoom } = fixture;
    expect((await oauthPost(zoom, '/oauth/revoke', {})).json).toEqual({ reason: 'Token cannot be empty. (4700)', error: 'invalid_request' });
    const tokens = await signInForTokens(zoom);
    const inQuery = await oauthPost(zoom, '/oauth/revoke', {}, 'basic', `?token=${encodeURIComponent(tokens.access_token)}`);
    expect(inQuery.json.error).toBe('invalid_request');
  });
});

describe('revokeAll (the user removed the app in the Marketplace)', () => {
  it('kills every token of that user only, and asks for consent again', async () => {
    const { zoom } = fixture;
    const first = await signIn(zoom);
    const zoe = await exchangeCode(zoom, first);
    const zed = await signInForTokens(zoom, { username: 'zed@example.com' });
    zoom.revokeAll('Zoe@Example.com');
    expect((await apiCall(zoom, '/users/me', { token: String(zoe.json.access_token) })).status).toBe(401);
    expect((await refresh(zoom, String(zoe.json.refresh_token))).json.error).toBe('invalid_grant');
    expect((await apiCall(zoom, '/users/me', { token: zed.access_token })).status).toBe(200);

    const again = await signIn(zoom, { browser: first.browser });
    expect(again.pages).toEqual(['consent']);
  });
});
