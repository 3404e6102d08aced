import { describe, expect, it } from 'vitest';
import type { CoreApp } from '../../support/core-app.js';
import { useUserAndAdmin } from '../../support/use-user-and-admin.js';
import { useProvider } from '../meetings/support.js';

// SuperOffice's own video service keeps no token on the desktop: its configuration is the user's choice of it.
let user: CoreApp;
let admin: CoreApp;
useUserAndAdmin((apps) => ({ user, admin } = apps));

const card = async (app: CoreApp, id: string) => (await app.call('listConnections')).find((view) => view.id === id)!;
const markers = () => user.sandbox.superoffice.foreignSystem.keys();
const activeProvider = () => (JSON.parse(user.read('config.json')) as { video: { activeProvider?: string } }).video.activeProvider;
const REMOVED = 'Your administrator removed your video-meeting configuration. Connect again to keep using video meetings.';

describe('an administrator removes SuperOffice video meetings', () => {
  it('it is no longer the active provider, the card says so, the marker stays deleted; connecting again chooses it and lists it again', async () => {
    await useProvider(user, 'superoffice-video');
    await user.core.syncAdminMarkers();
    const item = (await admin.call('listUserConfigurations')).items.find((candidate) => candidate.provider === 'superoffice-video')!;
    const [result] = await admin.call('removeUserConfigurations', [{ associateId: item.associateId, installationId: item.installationId, provider: 'superoffice-video' }]);
    expect(result!.outcome).toBe('requested');

    await user.core.syncAdminMarkers();
    expect(await card(user, 'superoffice-video')).toMatchObject({ status: 'needs-reauth', statusText: REMOVED, nextAction: 'reconnect', active: false });
    // Nothing was signed out here (SuperOffice's own service keeps no sign-in on this computer), and the cause says so.
    expect((await card(user, 'superoffice-video')).diagnosis).toMatchObject({
      kind: 'removed-by-admin',
      cause: 'An administrator removed it in SuperOffice (Manage users); this computer no longer uses SuperOffice video meetings for new meetings.',
      actionLabel: 'Connect',
    });
    expect(activeProvider()).toBeUndefined();
    expect(markers()).toEqual([]);
    // The next syncs do not write it again (no flapping), also after a restart.
    await user.core.syncAdminMarkers();
    await user.boot();
    await user.core.syncAdminMarkers();
    expect(markers()).toEqual([]);
    expect((await card(user, 'superoffice-video')).statusText).toBe(REMOVED);
    expect((await admin.call('listUserConfigurations')).items).toEqual([]);

    // Connect on the card chooses it again (it stayed authorised in SuperOffice).
    expect(await user.call('connect', 'superoffice-video')).toMatchObject({ status: 'connected', active: true });
    expect(activeProvider()).toBe('superoffice-video');
    await user.core.syncAdminMarkers();
    expect((await admin.call('listUserConfigurations')).items.map((listed) => [listed.associateId, listed.provider])).toEqual([[5, 'superoffice-video']]);
  });
});

describe('a brief failure of the service’s status check', () => {
  it('keeps the marker and its connected-since while the card shows the error', async () => {
    await useProvider(user, 'superoffice-video');
    await user.core.syncAdminMarkers();
    const [first] = markers();
    expect(first!.value).toMatch(/^v1\|superoffice-video\|/);

    // "Try again" on the card checks the service while SuperOffice fails for a moment.
    user.sandbox.superoffice.switches.restApi = 'server_error';
    expect((await user.call('connect', 'superoffice-video')).status).toBe('error');
    user.sandbox.superoffice.switches.restApi = 'normal';
    user.clock.offsetMs += 10 * 60_000;
    await user.core.syncAdminMarkers();
    expect(markers().map((key) => key.value)).toEqual([first!.value]);

    expect((await user.call('connect', 'superoffice-video')).status).toBe('connected');
    await user.core.syncAdminMarkers();
    expect(markers().map((key) => key.value)).toEqual([first!.value]);
  });
});
