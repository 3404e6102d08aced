import { describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../../main/secrets/keytar-secret-store.js';
import type { CoreApp } from '../../support/core-app.js';
import { useUserAndAdmin } from '../../support/use-user-and-admin.js';
import { PROVIDER_USERS, useProvider } from '../meetings/support.js';

// Alice's installation (a user) and Ada's (an administrator) against one sandbox.
let user: CoreApp;
let admin: CoreApp;
useUserAndAdmin((apps) => ({ user, admin } = apps));

/** The status of a refresh with `refreshToken` at the Zoom sandbox's token endpoint. */
async function zoomRefreshStatus(app: CoreApp, refreshToken: string): Promise<number> {
  const { oauthOrigin, clientId, clientSecret } = app.sandbox.zoom.describe();
  const response = await fetch(`${oauthOrigin}/oauth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
  });
  return response.status;
}

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

    const keychainAccount = (JSON.parse(user.read('config.json')) as { video: { providers: { zoom: { keychainAccount: string } } } }).video.providers.zoom.keychainAccount;
    const keychain = new KeytarSecretStore(user.keychainService);
    const { refreshToken } = JSON.parse((await keychain.get(keychainAccount))!) as { refreshToken: string };

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
    expect(await keychain.get(keychainAccount)).toBeNull();
    // Revoked at Zoom: the old refresh token is refused.
    expect(await zoomRefreshStatus(user, refreshToken)).toBeGreaterThanOrEqual(400);
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
    expect(report).toMatch(/^\s*Last failure: Marker sync failed: SuperOffice is having problems answering\.$/m);
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

  it('a well-formed marker key with an unexpected value: listed as unreadable, left alone by both apps; odd keys on the user’s device are ignored', async () => {
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    const [jitsi] = (await admin.call('listUserConfigurations')).items;
    const device = markers()[0]!;
    const at = (key: string) => ({ application: 'VideoMeetingsTray', deviceName: device.deviceName, deviceIdentifier: device.deviceIdentifier, key, tableName: 'associate', recordId: 5 });
    user.sandbox.superoffice.foreignSystem.put(at(`${jitsi!.installationId}:zoom`), 'v9|whatever|yesterday', 5);
    user.sandbox.superoffice.foreignSystem.put(at(`${jitsi!.installationId}:skype:remove`), 'requested|Ada', 5);
    user.sandbox.superoffice.foreignSystem.put(at(`${jitsi!.installationId}:jitsi:later`), '', 5);
    expect(await admin.call('listUserConfigurations')).toMatchObject({ unreadable: 2, items: [{ provider: 'jitsi', removalRequested: false }] });

    const before = markers().map(({ key, value }) => [key, value]);
    await user.core.syncAdminMarkers();
    expect(markers().map(({ key, value }) => [key, value])).toEqual(before);
    expect((await card(user, 'jitsi')).status).toBe('connected');
    expect(await user.call('getDiagnostics')).toMatch(/^\s*Last failure: none$/m);

    const [unreadable] = await admin.call('removeUserConfigurations', [{ associateId: 5, installationId: jitsi!.installationId, provider: 'zoom' }]);
    expect(unreadable).toMatchObject({ outcome: 'not-found', message: 'No Zoom configuration of associate 5 on that device (it may have been removed already).' });
    expect(markers().map(({ key, value }) => [key, value])).toEqual(before);
  });

  it('a removal asked again after the user’s app carried it out: "not found (removed already)", nothing written', async () => {
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    const [jitsi] = (await admin.call('listUserConfigurations')).items;
    const target = { associateId: 5, installationId: jitsi!.installationId, provider: 'jitsi' as const };
    expect((await admin.call('removeUserConfigurations', [target]))[0]!.outcome).toBe('requested');
    await user.core.syncAdminMarkers();
    expect(markers()).toEqual([]);
    const [again] = await admin.call('removeUserConfigurations', [target]);
    expect(again).toMatchObject({ outcome: 'not-found', message: 'No Jitsi Meet configuration of associate 5 on that device (it may have been removed already).' });
    expect(markers()).toEqual([]);
  });

  it('removing several users: a SuperOffice failure on one is that one’s result, and the others are still asked', async () => {
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    await useProvider(user, 'zoom');
    await user.core.syncAdminMarkers();
    const { items } = await admin.call('listUserConfigurations');
    expect(items.map((item) => item.provider)).toEqual(['jitsi', 'zoom']);
    // The list is read; the first request gets a 500, the second goes through.
    let saves = 0;
    user.sandboxHooks.push((line) => {
      if (line.includes('GetApplicationKeys')) user.sandbox.superoffice.switches.foreignSystem = 'server_error';
      if (line.includes('SaveForeignKey') && ++saves === 1) user.sandbox.superoffice.switches.foreignSystem = 'normal';
    });
    const results = await admin.call('removeUserConfigurations', items.map(({ associateId, installationId, provider }) => ({ associateId, installationId, provider })));
    expect(results.map((result) => [result.provider, result.outcome])).toEqual([['jitsi', 'failed'], ['zoom', 'requested']]);
    expect(results[0]!.message).toBe('The removal of Alice Andersen’s Jitsi Meet configuration could not be requested: SuperOffice is having problems answering. Nothing was changed for them; try again.');
    expect(markers().filter((key) => key.key.endsWith(':remove')).map((key) => key.key)).toEqual([expect.stringMatching(/:zoom:remove$/)]);
  });
});
