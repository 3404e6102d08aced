import { TenantResolver } from '../../main/superoffice/tenant-resolver.js';
import { superOfficeEndpoints } from '../../main/superoffice/superoffice-endpoints.js';
import { systemClock } from '../../main/ports/clock.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SecretStoreError } from '../../main/ports/secret-store.js';
import { CoreHarness, TOKEN_LIKE } from '../support/core-harness.js';

let core: CoreHarness;
beforeEach(async () => {
  core = await new CoreHarness().start();
});
afterEach(() => core.close());

const HOUR = 3600_000;

/** Asks the sandbox's token endpoint directly whether a refresh token still works. */
async function refreshWorks(refreshToken: string): Promise<boolean> {
  const { authority, clientId, clientSecret } = core.sandbox.superoffice;
  const response = await fetch(`${authority}/login/common/oauth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId, client_secret: clientSecret }),
  });
  return response.ok;
}

describe('SuperOffice connection against the sandbox (real keychain)', () => {
  it('signs in through the browser flow and keeps only the refresh token, in the keychain', async () => {
    const view = await core.connection.connect();
    expect(view).toMatchObject({ status: 'connected', statusText: 'Connected to Cust12345 as Alice Andersen', nextAction: 'sign-out' });
    expect(view.account).toEqual({ displayName: 'Alice Andersen', tenant: 'Cust12345', email: 'alice@example.com' });
    expect(core.views.map((v) => v.status)).toEqual(['connecting', 'connected']);

    const authorize = new URL(core.person.opened[0]!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d{4,10}$/);
    expect(authorize.searchParams.get('scope')).toBe('openid');
    expect(await core.person.walk).toBe(302);

    const refreshToken = await core.storedRefreshToken();
    expect(refreshToken).toBeTruthy();
    expect(await refreshWorks(refreshToken!)).toBe(true);
    const disk = core.diskText();
    expect(disk).toContain('Alice Andersen');
    expect(disk).not.toContain(refreshToken!);
    expect(disk).not.toMatch(TOKEN_LIKE);
    expect(JSON.stringify(core.views)).not.toMatch(TOKEN_LIKE);
  });

  it('refreshes once for many concurrent callers and saves a rotated refresh token before using it', async () => {
    core.sandbox.superoffice.switches.rotateRefreshTokens = true;
    await core.connection.connect();
    const first = await core.storedRefreshToken();
    const before = core.tokenRequests();
    core.clock.offsetMs = 2 * HOUR; // the access token has expired
    await Promise.all(Array.from({ length: 5 }, () => core.connection.verify()));
    expect(core.tokenRequests() - before).toBe(1);
    const rotated = await core.storedRefreshToken();
    expect(rotated).toBeTruthy();
    expect(rotated).not.toBe(first);
    expect(await refreshWorks(first!)).toBe(false);
    expect(core.connection.view().status).toBe('connected');
    expect(core.diskText()).not.toContain(rotated!);
  });

  it('keeps a non-rotating refresh token when the server does not send a new one', async () => {
    await core.connection.connect();
    const first = await core.storedRefreshToken();
    core.clock.offsetMs = 2 * HOUR;
    await core.connection.verify();
    expect(await core.storedRefreshToken()).toBe(first);
    expect(core.connection.view().status).toBe('connected');
  });

  it('restores the session after a restart from the keychain alone', async () => {
    await core.connection.connect();
    const restarted = core.boot();
    expect(restarted.view().status).toBe('disconnected');
    await restarted.restore();
    expect(restarted.view()).toMatchObject({ status: 'connected', statusText: 'Connected to Cust12345 as Alice Andersen' });
    expect(restarted.view().lastSuccessAt).toBeDefined();
  });

  it('asks for re-authentication when the grant was revoked at SuperOffice', async () => {
    await core.connection.connect();
    await core.sandbox.superoffice.revokeAllGrants('alice@example.com');
    const restarted = core.boot();
    await restarted.restore();
    expect(restarted.view()).toMatchObject({ status: 'needs-reauth', nextAction: 'reconnect', error: { code: 'invalid_grant' } });
    expect(restarted.view().account?.displayName).toBe('Alice Andersen');
  });

  it('asks for re-authentication when the keychain entry is gone', async () => {
    await core.connection.connect();
    await core.keychain.delete('superoffice:Cust12345:5');
    const restarted = core.boot();
    await restarted.restore();
    expect(restarted.view()).toMatchObject({ status: 'needs-reauth', error: { code: 'invalid_grant' } });
  });

  it('follows the tenant to its new numbered host after a 421', async () => {
    await core.connection.connect();
    await core.sandbox.superoffice.moveTenant('Cust12345');
    const stateCalls = () => core.sandboxLog.filter((line) => line.includes('GET /api/state/Cust12345')).length;
    const before = stateCalls();
    await core.connection.verify();
    expect(core.connection.view().status).toBe('connected');
    expect(stateCalls() - before).toBe(1);
    expect(core.sandboxLog.some((line) => line.includes('→ 421'))).toBe(true);
  });

  it('calls that need the tenant’s host at the same moment share one look-up; after a 421 the next call looks again', async () => {
    const stateCalls = () => core.sandboxLog.filter((line) => line.includes('GET /api/state/Cust12345')).length;
    const resolver = new TenantResolver({ stateUrl: superOfficeEndpoints(core.sandbox.superoffice.authority).stateUrl('Cust12345'), authority: core.sandbox.superoffice.authority, clock: systemClock, logger: { log: () => {} } });
    const before = stateCalls();
    const hosts = await Promise.all([resolver.apiBase(), resolver.apiBase(), resolver.apiBase()]);
    expect(new Set(hosts).size).toBe(1);
    expect(stateCalls() - before).toBe(1);
    await resolver.apiBase();
    expect(stateCalls() - before).toBe(1);
    resolver.invalidate();
    await Promise.all([resolver.apiBase(), resolver.apiBase()]);
    expect(stateCalls() - before).toBe(2);
  });

  it('signs out: revokes the refresh token, deletes the keychain entry and forgets the identity', async () => {
    await core.connection.connect();
    const refreshToken = await core.storedRefreshToken();
    const view = await core.connection.disconnect();
    expect(view).toMatchObject({ status: 'disconnected', statusText: 'Not connected', nextAction: 'connect' });
    expect(await core.keychain.get('superoffice:Cust12345:5')).toBeNull();
    expect(core.settings.value.connections.superoffice).toBeUndefined();
    expect(await refreshWorks(refreshToken!)).toBe(false);
  });

  it('reports access_denied when the user declines the app, and stores nothing', async () => {
    core.person.decision = 'cancel';
    await expect(core.connection.connect()).rejects.toMatchObject({ code: 'access_denied' });
    expect(core.connection.view()).toMatchObject({ status: 'error', nextAction: 'retry', error: { code: 'access_denied' } });
    expect(await core.keychain.get('superoffice:Cust12345:5')).toBeNull();
  });

  it('rejects a callback whose iss is not the issuer (RFC 9207 mix-up defence)', async () => {
    core.person.tamper = (callback) => {
      expect(callback.searchParams.get('iss')).toBe(core.sandbox.superoffice.authority);
      callback.searchParams.set('iss', 'https://evil.example');
    };
    await expect(core.connection.connect()).rejects.toMatchObject({ code: 'invalid_callback' });
    expect(await core.keychain.get('superoffice:Cust12345:5')).toBeNull();
  });

  it('ignores a callback with a tampered state and keeps waiting until cancelled', async () => {
    core.person.tamper = (callback) => callback.searchParams.set('state', 'forged');
    const signIn = core.connection.connect();
    expect(await core.person.walk.catch(() => 0)).toBe(0);
    expect(core.connection.view().status).toBe('connecting');
    core.connection.cancel();
    expect(await signIn).toMatchObject({ status: 'disconnected' });
  });

  it('refuses a second sign-in while one is in progress, and cancels cleanly', async () => {
    core.person.decision = 'ignore';
    const first = core.connection.connect();
    await expect(core.connection.connect()).rejects.toMatchObject({ code: 'already_in_progress' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    core.connection.cancel();
    expect(await first).toMatchObject({ status: 'disconnected' });
  });

  it.each([
    ['token endpoint error', { tokenEndpoint: 'server_error' as const }, 'server_error'],
    ['token endpoint malformed JSON', { tokenEndpoint: 'malformed_json' as const }, 'bad_response'],
    ['tenant state API down', { stateApi: 'down' as const }, 'server_error'],
    ['tenant state API malformed JSON', { stateApi: 'malformed_json' as const }, 'bad_response'],
    ['REST API error', { restApi: 'server_error' as const }, 'server_error'],
    ['REST API malformed JSON', { restApi: 'malformed_json' as const }, 'bad_response'],
  ])('a %s ends the sign-in with a clear error and leaves no grant behind', async (_name, switches, code) => {
    Object.assign(core.sandbox.superoffice.switches, switches);
    await expect(core.connection.connect()).rejects.toMatchObject({ code });
    expect(core.connection.view()).toMatchObject({ status: 'error', error: { code } });
    expect(await core.keychain.get('superoffice:Cust12345:5')).toBeNull();
    expect(core.settings.value.connections.superoffice).toBeUndefined();
    expect(core.diskText()).not.toMatch(TOKEN_LIKE);
  });
});

describe('a keychain that refuses to save a rotated refresh token for a while', () => {
  it('keeps working from memory, says so, and saves the token once the keychain accepts again', async () => {
    core.sandbox.superoffice.switches.rotateRefreshTokens = true;
    await core.connection.connect();
    const real = core.keychain;
    let refusals = 3;
    // The real keychain, with a lock injected around its writes (a locked keychain cannot be unlocked from a test).
    core.secrets = {
      backend: real.backend,
      get: (account) => real.get(account),
      delete: (account) => real.delete(account),
      async set(account, secret) {
        if (refusals > 0) {
          refusals--;
          throw new SecretStoreError('keychain_locked', 'The keychain is locked.');
        }
        await real.set(account, secret);
      },
    };
    // After a restart, the first call refreshes; the server rotates; the keychain refuses (1).
    const restarted = core.boot();
    await restarted.restore();
    expect(restarted.view()).toMatchObject({ status: 'error', error: { code: 'keychain_locked', message: expect.stringMatching(/keeps working/) } });
    expect(restarted.restApi()).toBeDefined();
    // Each use retries the save: refused (2), refused (3), then saved.
    await restarted.verify();
    expect(restarted.view().status).toBe('error');
    await restarted.verify();
    expect(restarted.view().status).toBe('error');
    await restarted.verify();
    expect(restarted.view().status).toBe('connected');
    // The token in the keychain is the rotated one that worked from memory meanwhile.
    const restored = core.boot();
    await restored.restore();
    expect(restored.view().status).toBe('connected');
  });
});
