import { describe, expect, it } from 'vitest';
import type { CoreApp } from '../../support/core-app.js';
import { useUserAndAdmin } from '../../support/use-user-and-admin.js';
import { useProvider } from '../meetings/support.js';

// SaveForeignKey needs the application and the device to exist (the sandbox refuses it otherwise, as the
// reference does not say it creates them): the app makes them exist with the documented calls first.
let user: CoreApp;
useUserAndAdmin((apps) => ({ user } = apps));

const APPLICATION = 'VideoMeetingsTray';
const so = () => user.sandbox.superoffice.foreignSystem;
const settings = () => JSON.parse(user.read('config.json')) as { installationId?: string; markers?: { deviceName?: string } };
const CALLS = ['GetAppByName', 'CreateDefaultForeignAppEntity', 'SaveForeignAppEntity', 'GetDeviceByIdentifier', 'AddDeviceByIdentifier', 'SaveForeignKey'] as const;
const counts = () => Object.fromEntries(CALLS.map((call) => [call, user.requests(`ForeignSystem/${call}`)]));
const lastFailure = async () => /^\s*Last failure: (.*)$/m.exec(await user.call('getDiagnostics'))?.[1];

describe('the application and the device in SuperOffice', () => {
  it('a fresh tenant: the first sync creates the application and this installation’s device, then writes the marker', async () => {
    expect(so().apps()).toEqual([]);
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    const { installationId, markers } = settings();
    expect(so().apps()).toEqual([{ name: APPLICATION, devices: [{ name: markers?.deviceName, deviceIdentifier: installationId, ownerId: 5 }] }]);
    expect(so().keys().map((key) => [key.application, key.deviceIdentifier, key.key])).toEqual([[APPLICATION, installationId, `${installationId}:jitsi`]]);
    expect(counts()).toEqual({ GetAppByName: 1, CreateDefaultForeignAppEntity: 1, SaveForeignAppEntity: 1, GetDeviceByIdentifier: 1, AddDeviceByIdentifier: 1, SaveForeignKey: 1 });
    expect(await lastFailure()).toBe('none');
  });

  it('remembers it: later writes do not look the application and device up again', async () => {
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    const before = counts();
    await useProvider(user, 'zoom');
    await user.core.syncAdminMarkers();
    expect(so().keys().map((key) => key.key.split(':').pop())).toEqual(['jitsi', 'zoom']);
    expect(counts()).toEqual({ ...before, SaveForeignKey: before.SaveForeignKey! + 1 });
  });

  it('an application that exists already (another installation made it) is used, not created again', async () => {
    so().put({ application: APPLICATION, deviceName: 'OTHER-PC', deviceIdentifier: 'other-installation', tableName: 'associate', recordId: 6, key: 'other-installation:zoom' }, 'x', 6);
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    expect(counts()).toMatchObject({ GetAppByName: 1, CreateDefaultForeignAppEntity: 0, SaveForeignAppEntity: 0, AddDeviceByIdentifier: 1 });
    expect(so().apps().map((app) => [app.name, app.devices.length])).toEqual([[APPLICATION, 2]]);
  });

  it('recovers when they vanish behind its back: the refused write makes it create them again and write the marker in the same sync', async () => {
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    expect(so().deleteApp(APPLICATION)).toBe(true);
    await useProvider(user, 'zoom');
    await user.core.syncAdminMarkers();
    expect(so().apps().map((app) => [app.name, app.devices.map((device) => device.deviceIdentifier)])).toEqual([[APPLICATION, [settings().installationId]]]);
    expect(so().keys().map((key) => key.key.split(':').pop()).sort()).toEqual(['jitsi', 'zoom']);
    expect(counts()).toMatchObject({ GetAppByName: 2, SaveForeignAppEntity: 2, AddDeviceByIdentifier: 2 });
    expect(await lastFailure()).toBe('none');
  });

  it('a failing SuperOffice while setting them up: the sync fails (diagnostics), the next one sets them up and writes the marker', async () => {
    user.sandbox.superoffice.switches.foreignSystem = 'server_error';
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    expect(await lastFailure()).toMatch(/^Marker sync failed/);
    expect(so().apps()).toEqual([]);
    user.sandbox.superoffice.switches.foreignSystem = 'normal';
    await user.core.syncAdminMarkers();
    expect(so().keys().map((key) => key.key.split(':').pop())).toEqual(['jitsi']);
    expect(await lastFailure()).toBe('none');
  });
});
