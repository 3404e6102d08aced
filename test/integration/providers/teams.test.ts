import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tokenLikeStrings } from '../../support/token-like.js';
import { VideoHarness } from '../../support/video-harness.js';

const ADELE = { username: 'adele@contoso.example', password: 'sandbox' };
const MEGAN = { username: 'megan@contoso.example', password: 'sandbox' };
let app: VideoHarness;

beforeEach(async () => {
  app = await new VideoHarness().start();
  await app.connectSuperOffice();
});
afterEach(() => app.close());

const account = () => app.settings.value.video.providers.teams!.keychainAccount;

describe('Microsoft Teams against its sandbox', () => {
  it('connects a Microsoft 365 admin (public client, no secret) and shows its status line', async () => {
    const view = await app.connect('teams', ADELE);
    expect(view).toMatchObject({ status: 'connected', statusText: expect.stringMatching(/^Connected to Teams\. Logged in as .+, connected to Cust12345$/) });
    const authorize = new URL(app.person.opened.at(-1)!);
    expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/teams\/callback$/);
    expect(authorize.searchParams.get('scope')).toContain('offline_access');
    expect(tokenLikeStrings(app.diskText())).toEqual([]);
    expect(app.diskText()).not.toContain((await app.storedRefreshToken(account()))!);
  });

  it('explains that a non-admin needs an administrator to approve the app (tenant without user consent)', async () => {
    app.sandbox.microsoft.switches.consentRequired = true;
    await expect(app.connect('teams', MEGAN)).rejects.toMatchObject({ code: 'access_denied', message: expect.stringMatching(/administrator/) });
    expect(app.view('teams').status).toBe('error');
  });

  it('creates an online meeting with its join link, meeting ID and the passcode Teams generated', async () => {
    await app.connect('teams', ADELE);
    const meeting = await app.videos.createTestMeeting('teams');
    expect(meeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(meeting.meetingId).toMatch(/^\d{10,14}$/);
    expect(meeting.passcode).toBeTruthy();
    expect(app.sandbox.microsoft.meetings()).toHaveLength(1);
  });

  it('falls back to a calendar event with isOnlineMeeting when online meetings are refused, re-reading a null joinUrl', async () => {
    await app.connect('teams', ADELE);
    app.sandbox.microsoft.switches.personalAccount = true;
    app.sandbox.microsoft.switches.onlineMeetingNullReads = 1;
    const meeting = await app.videos.createTestMeeting('teams');
    expect(meeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(app.sandbox.microsoft.meetings().map((m) => m.kind)).toEqual(['event']);
  });

  it('saves the new refresh token Microsoft sends on every refresh', async () => {
    await app.connect('teams', ADELE);
    const first = await app.storedRefreshToken(account());
    app.clock.offsetMs = 2 * 3600_000;
    await Promise.all([app.videos.createTestMeeting('teams'), app.videos.createTestMeeting('teams')]);
    const second = await app.storedRefreshToken(account());
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
  });

  it.each([
    ['grantRevoked', 'AADSTS50173'],
    ['refreshExpired', 'AADSTS700082'],
  ] as const)('asks for re-authentication after %s (%s)', async (switchName, _code) => {
    await app.connect('teams', ADELE);
    app.sandbox.microsoft.switches[switchName] = true;
    app.clock.offsetMs = 2 * 3600_000;
    await expect(app.videos.createTestMeeting('teams')).rejects.toMatchObject({ code: 'invalid_grant' });
    expect(app.view('teams')).toMatchObject({ status: 'needs-reauth', nextAction: 'reconnect' });
  });

  it('waits out Graph throttling (Retry-After in seconds) and 503s', async () => {
    await app.connect('teams', ADELE);
    app.sandbox.microsoft.switches.rateLimit = { remaining: 1, retryAfter: 'seconds' };
    app.sandbox.microsoft.switches.serverErrors = 1;
    await app.videos.createTestMeeting('teams');
    expect(app.sandbox.microsoft.meetings()).toHaveLength(1);
  });

  it('disconnects by deleting the local tokens only, never signing the user out everywhere', async () => {
    await app.connect('teams', ADELE);
    const keychainAccount = account();
    const { view, revoked } = await app.videos.connection('teams').disconnect();
    expect(view.status).toBe('disconnected');
    expect(view.statusText).toMatch(/Microsoft has no way for an app to revoke its own access.*Microsoft Entra/);
    expect(revoked).toBe(false);
    expect(await app.keychain.get(keychainAccount)).toBeNull();
    expect(app.sandbox.microsoft.revokeSignInSessionsCalls).toBe(0);
  });
});
