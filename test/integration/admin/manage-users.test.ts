import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../support/core-app.js';
import { startUserAndAdmin } from '../../support/user-and-admin.js';
import { PROVIDER_USERS, useProvider } from '../meetings/support.js';

// Alice's installation (a user) and Ada's (an administrator) against one sandbox.
let user: CoreApp;
let admin: CoreApp;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ user, admin, close } = await startUserAndAdmin());
});
afterEach(() => close());

const card = async (app: CoreApp, id: string) => (await app.call('listConnections')).find((view) => view.id === id)!;
const markers = () => user.sandbox.superoffice.foreignSystem.keys();

describe('an administrator sees and removes users’ video-meeting configurations', () => {
  it('connect on one installation, see it in the other’s Manage users, remove it, watch the user re-authenticate, reconnect, listed again', async () => {
    await useProvider(user, 'zoom');
    await user.core.syncAdminMarkers();
    // The marker holds no token and no e-mail: provider, account name, since, version, device, user name.
    const [marker] = markers();
    expect(marker).toMatchObject({ application: 'VideoMeetingsTray', tableName: 'associate', recordId: 5 });
    expect(marker!.value).toMatch(/^v1\|zoom\|\d{4}-\d\d-\d\dT[^|]+\|test\|[^|]*\|Alice Andersen\|Zoe Zoom$/);
    expect(marker!.value).not.toMatch(/@/);

    expect((await card(admin, 'superoffice')).administrator).toBe(true);
    const listed = await admin.call('listUserConfigurations');
    const zoom = listed.items.find((item) => item.associateId === 5 && item.provider === 'zoom')!;
    expect(zoom).toMatchObject({ userName: 'Alice Andersen', account: 'Zoe Zoom', appVersion: 'test', removalRequested: false });

    const [result] = await admin.call('removeUserConfigurations', [{ associateId: 5, installationId: zoom.installationId, provider: 'zoom' }]);
    expect(result).toMatchObject({ outcome: 'requested', message: expect.stringMatching(/Alice Andersen’s app removes the Zoom configuration at its next sync/) });
    expect((await admin.call('listUserConfigurations')).items.find((item) => item.provider === 'zoom')!.removalRequested).toBe(true);

    await user.core.syncAdminMarkers();
    const removed = await card(user, 'zoom');
    expect(removed).toMatchObject({
      status: 'needs-reauth',
      statusText: 'Your administrator removed your video-meeting configuration. Connect again to keep using video meetings.',
      nextAction: 'reconnect',
      diagnosis: { kind: 'removed-by-admin', actionLabel: 'Connect' },
    });
    expect(markers()).toEqual([]);
    // Tokens out of the keychain, as the user's own removal does.
    const settings = JSON.parse(user.read('config.json')) as { video: { providers: Record<string, unknown> } };
    expect(settings.video.providers.zoom).toBeUndefined();
    expect((await admin.call('listUserConfigurations')).items).toEqual([]);
    // The message survives a restart.
    await user.boot();
    expect((await card(user, 'zoom')).status).toBe('needs-reauth');

    user.person.user = { ...PROVIDER_USERS.zoom };
    expect((await user.call('connect', 'zoom')).status).toBe('connected');
    await user.core.syncAdminMarkers();
    expect((await admin.call('listUserConfigurations')).items.map((item) => [item.associateId, item.provider])).toEqual([[5, 'zoom']]);
  });

  it('the marker follows the connection by itself: written shortly after connecting, deleted after disconnecting', async () => {
    await user.core.syncAdminMarkers();
    await useProvider(user, 'jitsi');
    await expect.poll(() => markers().map((key) => key.key), { timeout: 5000 }).toEqual([expect.stringMatching(/:jitsi$/)]);
    await user.call('disconnect', 'jitsi');
    await expect.poll(() => markers(), { timeout: 5000 }).toEqual([]);
  });

  it('a non-administrator never gets the list, and SuperOffice refuses them too', async () => {
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    expect((await card(user, 'superoffice')).administrator).toBeUndefined();
    await expect(user.call('listUserConfigurations')).rejects.toMatchObject({ code: 'not_allowed', message: expect.stringMatching(/Only SuperOffice administrators/) });
    await expect(user.call('removeUserConfigurations', [{ associateId: 1, installationId: '0b4a3c1e-1111-4222-8333-944455556666', provider: 'zoom' }])).rejects.toMatchObject({ code: 'not_allowed' });
  });

  it('marker writes that fail or hang never block the user; the marker is written at a later sync', async () => {
    user.sandbox.superoffice.switches.foreignSystem = 'server_error';
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    expect((await card(user, 'jitsi')).status).toBe('connected');
    expect(markers()).toEqual([]);
    const report = await user.call('getDiagnostics');
    expect(report).toMatch(/marker/i);
    user.sandbox.superoffice.switches.foreignSystem = 'normal';
    await user.core.syncAdminMarkers();
    expect(markers().map((key) => key.key)).toEqual([expect.stringMatching(/:jitsi$/)]);
  });

  it('bad input: unknown associate, a removal asked twice, a marker with unexpected content — clear messages, nothing else removed', async () => {
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    const [jitsi] = (await admin.call('listUserConfigurations')).items;
    // Something else wrote a key under the app's name: it is counted, never listed or touched.
    const stray = { application: 'VideoMeetingsTray', deviceName: 'other', deviceIdentifier: 'other-device', key: 'settings', tableName: 'associate', recordId: 5 };
    user.sandbox.superoffice.foreignSystem.put(stray, '{"not":"a marker"}', 5);
    expect(await admin.call('listUserConfigurations')).toMatchObject({ unreadable: 1, items: [{ provider: 'jitsi' }] });
    const results = await admin.call('removeUserConfigurations', [
      { associateId: 999, installationId: jitsi!.installationId, provider: 'jitsi' },
      { associateId: 5, installationId: jitsi!.installationId, provider: 'jitsi' },
      { associateId: 5, installationId: jitsi!.installationId, provider: 'jitsi' },
    ]);
    expect(results.map((result) => result.outcome)).toEqual(['not-found', 'requested', 'already-requested']);
    expect(results[0]!.message).toMatch(/No Jitsi Meet configuration of associate 999/);
    expect(markers().filter((key) => key.key.endsWith(':remove'))).toHaveLength(1);
    expect(markers().some((key) => key.key === 'settings' && key.value === '{"not":"a marker"}')).toBe(true);
  });
});
