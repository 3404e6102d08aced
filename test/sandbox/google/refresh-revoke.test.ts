import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSwitches } from '../../../main/sandbox/google/switches.js';
import { calendar, endpoints, exchangeCode, refresh, revoke, signIn, signInForTokens, type SignInResult } from './support/google-oauth.js';
import { startTestGoogle } from './support/start.js';

let google: Awaited<ReturnType<typeof startTestGoogle>>;
beforeAll(async () => {
  google = await startTestGoogle();
});
afterAll(() => google.close());
afterEach(() => {
  Object.assign(google.api.switches, defaultSwitches());
});
// Google remembers consent per user and app: start every test as if the app was never authorized.
beforeEach(async () => {
  for (const user of google.api.users) await google.api.revokeAll(user.username);
});

const DEAD = { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' };
const DEAD_TOKEN = { error: 'invalid_token', error_description: 'Token expired or revoked' };

/** One more refresh token for the same user and app, from the same browser (prompt=consent). */
async function anotherRefreshToken(browser: SignInResult['browser']): Promise<string> {
  const result = await signIn(google.api, { browser, params: { prompt: 'consent' } });
  return String((await exchangeCode(google.api, result)).json.refresh_token);
}

describe('refresh (no rotation)', () => {
  it('answers without a refresh_token, and the same refresh token keeps working', async () => {
    const tokens = await signInForTokens(google.api);
    const refreshToken = tokens.refresh_token ?? '';
    for (let i = 0; i < 3; i++) {
      const response = await refresh(google.api, refreshToken);
      expect(response.status).toBe(200);
      expect(Object.keys(response.json)).toEqual(['access_token', 'expires_in', 'scope', 'token_type', 'id_token']);
      expect(response.json).toMatchObject({ expires_in: 3599, token_type: 'Bearer', scope: tokens.scope });
      expect(response.json.access_token).not.toBe(tokens.access_token);
      expect((await calendar(google.api, String(response.json.access_token), '/calendars/primary/events')).status).toBe(200);
    }
  });

  it('fails unknown tokens with 400 invalid_grant "Token has been expired or revoked."', async () => {
    const response = await refresh(google.api, 'not-a-refresh-token');
    expect(response.status).toBe(400);
    expect(response.json).toEqual(DEAD);
  });

  it('silently invalidates the oldest refresh token beyond the per-user-and-app limit (Google: 100)', async () => {
    expect(google.api.switches.refreshTokenLimit).toBe(100);
    google.api.switches.refreshTokenLimit = 3;
    const first = await signIn(google.api, { params: { prompt: 'consent' } });
    const tokens = [String((await exchangeCode(google.api, first)).json.refresh_token)];
    for (let i = 0; i < 3; i++) tokens.push(await anotherRefreshToken(first.browser));
    expect((await refresh(google.api, tokens[0] ?? '')).json).toEqual(DEAD);
    for (const token of tokens.slice(1)) expect((await refresh(google.api, token)).status).toBe(200);
  });

  it('expires access tokens (accessTokenTtlSeconds) and, in Testing mode (refreshTokenTtlSeconds), refresh tokens', async () => {
    google.api.switches.accessTokenTtlSeconds = 1;
    google.api.switches.refreshTokenTtlSeconds = 1;
    const tokens = await signInForTokens(google.api, { params: { prompt: 'consent' } });
    expect(tokens.expires_in).toBe(1);
    expect((await calendar(google.api, tokens.access_token, '/calendars/primary/events')).status).toBe(200);
    await sleep(1100);
    const expired = await calendar(google.api, tokens.access_token, '/calendars/primary/events');
    expect(expired.status).toBe(401);
    expect((expired.json.error as { message: string }).message).toBe('Invalid Credentials');
    expect((await refresh(google.api, tokens.refresh_token ?? '')).json).toEqual(DEAD);
  });
});

describe('revocation (POST /revoke, token=…)', () => {
  it('revokes a refresh token: 200 {}, then refresh fails, the access token gets 401, and a second revoke gets 400 invalid_token', async () => {
    const tokens = await signInForTokens(google.api);
    const response = await revoke(google.api, tokens.refresh_token ?? '');
    expect(response.status).toBe(200);
    expect(response.json).toEqual({});
    expect((await refresh(google.api, tokens.refresh_token ?? '')).json).toEqual(DEAD);
    expect((await calendar(google.api, tokens.access_token, '/calendars/primary/events')).status).toBe(401);
    const again = await revoke(google.api, tokens.refresh_token ?? '');
    expect(again.status).toBe(400);
    expect(again.json).toEqual(DEAD_TOKEN);
  });

  it('revoking the access token (token in the query string) kills the refresh token too: the whole grant goes', async () => {
    const tokens = await signInForTokens(google.api);
    expect((await revoke(google.api, tokens.access_token, 'query')).status).toBe(200);
    expect((await refresh(google.api, tokens.refresh_token ?? '')).json).toEqual(DEAD);
  });

  it('ends every token of that user for the app, and the next sign-in asks for consent again and returns a refresh token', async () => {
    const first = await signIn(google.api);
    const older = await signInForTokens(google.api, { browser: first.browser, params: { prompt: 'consent' } });
    const newer = await signInForTokens(google.api, { browser: first.browser, params: { prompt: 'consent' } });
    expect((await revoke(google.api, newer.refresh_token ?? '')).status).toBe(200);
    expect((await refresh(google.api, older.refresh_token ?? '')).json).toEqual(DEAD);
    const again = await signIn(google.api, { browser: first.browser });
    expect(again.pages).toEqual(['consent']);
  });

  it('answers unknown tokens with 400 invalid_token and GET with 404', async () => {
    const unknown = await revoke(google.api, 'never-issued');
    expect(unknown.status).toBe(400);
    expect(unknown.json).toEqual(DEAD_TOKEN);
    const { revocation } = await endpoints(google.api);
    expect((await fetch(`${revocation}?token=x`)).status).toBe(404);
  });

  it('revokeAll(username) acts like removing the app under Third-party access, for that user only', async () => {
    const gina = await signInForTokens(google.api, { username: 'gina@example.com' });
    const gus = await signInForTokens(google.api, { username: 'gus@example.com' });
    await google.api.revokeAll('gina@example.com');
    expect((await refresh(google.api, gina.refresh_token ?? '')).json).toEqual(DEAD);
    expect((await calendar(google.api, gina.access_token, '/calendars/primary/events')).status).toBe(401);
    expect((await refresh(google.api, gus.refresh_token ?? '')).status).toBe(200);
    expect(google.lines.some((line) => line.includes('gina@example.com removed the app'))).toBe(true);
  });
});
