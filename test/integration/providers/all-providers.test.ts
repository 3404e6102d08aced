import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jitsiRoomName } from '../../../main/providers/jitsi/jitsi-connection.js';
import { tokenLikeStrings } from '../../support/token-like.js';
import { VideoHarness } from '../../support/video-harness.js';

const USERS = {
  zoom: { username: 'zoe@example.com', password: 'sandbox' },
  google: { username: 'gina@example.com', password: 'sandbox' },
  teams: { username: 'adele@contoso.example', password: 'sandbox' },
  webex: { username: 'wendy@example.com', password: 'sandbox' },
} as const;
let app: VideoHarness;

beforeEach(async () => {
  app = await new VideoHarness().start();
  await app.connectSuperOffice();
});
afterEach(() => app.close());

describe('Jitsi Meet', () => {
  it('needs no account: choosing it connects it, with the SuperOffice user and tenant in its status line', async () => {
    const views = await app.videos.setActive('jitsi');
    expect(views.find((v) => v.id === 'jitsi')).toMatchObject({
      status: 'connected',
      active: true,
      needsAccount: false,
      statusText: 'Connected to Jitsi Meet. Logged in as Alice Andersen and connected to Cust12345',
    });
    expect(app.person.opened.filter((url) => !url.includes('/login/'))).toEqual([]);
  });

  it('creates an unguessable room on the configured server', async () => {
    await app.videos.setActive('jitsi');
    const first = await app.videos.createTestMeeting('jitsi');
    const second = await app.videos.createTestMeeting('jitsi');
    expect(first.joinUrl).toMatch(/^https:\/\/meet\.jit\.si\/VideoMeetingsTray-[a-z2-7]{20}$/);
    expect(first.joinUrl).not.toBe(second.joinUrl);
    expect(new Set(Array.from({ length: 5000 }, () => jitsiRoomName())).size).toBe(5000);
  });

  it('turning it off clears it as the active provider', async () => {
    await app.videos.setActive('jitsi');
    const view = await app.videos.disconnect('jitsi');
    expect(view.status).toBe('disconnected');
    expect(app.videos.active).toBeUndefined();
  });
});

describe('several providers', () => {
  it('keeps one provider active at a time while the others stay signed in until disconnected', async () => {
    await app.connect('zoom', USERS.zoom);
    await app.connect('google', USERS.google);
    expect(app.videos.active).toBe('zoom');
    const views = await app.videos.setActive('google');
    expect(views.filter((v) => v.active).map((v) => v.id)).toEqual(['google']);
    expect(views.find((v) => v.id === 'zoom')?.status).toBe('connected');
    expect(await app.keychain.get(app.settings.value.video.providers.zoom!.keychainAccount)).toBeTruthy();
    await app.videos.disconnect('google');
    expect(app.view('zoom').status).toBe('connected');
  });

  it('names the SuperOffice tenant in each status line, and says when SuperOffice is not connected', async () => {
    await app.connect('zoom', USERS.zoom);
    expect(app.view('zoom').statusText).toContain('connected to Cust12345');
    await app.superoffice.disconnect();
    expect(app.view('zoom').statusText).toBe('Connected to Zoom. Logged in as Zoe Zoom, connected to no SuperOffice tenant yet');
  });

  it('leaves no token, code, verifier or passcode in the log, and no token in the settings, after a full run', async () => {
    for (const id of ['zoom', 'google', 'teams', 'webex'] as const) await app.connect(id, USERS[id]);
    await app.videos.savePasscode('zoom', 'Zq7*mK2@pX');
    await app.videos.savePasscode('webex', 'Wb4xKq9Lm2');
    const meetings = [];
    for (const id of ['zoom', 'google', 'teams', 'webex', 'jitsi'] as const) {
      if (id === 'jitsi') await app.videos.setActive('jitsi');
      meetings.push(await app.videos.createTestMeeting(id));
    }
    app.clock.offsetMs = 2 * 3600_000;
    for (const id of ['zoom', 'google', 'teams', 'webex'] as const) await app.videos.createTestMeeting(id);
    for (const id of ['zoom', 'google', 'teams', 'webex'] as const) await app.videos.disconnect(id);

    const log = readFileSync(app.logFile, 'utf8');
    const settings = readFileSync(`${app.dataDir}/config.json`, 'utf8');
    const webexIds = app.sandbox.webex.users.map((user) => user.personId);
    expect(tokenLikeStrings(log, webexIds)).toEqual([]);
    expect(tokenLikeStrings(settings, webexIds)).toEqual([]);
    for (const secret of ['Zq7*mK2@pX', 'Wb4xKq9Lm2', ...meetings.map((m) => m.passcode).filter(Boolean)]) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/code_verifier|refresh_token"|access_token"|Bearer [^[]/);
    expect(log).toContain('provider.connected');
  });
});
