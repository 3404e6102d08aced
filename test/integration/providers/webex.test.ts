import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tokenLikeStrings } from '../../support/token-like.js';
import { VideoHarness } from '../../support/video-harness.js';

/** A port that is free right now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const WENDY = { username: 'wendy@example.com', password: 'sandbox' };
let app: VideoHarness;

beforeEach(async () => {
  app = await new VideoHarness().start();
  await app.connectSuperOffice();
});
afterEach(() => app.close());

const account = () => app.settings.value.video.providers.webex!.keychainAccount;

describe('Webex against its sandbox', () => {
  it('connects through the browser flow (sign-in on the identity broker host) and shows its status line', async () => {
    const view = await app.connect('webex', WENDY);
    expect(view).toMatchObject({ status: 'connected', statusText: 'Connected to Webex. Logged in as Wendy Webex, connected to Cust12345' });
    expect(new URL(app.person.opened.at(-1)!).searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webex\/callback$/);
    expect(await app.storedRefreshToken(account())).toBeTruthy();
    // Webex ids are long base64 strings; they are public identifiers, not secrets.
    const personIds = app.sandbox.webex.users.map((user) => user.personId);
    expect(tokenLikeStrings(app.diskText(), personIds)).toEqual([]);
    expect(app.diskText()).not.toContain((await app.storedRefreshToken(account()))!);
  });

  it('creates a meeting with a generated password that meets the site’s rules, and shows the password Webex kept', async () => {
    await app.connect('webex', WENDY);
    await app.videos.savePasscode('webex', await app.videos.generatePasscode('webex'));
    const meeting = await app.videos.createTestMeeting('webex');
    expect(meeting.joinUrl).toMatch(/^https:\/\/.*webex\.com\//);
    expect(meeting.passcode).toBe(app.settings.value.video.passcodes.webex);
    expect(app.sandbox.webex.meetings()).toHaveLength(1);
  });

  it('explains a password the site would refuse before sending it', async () => {
    await app.connect('webex', WENDY);
    await expect(app.videos.savePasscode('webex', 'short1')).rejects.toMatchObject({ code: 'invalid_passcode', message: expect.stringMatching(/at least 8/) });
    await expect(app.videos.savePasscode('webex', 'alllowercase1')).rejects.toMatchObject({ message: expect.stringMatching(/upper and lower/) });
  });

  it('refreshes an expired access token and keeps the same refresh token', async () => {
    await app.connect('webex', WENDY);
    const token = await app.storedRefreshToken(account());
    app.clock.offsetMs = 2 * 3600_000;
    await app.videos.createTestMeeting('webex');
    expect(await app.storedRefreshToken(account())).toBe(token);
  });

  it('asks for re-authentication when the grant is gone, and handles 429 and malformed bodies', async () => {
    await app.connect('webex', WENDY);
    app.sandbox.webex.switches.rateLimit = { remaining: 1, retryAfter: 'seconds' };
    await app.videos.createTestMeeting('webex');
    app.sandbox.webex.switches.malformedJson = true;
    await expect(app.videos.createTestMeeting('webex')).rejects.toMatchObject({ code: 'bad_response' });
    app.sandbox.webex.switches.malformedJson = false;
    app.sandbox.webex.revokeAll('wendy@example.com');
    app.clock.offsetMs = 2 * 3600_000;
    await expect(app.videos.createTestMeeting('webex')).rejects.toMatchObject({ code: 'invalid_grant' });
    expect(app.view('webex').status).toBe('needs-reauth');
  });

  it('refuses the sign-in when the Webex organisation has not allowed the integration', async () => {
    app.sandbox.webex.switches.integrationBlockedByOrg = true;
    await expect(app.connect('webex', WENDY)).rejects.toMatchObject({ code: 'access_denied' });
    expect(app.view('webex').status).toBe('error');
  });

  it('signs in on a fixed loopback port when the integration registered one (Webex matches the port too)', async () => {
    const port = await freePort();
    app.sandbox.webex.switches.registeredRedirectPort = port;
    app.env = { VMT_WEBEX_REDIRECT_PORT: String(port) };
    app.boot();
    await app.connect('webex', WENDY);
    expect(new URL(app.person.opened.at(-1)!).searchParams.get('redirect_uri')).toBe(`http://127.0.0.1:${port}/webex/callback`);
    expect(app.view('webex').status).toBe('connected');
  });

  it('disconnects by deleting the local tokens (Webex integrations have no revocation endpoint)', async () => {
    await app.connect('webex', WENDY);
    const keychainAccount = account();
    const view = await app.videos.disconnect('webex');
    expect(view.status).toBe('disconnected');
    expect(view.statusText).toMatch(/deleted its sign-in on this computer only.*Webex Control Hub/);
    expect(await app.keychain.get(keychainAccount)).toBeNull();
  });
});
