import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tokenLikeStrings } from '../../support/token-like.js';
import { VideoHarness } from '../../support/video-harness.js';

const GINA = { username: 'gina@example.com', password: 'sandbox' };
const CALENDAR = 'https://www.googleapis.com/auth/calendar.events';
let app: VideoHarness;

beforeEach(async () => {
  app = await new VideoHarness().start();
  await app.connectSuperOffice();
});
afterEach(() => app.close());

const account = () => app.settings.value.video.providers.google!.keychainAccount;

async function refreshWorks(refreshToken: string): Promise<boolean> {
  const { issuer, clientId, clientSecret } = app.sandbox.google.describe();
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { token_endpoint: string };
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId, client_secret: clientSecret }),
  });
  return response.ok;
}

describe('Google Meet against its sandbox', () => {
  it('connects (offline access, consent, OpenID identity) and shows the original service’s status line', async () => {
    const view = await app.connect('google', GINA);
    expect(view).toMatchObject({ status: 'connected', statusText: 'Logged in as Gina Google and connected to Google' });
    const authorize = new URL(app.person.opened.at(-1)!);
    expect(authorize.searchParams.get('access_type')).toBe('offline');
    expect(authorize.searchParams.get('prompt')).toBe('consent');
    expect(authorize.searchParams.get('scope')).toContain(CALENDAR);
    expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/google\/callback$/);
    const token = await app.storedRefreshToken(account());
    expect(token).toBeTruthy();
    expect(app.diskText()).not.toContain(token!);
    expect(tokenLikeStrings(app.diskText())).toEqual([]);
  });

  it('refuses a grant without Calendar access (granular consent) and gives it back', async () => {
    app.person.consentFields = (fields) => Object.fromEntries(Object.entries(fields).filter(([name]) => name !== CALENDAR));
    await expect(app.connect('google', GINA)).rejects.toMatchObject({ code: 'insufficient_scope' });
    expect(app.view('google').status).toBe('error');
    expect(app.settings.value.video.providers.google).toBeUndefined();
  });

  it('creates a Meet conference through events.insert with conferenceDataVersion=1, polling while it is pending', async () => {
    await app.connect('google', GINA);
    app.sandbox.google.switches.conferencePendingReads = 2;
    const meeting = await app.videos.createTestMeeting('google');
    expect(meeting.joinUrl).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    const meetings = app.sandbox.google.meetings();
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.meetUrl).toBe(meeting.joinUrl);
  });

  it('reports a failed conference clearly and leaves no event behind', async () => {
    await app.connect('google', GINA);
    app.sandbox.google.switches.conferenceFailure = true;
    await expect(app.videos.createTestMeeting('google')).rejects.toMatchObject({ code: 'provider_unavailable' });
    expect(app.sandbox.google.meetings()).toHaveLength(0);
  });

  it('keeps the old refresh token when Google’s refresh response carries none', async () => {
    await app.connect('google', GINA);
    const token = await app.storedRefreshToken(account());
    app.clock.offsetMs = 2 * 3600_000;
    await app.videos.createTestMeeting('google');
    expect(await app.storedRefreshToken(account())).toBe(token);
  });

  it('retries Google’s 403 rateLimitExceeded and 5xx, and stays connected', async () => {
    await app.connect('google', GINA);
    app.sandbox.google.switches.forbiddenRateLimit = 1;
    app.sandbox.google.switches.serverErrors = 1;
    await app.videos.createTestMeeting('google');
    expect(app.view('google').status).toBe('connected');
  });

  it('asks for re-authentication when the user revoked the app at Google (invalid_grant)', async () => {
    await app.connect('google', GINA);
    await app.sandbox.google.revokeAll('gina@example.com');
    app.clock.offsetMs = 2 * 3600_000;
    await expect(app.videos.createTestMeeting('google')).rejects.toMatchObject({ code: 'invalid_grant' });
    expect(app.view('google')).toMatchObject({ status: 'needs-reauth', nextAction: 'reconnect' });
  });

  it('disconnects: revokes at Google (already-invalid counts as done) and deletes the keychain entry', async () => {
    await app.connect('google', GINA);
    const keychainAccount = account();
    const token = await app.storedRefreshToken(keychainAccount);
    const { revoked } = await app.videos.connection('google').disconnect();
    expect(revoked).toBe(true);
    expect(await refreshWorks(token!)).toBe(false);
    expect(await app.keychain.get(keychainAccount)).toBeNull();

    await app.connect('google', GINA);
    await app.sandbox.google.revokeAll('gina@example.com');
    expect((await app.videos.connection('google').disconnect()).revoked).toBe(true);
  });
});
