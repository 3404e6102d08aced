import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_LIKE } from '../../support/token-like.js';
import { ResetProxy } from '../../support/reset-proxy.js';
import { VideoHarness } from '../../support/video-harness.js';

const ZOE = { username: 'zoe@example.com', password: 'sandbox' };
const HOUR = 3600_000;
let app: VideoHarness;

beforeEach(async () => {
  app = await new VideoHarness().start();
  await app.connectSuperOffice();
});
afterEach(() => app.close());

const account = () => app.settings.value.video.providers.zoom!.keychainAccount;

describe('Zoom against its sandbox', () => {
  it('connects through the browser flow and shows the original service’s status line', async () => {
    const view = await app.connect('zoom', ZOE);
    expect(view).toMatchObject({ status: 'connected', statusText: 'Connected to Zoom. Logged in as Zoe Zoom, connected to Cust12345', active: true, nextAction: 'sign-out' });
    const authorize = new URL(app.person.opened.at(-1)!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/zoom\/callback$/);
    expect(await app.storedRefreshToken(account())).toBeTruthy();
    expect(app.diskText()).not.toMatch(TOKEN_LIKE);
  });

  it('creates a meeting with the saved passcode and shows the passcode Zoom returned', async () => {
    await app.connect('zoom', ZOE);
    await app.videos.savePasscode('zoom', 'Zq7*mK2@pX');
    const meeting = await app.videos.createTestMeeting('zoom');
    expect(meeting.joinUrl).toMatch(/^https:\/\/.*zoom\.us\/j\/\d+/);
    expect(meeting.passcode).toBe('Zq7*mK2@pX');
    expect(app.sandbox.zoom.meetings()).toHaveLength(1);
    expect(app.diskText().split('\n').filter((line) => line.includes('"level"')).join('\n')).not.toContain('Zq7*mK2@pX');
  });

  it('uses the passcode Zoom generates when the account requires one and none is saved', async () => {
    app.sandbox.zoom.switches.passcodeLocked = true;
    await app.connect('zoom', ZOE);
    const meeting = await app.videos.createTestMeeting('zoom');
    expect(meeting.passcode).toBeTruthy();
    expect(meeting.passcode).toBe(app.sandbox.zoom.meetings()[0]!.password);
  });

  it('reads the account’s passcode rules, generates compliant passcodes and explains invalid ones', async () => {
    app.sandbox.zoom.switches.passcodeRequirement = { ...app.sandbox.zoom.switches.passcodeRequirement, length: 8, have_special_character: true, have_number: true, have_upper_and_lower_characters: true, consecutive_characters_length: 4 };
    await app.connect('zoom', ZOE);
    const view = app.view('zoom');
    expect(view.passcode?.rules).toContain('8 to 10 characters');
    for (let i = 0; i < 20; i++) {
      const passcode = await app.videos.generatePasscode('zoom');
      await app.videos.savePasscode('zoom', passcode);
      await app.videos.createTestMeeting('zoom');
    }
    expect(app.sandbox.zoom.meetings()).toHaveLength(20);
    await expect(app.videos.savePasscode('zoom', 'abc')).rejects.toMatchObject({ code: 'invalid_passcode', message: expect.stringMatching(/at least 8/) });
    await expect(app.videos.savePasscode('zoom', 'Abc12345678*')).rejects.toMatchObject({ message: expect.stringMatching(/at most 10/) });
  });

  it('refreshes exactly once for concurrent callers and saves each rotated refresh token', async () => {
    await app.connect('zoom', ZOE);
    const first = await app.storedRefreshToken(account());
    const before = app.requests('POST /oauth/token');
    app.clock.offsetMs = 2 * HOUR;
    await Promise.all(Array.from({ length: 5 }, () => app.videos.createTestMeeting('zoom')));
    expect(app.requests('POST /oauth/token') - before).toBe(1);
    const rotated = await app.storedRefreshToken(account());
    expect(rotated).not.toBe(first);
    expect(app.sandbox.zoom.meetings()).toHaveLength(5);
  });

  it('becomes "needs re-authentication" with the reason when the user authorized another device (4741), keeping the record', async () => {
    await app.connect('zoom', ZOE);
    app.sandbox.zoom.switches.anotherDevice = true;
    app.clock.offsetMs = 2 * HOUR;
    await expect(app.videos.createTestMeeting('zoom')).rejects.toMatchObject({ code: 'reauth_other_device' });
    expect(app.view('zoom')).toMatchObject({ status: 'needs-reauth', nextAction: 'reconnect', error: { code: 'reauth_other_device' }, account: { displayName: 'Zoe Zoom' } });
  });

  it.each([400, 401] as const)('reads invalid_grant from the error field whatever the status (%i)', async (status) => {
    await app.connect('zoom', ZOE);
    app.sandbox.zoom.switches.invalidGrantStatus = status;
    app.sandbox.zoom.revokeAll('zoe@example.com');
    app.clock.offsetMs = 2 * HOUR;
    await expect(app.videos.createTestMeeting('zoom')).rejects.toMatchObject({ code: 'invalid_grant' });
    expect(app.view('zoom').status).toBe('needs-reauth');
  });

  it('waits out a short Retry-After and retries 5xx storms with backoff, losing no token', async () => {
    await app.connect('zoom', ZOE);
    const token = await app.storedRefreshToken(account());
    app.sandbox.zoom.switches.rateLimit = { remaining: 1, retryAfter: 'seconds' };
    await app.videos.createTestMeeting('zoom');
    app.sandbox.zoom.switches.serverErrors = 2;
    await app.videos.createTestMeeting('zoom');
    expect(app.sandbox.zoom.meetings()).toHaveLength(2);
    expect(await app.storedRefreshToken(account())).toBe(token);
  });

  it.each(['iso-date', 'http-date'] as const)('reports a daily limit (Retry-After as %s) as rate_limited with the time, and stays connected', async (form) => {
    await app.connect('zoom', ZOE);
    app.sandbox.zoom.switches.rateLimit = { remaining: 5, retryAfter: form };
    await expect(app.videos.createTestMeeting('zoom')).rejects.toMatchObject({ code: 'rate_limited' });
    expect(app.view('zoom').status).toBe('connected');
  });

  it('turns a persistent outage and a malformed body into clear errors without losing the connection', async () => {
    await app.connect('zoom', ZOE);
    app.sandbox.zoom.switches.serverErrors = 20;
    await expect(app.videos.createTestMeeting('zoom')).rejects.toMatchObject({ code: 'provider_unavailable' });
    app.sandbox.zoom.switches.serverErrors = 0;
    app.sandbox.zoom.switches.malformedJson = true;
    await expect(app.videos.createTestMeeting('zoom')).rejects.toMatchObject({ code: 'bad_response' });
    app.sandbox.zoom.switches.malformedJson = false;
    expect(app.view('zoom').status).toBe('connected');
    expect(await app.storedRefreshToken(account())).toBeTruthy();
  });

  it('gives up on a hanging API after its deadline (with retries), stays connected and keeps the token', async () => {
    app.env = { VMT_REQUEST_TIMEOUT_MS: '300' };
    app.boot();
    await app.connect('zoom', ZOE);
    const token = await app.storedRefreshToken(account());
    app.sandbox.zoom.switches.slowMs = 2_000;
    await expect(app.videos.createTestMeeting('zoom')).rejects.toMatchObject({ code: 'network', message: 'Zoom could not be reached.' });
    app.sandbox.zoom.switches.slowMs = 0;
    expect(app.view('zoom').status).toBe('connected');
    expect(await app.storedRefreshToken(account())).toBe(token);
    await app.videos.createTestMeeting('zoom');
  });

  it('disconnects: revokes at Zoom (the grant is dead), deletes the keychain entry, keeps other providers', async () => {
    await app.connect('zoom', ZOE);
    const keychainAccount = account();
    const token = await app.storedRefreshToken(keychainAccount);
    const revokes = app.requests('POST /oauth/revoke');
    const view = await app.videos.disconnect('zoom');
    expect(view).toMatchObject({ status: 'disconnected', statusText: 'Not connected' });
    expect(app.requests('POST /oauth/revoke') - revokes).toBe(1);
    expect(await app.keychain.get(keychainAccount)).toBeNull();
    const { oauthOrigin, clientId, clientSecret } = app.sandbox.zoom.describe();
    const refresh = await fetch(`${oauthOrigin}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token! }),
    });
    expect(refresh.status).toBeGreaterThanOrEqual(400);
    expect(app.superoffice.view().status).toBe('connected');
  });

  it('restores after a restart from the keychain', async () => {
    await app.connect('zoom', ZOE);
    const videos = app.boot();
    await app.superoffice.restore();
    await videos.restore();
    expect(app.view('zoom')).toMatchObject({ status: 'connected', statusText: 'Connected to Zoom. Logged in as Zoe Zoom, connected to Cust12345' });
  });
});

describe('Zoom behind a flaky network', () => {
  it('retries connection resets with backoff, and reports a network error (connection kept) when they persist', async () => {
    const api = new URL(app.sandbox.zoom.describe().apiBase);
    const proxy = await new ResetProxy(api).start();
    try {
      app.describe = (d) => ({ ...d, zoom: { ...d.zoom, apiBase: `${proxy.origin}${api.pathname}` } });
      app.boot();
      await app.superoffice.restore();
      await app.connect('zoom', ZOE);
      const token = await app.storedRefreshToken(account());
      proxy.breakFor(2);
      await app.videos.createTestMeeting('zoom');
      expect(app.sandbox.zoom.meetings()).toHaveLength(1);
      proxy.breakFor(50);
      await expect(app.videos.createTestMeeting('zoom')).rejects.toMatchObject({ code: 'network', message: 'Zoom could not be reached.' });
      expect(app.view('zoom').status).toBe('connected');
      expect(await app.storedRefreshToken(account())).toBe(token);
      proxy.resetNext = 0;
      await app.videos.createTestMeeting('zoom');
      expect(app.sandbox.zoom.meetings()).toHaveLength(2);
    } finally {
      await proxy.close();
    }
  });
});
