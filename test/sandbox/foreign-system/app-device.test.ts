import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRestError } from '../diary/patch-support.js';
import { startDiaryFixture, type DiaryFixture } from '../diary/support.js';
import { APP, appByName, device, foreignSystem, registerDevice, saveBody, saveKey, type ForeignAppCarrier, type ForeignDeviceCarrier } from './support.js';

let fixture: DiaryFixture;
beforeAll(async () => {
  fixture = await startDiaryFixture();
});
afterAll(async () => {
  await fixture.sandbox.close();
});

const ALICE = 5;
/** NOW (10:20 in Oslo) in UTC, as the carriers' dates carry it. */
const NOW_UTC = '2026-11-23T09:20:00';
const APP_FIELDS = ['ForeignAppId', 'Name', 'CreatedDate', 'UpdatedDate', 'CreatedBy', 'UpdatedBy', 'Devices', 'TableRight', 'FieldProperties'];
const DEVICE_FIELDS = ['ForeignDeviceId', 'Name', 'CreatedDate', 'UpdatedDate', 'AssociateFullName', 'CreatedBy', 'UpdatedBy', 'DeviceIdentifier', 'ForeignAppId', 'TableRight', 'FieldProperties'];

const apps = () => fixture.sandbox.superoffice.foreignSystem.apps();

async function json<T>(response: Response): Promise<T> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as T;
}

describe('the application: GetAppByName, CreateDefaultForeignAppEntity, SaveForeignAppEntity', () => {
  const name = `${APP} (apps)`;

  it('GetAppByName of an application that does not exist → 200 null', async () => {
    expect(await appByName(fixture, name)).toBeNull();
  });

  it('CreateDefaultForeignAppEntity (no body) answers an unsaved entity: id 0, blank name, no devices; nothing is stored', async () => {
    const before = apps().length;
    const blank = await json<ForeignAppCarrier>(await foreignSystem(fixture, 'CreateDefaultForeignAppEntity'));
    expect(Object.keys(blank)).toEqual(APP_FIELDS);
    expect(blank).toMatchObject({ ForeignAppId: 0, Name: '', Devices: [], CreatedDate: NOW_UTC, CreatedBy: null, UpdatedBy: null });
    expect(apps()).toHaveLength(before);
  });

  it('SaveForeignAppEntity with ForeignAppId 0 creates the application; GetAppByName then finds it, case-insensitively', async () => {
    const blank = await json<ForeignAppCarrier>(await foreignSystem(fixture, 'CreateDefaultForeignAppEntity'));
    const saved = await json<ForeignAppCarrier>(await foreignSystem(fixture, 'SaveForeignAppEntity', { ...blank, Name: name }));
    expect(saved.ForeignAppId).toBeGreaterThan(0);
    expect(saved).toMatchObject({ Name: name, CreatedDate: NOW_UTC, UpdatedDate: NOW_UTC, Devices: [] });
    const found = await appByName(fixture, name.toUpperCase());
    expect(found).toMatchObject({ ForeignAppId: saved.ForeignAppId, Name: name });
    expect(apps().filter((app) => app.name === name)).toHaveLength(1);
  });

  it('a second application with the same name → 400, and there is still one', async () => {
    const error = await expectRestError(await foreignSystem(fixture, 'SaveForeignAppEntity', { ForeignAppId: 0, Name: name }), 400, /exists already/);
    expect(error.ErrorType).toBe('ArgumentException');
    expect(apps().filter((app) => app.name.toLowerCase() === name.toLowerCase())).toHaveLength(1);
  });

  it('GetAppByName lists the application’s devices as ForeignDevice carriers', async () => {
    await registerDevice(fixture, device('install-listed', name));
    const found = await appByName(fixture, name);
    expect(found?.Devices.map((entry) => [entry.Name, entry.DeviceIdentifier, entry.AssociateFullName, entry.ForeignAppId])).toEqual([['desktop', 'install-listed', 'Alice Andersen', found?.ForeignAppId]]);
  });

  it('renaming an existing application: administrators only (403 otherwise); an unknown id → 400', async () => {
    const app = await appByName(fixture, name);
    const id = app?.ForeignAppId ?? 0;
    await expectRestError(await foreignSystem(fixture, 'SaveForeignAppEntity', { ForeignAppId: id, Name: `${name} renamed` }), 403, /Only an administrator/);
    await expectRestError(await foreignSystem(fixture, 'SaveForeignAppEntity', { ForeignAppId: 99_999, Name: 'x' }, { token: fixture.tokens.admin }), 400, /no ForeignApp 99999/);
    const renamed = await json<ForeignAppCarrier>(await foreignSystem(fixture, 'SaveForeignAppEntity', { ForeignAppId: id, Name: `${name} renamed` }, { token: fixture.tokens.admin }));
    expect(renamed).toMatchObject({ ForeignAppId: id, Name: `${name} renamed` });
    expect(await appByName(fixture, name)).toBeNull();
  });
});

