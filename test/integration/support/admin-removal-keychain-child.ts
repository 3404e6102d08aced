/**
 * Child process for the "administrator's removal while the keychain is gone" test, run in its own D-Bus
 * session and keyring (stopping the keyring would disturb other test files): Alice connects Zoom, her
 * administrator asks for its removal, and the Secret Service daemon of this session (found by its D-Bus
 * name, ended by its process id) stops before her app's sync. A locked gnome-keyring is not enough: it
 * still lets the app delete its entry, so the removal succeeds there.
 */
import { spawnSync } from 'node:child_process';
import { startUserAndAdmin } from '../../support/user-and-admin.js';
import { useProvider } from '../meetings/support.js';

const secretServicePid = () =>
  Number(/uint32 (\d+)/.exec(spawnSync('dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.GetConnectionUnixProcessID', 'string:org.freedesktop.secrets']).stdout.toString())?.[1] ?? 0);

const { user, admin, close } = await startUserAndAdmin();
const keys = () => user.sandbox.superoffice.foreignSystem.keys().map((key) => key.key.replace(/^[0-9a-f-]{36}/, '<installation>'));
const zoomStatus = async () => (await user.call('listConnections')).find((view) => view.id === 'zoom')!.status;
const lastFailure = async () => /^\s*Last failure: (.*)$/m.exec(await user.call('getDiagnostics'))?.[1];
const stillConfigured = () => Boolean((JSON.parse(user.read('config.json')) as { video: { providers: { zoom?: unknown } } }).video.providers.zoom);

await useProvider(user, 'zoom');
await user.core.syncAdminMarkers();
const [zoom] = (await admin.call('listUserConfigurations')).items;
await admin.call('removeUserConfigurations', [{ associateId: 5, installationId: zoom!.installationId, provider: 'zoom' }]);

const pid = secretServicePid();
process.kill(pid);
await new Promise((resolve) => setTimeout(resolve, 300));
const result: Record<string, unknown> = { stopped: pid > 0 };
await user.core.syncAdminMarkers();
result.firstSync = { keys: keys(), status: await zoomStatus(), lastFailure: await lastFailure(), stillConfigured: stillConfigured() };
const lookups = user.requests('GetDeviceKeysOnDeviceIdentifier');
await user.core.syncAdminMarkers();
result.secondSync = { lookedAgain: user.requests('GetDeviceKeysOnDeviceIdentifier') > lookups, keys: keys(), stillConfigured: stillConfigured() };

process.stdout.write(`${JSON.stringify(result)}\n`);
await close().catch(() => undefined);
process.exit(0);
