import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../main/secrets/keytar-secret-store.js';
import { CoreApp } from '../support/core-app.js';
import { tokenLikeStrings } from '../support/token-like.js';
import { PROVIDER_USERS } from '../integration/meetings/support.js';
import { BuiltCli } from './support/built-cli.js';

const ACCOUNT = 'superoffice:Cust12345:5';
const SIGN_IN_LINE = /Open this page in your browser to sign in: (\S+)\n/;

/** The CLI as a process, on the data folder and keychain of an app where Alice signed in to SuperOffice. */
describe('npm run cli -- status / diagnose / disconnect / repair', () => {
  const cli = new BuiltCli();
  let app: CoreApp;
  let keychain: KeytarSecretStore;
  let refreshToken: string;

  beforeAll(async () => {
    await cli.build();
    app = await new CoreApp().start();
    await app.call('connect', 'superoffice');
    await app.core.stop();
    keychain = new KeytarSecretStore(app.keychainService);
    refreshToken = (JSON.parse((await keychain.get(ACCOUNT))!) as { refreshToken: string }).refreshToken;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    cli.remove();
  });

  it('status: SuperOffice connected, exit 0', async () => {
    const run = await cli.run(app, ['status']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^superoffice +connected +Connected to Cust12345 as Alice Andersen$/);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(7);
  });

  it('status --json: one JSON line', async () => {
    const run = await cli.run(app, ['status', '--json']);
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as { connections: Array<{ id: string; status: string; setUp: boolean }>; needsAttention: string[] };
    expect(parsed.connections[0]).toMatchObject({ id: 'superoffice', status: 'connected', setUp: true });
    expect(parsed.needsAttention).toEqual([]);
  });

  it('diagnose: every section, the identity and the token expiry; never a token', async () => {
    const run = await cli.run(app, ['diagnose']);
    expect(run.code).toBe(0);
    const report = run.stdout;
    expect(report).toMatch(/^Video Meetings Tray \d+\.\d+\.\d+ diagnostics — host: browser, environment: Sandbox \(sandbox\), OS: \w+ /);
    for (const heading of ['\nConnections\n', '\nSettings\n', '\nKeychain\n', '\nAgenda\n']) expect(report).toContain(heading);
    expect(report).toContain('  SuperOffice CRM Online (superoffice)\n');
    expect(report).toContain('Alice Andersen <alice@example.com>, tenant Cust12345');
    expect(report).toMatch(/Access token expires: +\d{4}-\d\d-\d\dT/);
    expect(report).toContain('  Reachable: yes\n');
    expect(report).not.toContain(refreshToken);
    expect(tokenLikeStrings(report)).toEqual([]);
    expect(report).not.toMatch(/code=|access_token|refresh_token|id_token/i);
  });

  it('diagnose --json: the same data as one JSON object, never a token', async () => {
    const run = await cli.run(app, ['diagnose', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { app: { environment: string }; connections: Array<{ id: string; account?: { email?: string }; accessTokenExpiresAt?: string }>; keychain: { reachable: boolean } };
    expect(report.app.environment).toBe('sandbox');
    expect(report.connections[0]).toMatchObject({ id: 'superoffice', account: { email: 'alice@example.com' } });
    expect(report.connections[0]!.accessTokenExpiresAt).toMatch(/^\d{4}-/);
    expect(report.keychain.reachable).toBe(true);
    expect(run.stdout).not.toContain(refreshToken);
    expect(tokenLikeStrings(run.stdout)).toEqual([]);
  });

  it('disconnect nope: usage error, exit 2', async () => {
    const run = await cli.run(app, ['disconnect', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^disconnect: unknown connection "nope" \(one of superoffice, zoom, /);
  });

  it('status: exit 1 once SuperOffice revoked the grant (the restore check fails)', async () => {
    await app.sandbox.superoffice.revokeAllGrants('alice@example.com');
    const run = await cli.run(app, ['status']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^superoffice +needs-reauth +/);
    const report = await cli.run(app, ['diagnose']);
    expect(report.stdout).toMatch(/Last error: +invalid_grant: /);
  });

  it('disconnect superoffice: exit 0, then status says disconnected and the keychain entry is gone', async () => {
    const run = await cli.run(app, ['disconnect', 'superoffice']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^superoffice +disconnected +/);
    expect(await keychain.get(ACCOUNT)).toBeNull();
    const status = await cli.run(app, ['status']);
    expect(status.code).toBe(0);
    expect(status.stdout.split('\n')[0]).toMatch(/^superoffice +disconnected +/);
  });

  it('repair superoffice: prints the sign-in page, reports progress, ends connected with exit 0', async () => {
    let opened = false;
    const run = await cli.run(app, ['repair', 'superoffice'], (stderr) => {
      const url = SIGN_IN_LINE.exec(stderr)?.[1];
      if (url && !opened) {
        opened = true;
        void app.person.open(url);
      }
    });
    expect(run.stderr).toMatch(/^repair: .+: (running|done)/m);
    expect(opened).toBe(true);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^superoffice +connected +Connected to Cust12345 as Alice Andersen\n$/);
    expect(await keychain.get(ACCOUNT)).not.toBeNull();
    expect((await cli.run(app, ['status'])).code).toBe(0);
  });

  describe('a video provider (Zoom)', () => {
    let zoomAccount: string;
    /** Runs `repair zoom`, opening the sign-in page it prints as the person would. */
    const repairZoom = () => {
      let opened = false;
      return cli.run(app, ['repair', 'zoom'], (stderr) => {
        const url = SIGN_IN_LINE.exec(stderr)?.[1];
        if (url && !opened) {
          opened = true;
          void app.person.open(url);
        }
      });
    };

    beforeAll(async () => {
      await app.boot();
      app.person.user = { ...PROVIDER_USERS.zoom };
      await app.call('connect', 'zoom');
      await app.call('setActiveProvider', 'zoom');
      await app.core.stop();
      zoomAccount = (JSON.parse(app.read('config.json')) as { video: { providers: { zoom: { keychainAccount: string } } } }).video.providers.zoom.keychainAccount;
    });

    it('repair zoom: revoked at Zoom, signed in again with a new grant, exit 0', async () => {
      const before = await keychain.get(zoomAccount);
      const run = await repairZoom();
      expect(run.stderr).toMatch(/^repair: Revoke the app’s access at Zoom: done/m);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^zoom +connected +Connected to Zoom\. Logged in as Zoe Zoom/);
      const after = await keychain.get(zoomAccount);
      expect(after).toBeTruthy();
      expect(after).not.toBe(before);
      expect(app.requests('[zoom] POST /oauth/revoke → 200')).toBe(1);
    });

    it('repair zoom while Zoom is down (API 503, revocation 500): exit 1 with the failed step and why, the sign-in kept; once Zoom answers, exit 0', async () => {
      const before = await keychain.get(zoomAccount);
      app.sandbox.zoom.switches.serverErrors = 1000;
      app.sandbox.zoom.switches.revokeErrors = 1000;
      const failed = await repairZoom();
      app.sandbox.zoom.switches.serverErrors = 0;
      app.sandbox.zoom.switches.revokeErrors = 0;
      expect(failed.code).toBe(1);
      expect(failed.stdout).toBe('');
      expect(failed.stderr).toMatch(/^repair: Remove this computer’s Zoom configuration: failed — Zoom could not be reached to revoke the app’s access, so the sign-in is still stored on this computer\.$/m);
      expect(failed.stderr).toMatch(/^repair: Try again in a few minutes\.$/m);
      expect(failed.stderr).not.toContain('Open this page in your browser');
      expect(app.requests('[zoom] POST /oauth/revoke → 500')).toBeGreaterThanOrEqual(1);
      // Still signed in here (the start's token refresh may have rotated the stored grant), and Repair can run again.
      const kept = await keychain.get(zoomAccount);
      expect(kept).toBeTruthy();
      expect(app.read('config.json')).toContain(zoomAccount);

      const repaired = await repairZoom();
      expect(repaired.code).toBe(0);
      expect(repaired.stderr).toMatch(/^repair: Revoke the app’s access at Zoom: done/m);
      expect(repaired.stdout).toMatch(/^zoom +connected +Connected to Zoom\. Logged in as Zoe Zoom/);
      const after = await keychain.get(zoomAccount);
      expect(after).toBeTruthy();
      expect(after).not.toBe(kept);
      expect(after).not.toBe(before);
    });

    it('repair zoom while only Zoom’s API is down (503): the old grant revoked, the sign-in step fails with why, exit 1', async () => {
      app.sandbox.zoom.switches.serverErrors = 1000;
      const run = await repairZoom();
      app.sandbox.zoom.switches.serverErrors = 0;
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^repair: Revoke the app’s access at Zoom: done/m);
      expect(run.stderr).toMatch(/^repair: Sign in to Zoom again: failed — Zoom is having problems right now\.$/m);
      expect(run.stdout).not.toMatch(/^zoom +connected/m);
      expect(await keychain.get(zoomAccount)).toBeNull();
    });

    it('disconnect zoom while Zoom cannot revoke: signed out here, the status line says Zoom still has to be told, no exit 13', async () => {
      expect((await repairZoom()).code).toBe(0);
      app.sandbox.zoom.switches.serverErrors = 1000;
      app.sandbox.zoom.switches.revokeErrors = 1000;
      const run = await cli.run(app, ['disconnect', 'zoom']);
      app.sandbox.zoom.switches.serverErrors = 0;
      app.sandbox.zoom.switches.revokeErrors = 0;
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^zoom +disconnected +.*Zoom could not be reached to revoke the app’s access, so the app deleted its sign-in on this computer\. You can remove the app in the Zoom Marketplace/);
      expect(await keychain.get(zoomAccount)).toBeNull();
    });

    it('disconnect zoom: exit 0, disconnected, the keychain entry gone', async () => {
      expect((await repairZoom()).code).toBe(0);
      const run = await cli.run(app, ['disconnect', 'zoom']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^zoom +disconnected +/);
      expect(await keychain.get(zoomAccount)).toBeNull();
      expect((await cli.run(app, ['status'])).stdout).toMatch(/^zoom +disconnected +/m);
    });
  });
});