describe('the device: GetDeviceByIdentifier, AddDeviceByIdentifier', () => {
  const name = `${APP} (devices)`;
  const where = device('install-d1', name);

  it('AddDeviceByIdentifier on an application that does not exist → 400, nothing created', async () => {
    await expectRestError(await foreignSystem(fixture, 'AddDeviceByIdentifier', where), 400, /ForeignApp 'Sandbox Meeting Tool \(devices\)' does not exist/);
    expect(apps().some((app) => app.name === name)).toBe(false);
  });

  it('GetDeviceByIdentifier of a device that does not exist → 200 null', async () => {
    await foreignSystem(fixture, 'SaveForeignAppEntity', { ForeignAppId: 0, Name: name });
    expect(await json(await foreignSystem(fixture, 'GetDeviceByIdentifier', where))).toBeNull();
  });

  it('AddDeviceByIdentifier adds the device, owned by the caller; GetDeviceByIdentifier finds it by name and identifier', async () => {
    const added = await json<ForeignDeviceCarrier>(await foreignSystem(fixture, 'AddDeviceByIdentifier', where));
    expect(Object.keys(added)).toEqual(DEVICE_FIELDS);
    expect(added).toMatchObject({ Name: 'desktop', DeviceIdentifier: 'install-d1', AssociateFullName: 'Alice Andersen', CreatedBy: 'ALICE', CreatedDate: NOW_UTC });
    const found = await json<ForeignDeviceCarrier>(await foreignSystem(fixture, 'GetDeviceByIdentifier', { ...where, DeviceName: 'DESKTOP' }));
    expect(found.ForeignDeviceId).toBe(added.ForeignDeviceId);
    expect(await json(await foreignSystem(fixture, 'GetDeviceByIdentifier', { ...where, DeviceIdentifier: 'install-other' }))).toBeNull();
    expect(await json(await foreignSystem(fixture, 'GetDeviceByIdentifier', { ...where, DeviceName: 'laptop' }))).toBeNull();
  });

  it('adding the same device again → 400; one device stays', async () => {
    await expectRestError(await foreignSystem(fixture, 'AddDeviceByIdentifier', where), 400, /already/);
    expect(apps().find((app) => app.name === name)?.devices).toEqual([{ name: 'desktop', deviceIdentifier: 'install-d1', ownerId: ALICE }]);
  });

  it('once the device exists, SaveForeignKey writes on it (where before it answered 400)', async () => {
    const other = device('install-d2', name);
    await expectRestError(await foreignSystem(fixture, 'SaveForeignKey', saveBody(other, ALICE, 'k', 'v')), 400, /AddDeviceByIdentifier/);
    await json(await foreignSystem(fixture, 'AddDeviceByIdentifier', other));
    expect(await saveKey(fixture, saveBody(other, ALICE, 'k', 'v'))).toMatchObject({ Key: 'k', Value: 'v' });
  });

  it('$select nulls the other fields of the device carrier', async () => {
    const selected = await json<Record<string, unknown>>(await foreignSystem(fixture, 'GetDeviceByIdentifier', where, { query: '?$select=Name' }));
    expect(selected.Name).toBe('desktop');
    expect(selected.DeviceIdentifier).toBeNull();
  });
});
