import { describe, expect, it } from 'vitest';
import { useZoomSandbox } from './support/setup.js';
import { basicHeader, codeOf, exchangeCode, oauthPost, refresh, signIn, signInForTokens } from './support/zoom-client.js';

const fixture = useZoomSandbox();

describe('token endpoint: client authentication', () => {
  it('refuses client credentials in the body from the confidential client (Basic only)', async () => {
    const { zoom } = fixture;
    const response = await exchangeCode(zoom, await signIn(zoom), {}, 'body-secret');
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
    expect(response.json).not.toHaveProperty('error_description');
  });

  it('refuses a request without client authentication (4706)', async () => {
    const { zoom } = fixture;
    const response = await exchangeCode(zoom, await signIn(zoom), {}, 'none');
    expect(response.json).toEqual({ reason: 'Client ID or client secret is missing. (4706)', error: 'invalid_client' });
  });

  it('refuses the confidential client id in the body without any secret', async () => {
    const { zoom } = fixture;
    const response = await exchangeCode(zoom, await signIn(zoom), { client_id: zoom.describe().clientId }, 'none');
    expect(response.json.error).toBe('invalid_client');
  });

  it('refuses a wrong secret in the Basic header', async () => {
    const { zoom } = fixture;
    const result = await signIn(zoom);
    const response = await fetch(`${zoom.describe().oauthOrigin}/oauth/token`, {
      method: 'POST',
      headers: { authorization: basicHeader(zoom.describe().clientId, 'guess'), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: codeOf(result), redirect_uri: result.redirectUri, code_verifier: result.verifier ?? '' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
  });

  it('accepts the public client id in the body with no secret, for codes and refreshes', async () => {
    const { zoom } = fixture;
    const result = await signIn(zoom, { params: { client_id: zoom.publicClientId } });
    const tokens = await exchangeCode(zoom, result, {}, 'public');
    expect(tokens.status).toBe(200);
    expect(tokens.json.token_type).toBe('bearer');
    const refreshed = await refresh(zoom, String(tokens.json.refresh_token), 'public');
    expect(refreshed.status).toBe(200);
  });

  it('refuses the public client with a Basic header or a client_secret', async () => {
    const { zoom } = fixture;
    const basic = await signIn(zoom, { params: { client_id: zoom.publicClientId } });
    const withBasic = await fetch(`${zoom.describe().oauthOrigin}/oauth/token`, {
      method: 'POST',
      headers: { authorization: basicHeader(zoom.publicClientId, ''), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: codeOf(basic), redirect_uri: basic.redirectUri, code_verifier: basic.verifier ?? '' }),
    });
    expect(((await withBasic.json()) as { error: string }).error).toBe('invalid_client');

    const secret = await signIn(zoom, { params: { client_id: zoom.publicClientId } });
    const withSecret = await exchangeCode(zoom, secret, { client_secret: 'x' }, 'public');
    expect(withSecret.json.error).toBe('invalid_client');
  });

  it("does not let one client redeem the other client's code", async () => {
    const { zoom } = fixture;
    const result = await signIn(zoom);
    const response = await exchangeCode(zoom, result, {}, 'public');
    expect(response.json).toEqual({ reason: 'Invalid authorization code. (4734)', error: 'invalid_grant' });
  });
});

describe('token endpoint: codes and grant types', () => {
  it('redeems a code once (4734 the second time)', async () => {
    const { zoom } = fixture;
    const result = await signIn(zoom);
    expect((await exchangeCode(zoom, result)).status).toBe(200);
    const again = await exchangeCode(zoom, result);
    expect(again.status).toBe(400);
    expect(again.json).toEqual({ reason: 'Invalid authorization code. (4734)', error: 'invalid_grant' });
  });

  it('keeps codes for 5 minutes (4733 after that)', async () => {
    const { zoom } = fixture;
    const fresh = await signIn(zoom);
    zoom.advanceTime(299);
    expect((await exchangeCode(zoom, fresh)).status).toBe(200);

    const stale = await signIn(zoom);
    zoom.advanceTime(301);
    const response = await exchangeCode(zoom, stale);
    expect(response.json).toEqual({ reason: 'Code is expired. (4733)', error: 'invalid_grant' });
  });

  it('answers unknown codes with invalid_grant', async () => {
    const { zoom } = fixture;
    const response = await oauthPost(zoom, '/oauth/token', { grant_type: 'authorization_code', code: 'made-up', redirect_uri: 'http://127.0.0.1:1/zoom/callback' });
    expect(response.json.error).toBe('invalid_grant');
  });

  it('sends invalid_grant with status 401 when invalidGrantStatus is 401 (Zoom before ~Aug 2022)', async () => {
    const { zoom } = fixture;
    zoom.switches.invalidGrantStatus = 401;
    const response = await oauthPost(zoom, '/oauth/token', { grant_type: 'refresh_token', refresh_token: 'made-up' });
    expect(response.status).toBe(401);
    expect(response.json).toEqual({ reason: 'Invalid Token!', error: 'invalid_grant' });
  });

  it('reports a missing or unsupported grant_type', async () => {
    const { zoom } = fixture;
    const missing = await oauthPost(zoom, '/oauth/token', {});
    expect(missing.json).toEqual({ reason: 'Missing grant type. (4706)', error: 'invalid_request' });
    const unsupported = await oauthPost(zoom, '/oauth/token', { grant_type: 'password' });
    expect(unsupported.json.error).toBe('unsupported_grant_type');
  });

  it('refuses token values in the query string (Zoom, since February 2023)', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    const response = await oauthPost(zoom, '/oauth/token', { grant_type: 'refresh_token' }, 'basic', `?refresh_token=${encodeURIComponent(tokens.refresh_token)}`);
    expect(response.status).toBe(400);
    expect(response.json.error).toBe('invalid_request');
    expect(String(response.json.reason)).toContain('query parameter');
  });

  it('sends errors with Cache-Control: no-store and as JSON', async () => {
    const { zoom } = fixture;
    const response = await oauthPost(zoom, '/oauth/token', { grant_type: 'refresh_token', refresh_token: 'x' });
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});
