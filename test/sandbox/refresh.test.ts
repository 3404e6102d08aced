import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../main/sandbox/server.js';
import { currentPrincipal, refresh, revoke, signIn, signInForTokens, tokenRequest } from './support/oauth.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
afterEach(() => {
  sandbox.superoffice.switches.rotateRefreshTokens = false;
});

describe('refresh tokens', () => {
  it('do not rotate by default: the same refresh token keeps working and comes back unchanged', async () => {
    const so = sandbox.superoffice;
    const tokens = await signInForTokens(so);
    const first = await refresh(so, tokens.refresh_token);
    expect(first.status).toBe(200);
    expect(first.json.refresh_token).toBe(tokens.refresh_token);
    expect(first.json.access_token).not.toBe(tokens.access_token);
    expect(first.json).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const second = await refresh(so, tokens.refresh_token);
    expect(second.status).toBe(200);
    expect((await currentPrincipal(so, String(second.json.access_token))).status).toBe(200);
  });

  it('return a fresh, valid id_token on refresh', async () => {
    const so = sandbox.superoffice;
    const tokens = await signInForTokens(so, { username: 'bob@example.com' });
    const refreshed = await refresh(so, tokens.refresh_token);
    const jwks = createRemoteJWKSet(new URL(`${so.authority}/login/.well-known/jwks`));
    const { payload } = await jwtVerify(String(refreshed.json.id_token), jwks, { issuer: so.authority, audience: so.clientId });
    expect(payload.sub).toBe('bob@example.com');
    expect(payload['http://schemes.superoffice.net/identity/ctx']).toBe('Cust12345');
  });

  it('require the client secret', async () => {
    const so = sandbox.superoffice;
    const tokens = await signInForTokens(so);
    const response = await tokenRequest(so, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token }, 'none');
    expect(response.status).toBe(401);
    expect(response.json.error).toBe('invalid_client');
  });

  it('rotate when rotateRefreshTokens is on: each refresh returns a new one and the old one dies (invalid_grant)', async () => {
    const so = sandbox.superoffice;
    so.switches.rotateRefreshTokens = true;
    const tokens = await signInForTokens(so);
    const first = await refresh(so, tokens.refresh_token);
    expect(first.status).toBe(200);
    const rotated = String(first.json.refresh_token);
    expect(rotated).not.toBe(tokens.refresh_token);

    const reuse = await refresh(so, tokens.refresh_token);
    expect(reuse.status).toBe(400);
    expect(reuse.json.error).toBe('invalid_grant');
  });

  it('rotate in a chain while the client always uses the newest token', async () => {
    const so = sandbox.superoffice;
    so.switches.rotateRefreshTokens = true;
    let { refresh_token: current } = await signInForTokens(so);
    for (let i = 0; i < 3; i++) {
      const response = await refresh(so, current);
      expect(response.status).toBe(200);
      expect(response.json.refresh_token).not.toBe(current);
      current = String(response.json.refresh_token);
    }
  });

  it('reject garbage with invalid_grant', async () => {
    const response = await refresh(sandbox.superoffice, 'not-a-refresh-token');
    expect(response.status).toBe(400);
    expect(response.json.error).toBe('invalid_grant');
  });
});

describe('revocation (RFC 7009)', () => {
  it('revokes a refresh token: 200, then refresh fails with invalid_grant and its access tokens stop working', async () => {
    const so = sandbox.superoffice;
    const tokens = await signInForTokens(so);
    const response = await revoke(so, tokens.refresh_token, 'refresh_token');
    expect(response.status).toBe(200);
    const after = await refresh(so, tokens.refresh_token);
    expect(after.status).toBe(400);
    expect(after.json.error).toBe('invalid_grant');
    expect((await currentPrincipal(so, tokens.access_token)).status).toBe(401);
  });

  it('answers 200 for unknown tokens too', async () => {
    expect((await revoke(sandbox.superoffice, 'unknown-token')).status).toBe(200);
  });

  it('keeps the app approval: the next sign-in needs no "I approve"', async () => {
    const so = sandbox.superoffice;
    const tokens = await signInForTokens(so, { username: 'alice@example.com' });
    await revoke(so, tokens.refresh_token);
    const again = await signIn(so, { username: 'alice@example.com' });
    expect(again.pages).toEqual(['login']);
  });
});

describe('revokeAllGrants (tenant admin uninstalls the app)', () => {
  it('kills refresh and access tokens and asks for approval again', async () => {
    const so = sandbox.superoffice;
    const tokens = await signInForTokens(so, { username: 'admin@example.com' });
    const other = await signInForTokens(so, { username: 'bob@example.com' });
    await so.revokeAllGrants('admin@example.com');
    const after = await refresh(so, tokens.refresh_token);
    expect(after.status).toBe(400);
    expect(after.json.error).toBe('invalid_grant');
    expect((await currentPrincipal(so, tokens.access_token)).status).toBe(401);
    // other users are untouched
    expect((await refresh(so, other.refresh_token)).status).toBe(200);
    const again = await signIn(so, { username: 'admin@example.com' });
    expect(again.pages).toEqual(['login', 'approval']);
  });
});
