/**
 * Child process for the locked-keychain test, run in its own D-Bus session and keyring (locking the
 * keyring would disturb other test files): signs in, locks the real gnome-keyring, then uses the app.
 */
import { spawnSync } from 'node:child_process';
import { CoreApp } from '../../support/core-app.js';
import { VideoHarness } from '../../support/video-harness.js';

const lock = () =>
  spawnSync('dbus-send', ['--session', '--dest=org.freedesktop.secrets', '--type=method_call', '--print-reply', '/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.Lock', 'array:objpath:/org/freedesktop/secrets/collection/login']).status;

// The whole core as the renderer sees it, signed in before the lock; restarted after it (below).
const core = await new CoreApp().start();
await core.call('connect', 'superoffice');

const app = await new VideoHarness().start();
app.sandbox.superoffice.switches.rotateRefreshTokens = true;
await app.connectSuperOffice();
await app.connect('zoom', { username: 'zoe@example.com', password: 'sandbox' });
const result: Record<string, unknown> = { lockStatus: lock() };

// Mid-run: Zoom rotates the refresh token on this refresh; the keychain refuses to save it.
app.clock.offsetMs = 2 * 3600_000;
result.firstMeeting = await app.videos.createTestMeeting('zoom').then(() => 'created', (e: { code?: string }) => e.code);
result.zoomAfterRotation = { status: app.view('zoom').status, code: app.view('zoom').error?.code, message: app.view('zoom').error?.message };
result.secondMeeting = await app.videos.createTestMeeting('zoom').then(() => 'created', (e: { code?: string }) => e.code);
result.meetingsAtZoom = app.sandbox.zoom.meetings().length;

// At start: a locked keychain is reported as locked, not as a missing sign-in.
app.boot();
await app.superoffice.restore();
result.superOfficeAtRestore = { status: app.superoffice.view().status, code: app.superoffice.view().error?.code };

// The core restarted with the keychain locked: the card the renderer gets carries the classified failure.
await core.boot();
const card = (await core.call('listConnections')).find((view) => view.id === 'superoffice');
result.coreCard = { status: card?.status, code: card?.error?.code, diagnosis: card?.diagnosis };
await core.core.stop();
await core.sandbox.close();

process.stdout.write(`${JSON.stringify(result)}\n`);
await app.sandbox.close();
process.exit(0);
