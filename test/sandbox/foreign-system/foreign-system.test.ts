import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectRestError } from '../diary/patch-support.js';
import { NOW, startDiaryFixture, type DiaryFixture } from '../diary/support.js';
import {
  APP,
  applicationKeys,
  device,
  deviceKeys,
  foreignSystem,
  keyBody,
  registerDevice,
  saveBody,
  saveKey,
  type ForeignKeyCarrier,
  type ForeignSystemCall,
} from './support.js';

let fixture: DiaryFixture;
let closed = false;
beforeAll(async () => {
  fixture = await startDiaryFixture();
});
afterAll(async () => {
  if (!closed) await fixture.sandbox.close();
});
afterEach(() => {
  const switches = fixture.sandbox.superoffice.switches;
  delete switches.foreignSystem;
  Object.assign(switches, { restApi: 'normal', diaryNow: NOW });
});

const ALICE = 5;
const BOB = 6;
const ADMIN = 1;
/** NOW (10:20 in Oslo) in UTC, as CreatedDate/UpdatedDate carry it. */
const NOW_UTC = '2026-11-23T09:20:00';
const KEY_FIELDS = ['Key', 'Value', 'RecordId', 'CreatedDate', 'UpdatedDate', 'UpdatedBy', 'CreatedBy', 'TableName', 'TableRight', 'FieldProperties'];

const keysOf = (application: string) => fixture.sandbox.superoffice.foreignSystem.keys().filter((key) => key.application === application);

describe('a user stores, lists and deletes their own device keys', () => {
  const where = device('install-a1');

  beforeAll(async () => {
    await registerDevice(fixture, where);
  });

  it('SaveForeignKey adds the key to the existing device and answers the ForeignKey carrier', async () => {
    const response = await foreignSystem(fixture, 'SaveForeignKey', saveBody(where, ALICE, 'connection:zoom', 'marker-1'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const carrier = (await response.json()) as ForeignKeyCarrier;
    expect(Object.keys(carrier)).toEqual(KEY_FIELDS);
    expect(carrier).toEqual({
      Key: 'connection:zoom',
      Value: 'marker-1',
      RecordId: ALICE,
      CreatedDate: NOW_UTC,
      UpdatedDate: NOW_UTC,
      UpdatedBy: 'ALICE',
      CreatedBy: 'ALICE',
      TableName: 'associate',
      TableRight: null,
      FieldProperties: {},
    });
    expect(keysOf(APP)).toEqual([
      {
        application: APP,
        deviceName: 'desktop',
        deviceIdentifier: 'install-a1',
        tableName: 'associate',
        recordId: ALICE,
        key: 'connection:zoom',
        value: 'marker-1',
        updated: '2026-11-23T09:20:00.000Z',
      },
    ]);
  });

  it('saving the same key again updates it (names compare case-insensitively); CreatedDate stays', async () => {
    fixture.sandbox.superoffice.switches.diaryNow = '2026-11-23T11:00:00+01:00';
    const updated = await saveKey(fixture, saveBody({ ...where, ApplicationName: APP.toUpperCase() }, ALICE, 'CONNECTION:ZOOM', 'marker-2'));
    expect(updated).toMatchObject({ Key: 'connection:zoom', Value: 'marker-2', CreatedDate: NOW_UTC, UpdatedDate: '2026-11-23T10:00:00' });
    expect(keysOf(APP).filter((key) => key.deviceIdentifier === 'install-a1')).toHaveLength(1);
  });

  it('SO-TimeZone includeTZOffset tags the UTC dates with Z; $select nulls the other fields', async () => {
    const tagged = await foreignSystem(fixture, 'SaveForeignKey', saveBody(where, ALICE, 'connection:google', 'g-1'), { headers: { 'SO-TimeZone': 'NO, includeTZOffset' } });
    expect(((await tagged.json()) as ForeignKeyCarrier).CreatedDate).toBe(`${NOW_UTC}Z`);
    const selected = await foreignSystem(fixture, 'GetDeviceKeysOnDeviceIdentifier', where, { query: '?$select=Key,Value' });
    const carrier = ((await selected.json()) as Array<Record<string, unknown>>).find((key) => key.Key === 'connection:google') ?? {};
    expect(carrier.Key).toBe('connection:google');
    expect(carrier.Value).toBe('g-1');
    expect(carrier.CreatedDate).toBeNull();
    expect(carrier.RecordId).toBeNull();
  });

  it('GetDeviceKeysOnDeviceIdentifier lists the device’s keys, oldest first; another device or application is empty', async () => {
    const keys = await deviceKeys(fixture, where);
    expect(keys.map((key) => [key.Key, key.Value])).toEqual([
      ['connection:zoom', 'marker-2'],
      ['connection:google', 'g-1'],
    ]);
    for (const key of keys) expect(Object.keys(key)).toEqual(KEY_FIELDS);
    expect(await deviceKeys(fixture, device('install-other'))).toEqual([]);
    expect(await deviceKeys(fixture, device('install-a1', 'Some Other App'))).toEqual([]);
    expect(await deviceKeys(fixture, device('install-a1', APP, 'laptop'))).toEqual([]);
  });

  it('DeleteForeignKeyOnName → 204 with no body; the key is gone; deleting it again is still 204', async () => {
    const response = await foreignSystem(fixture, 'DeleteForeignKeyOnName', keyBody(where, ALICE, 'connection:google'));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect((await deviceKeys(fixture, where)).map((key) => key.Key)).toEqual(['connection:zoom']);
    expect((await foreignSystem(fixture, 'DeleteForeignKeyOnName', keyBody(where, ALICE, 'connection:google'))).status).toBe(204);
  });

  it('SaveForeignKey on an application or device that does not exist → 400 naming what is missing; nothing is created', async () => {
    const noApp = await expectRestError(await foreignSystem(fixture, 'SaveForeignKey', saveBody(device('install-a1', 'Never Registered'), ALICE, 'k', 'v')), 400, /ForeignApp 'Never Registered' does not exist.*SaveForeignAppEntity/);
    expect(noApp.ErrorType).toBe('ArgumentException');
    await expectRestError(await foreignSystem(fixture, 'SaveForeignKey', saveBody(device('install-unknown'), ALICE, 'k', 'v')), 400, /ForeignDevice 'desktop' \(DeviceIdentifier 'install-unknown'\).*AddDeviceByIdentifier/);
    await expectRestError(await foreignSystem(fixture, 'SaveForeignKey', saveBody(device('install-a1', APP, 'laptop'), ALICE, 'k', 'v')), 400, /ForeignDevice 'laptop'/);
    expect(fixture.sandbox.superoffice.foreignSystem.apps().map((app) => app.name)).not.toContain('Never Registered');
    expect(keysOf(APP).map((key) => key.deviceIdentifier)).toEqual(['install-a1']);
  });

  it('body property names match case-insensitively; text/json is fine; DeviceIdentifier may be left out', async () => {
    await registerDevice(fixture, { ApplicationName: `${APP} (case)`, DeviceName: 'desktop', DeviceIdentifier: '' });
    const response = await foreignSystem(
      fixture,
      'SaveForeignKey',
      { applicationname: `${APP} (case)`, devicename: 'desktop', foreignkey: { key: 'k', value: 'v', tablename: 'Associate', recordid: ALICE } },
      { contentType: 'text/json; charset=utf-8' },
    );
    expect(response.status).toBe(200);
    expect(keysOf(`${APP} (case)`)).toMatchObject([{ deviceIdentifier: '', tableName: 'associate', key: 'k', value: 'v' }]);
  });

  it.each<[ForeignSystemCall]>([
    ['GetAppByName'],
    ['CreateDefaultForeignAppEntity'],
    ['SaveForeignAppEntity'],
    ['GetDeviceByIdentifier'],
    ['AddDeviceByIdentifier'],
    ['SaveForeignKey'],
    ['GetDeviceKeysOnDeviceIdentifier'],
    ['GetApplicationKeys'],
    ['DeleteForeignKeyOnName'],
  ])(
    '%s: 401 without a token',
    async (call) => {
      expect((await foreignSystem(fixture, call, saveBody(where, ALICE, 'k', 'v'), { token: null })).status).toBe(401);
    },
  );
});

describe('the administrator sees and removes every user’s keys of the application', () => {
  const app = `${APP} (admin)`;
  const aliceDevice = device('install-alice', app);
  const bobDevice = device('install-bob', app);
  const shared = device('install-shared', app);

  beforeAll(async () => {
    await registerDevice(fixture, aliceDevice);
    await registerDevice(fixture, bobDevice, fixture.tokens.bob);
    await registerDevice(fixture, shared);
    await saveKey(fixture, saveBody(aliceDevice, ALICE, 'connection:zoom', 'a-zoom'));
    await saveKey(fixture, saveBody(bobDevice, BOB, 'connection:zoom', 'b-zoom'), fixture.tokens.bob);
    await saveKey(fixture, saveBody(shared, ALICE, 'connection:teams', 'a-teams'));
    await saveKey(fixture, saveBody(shared, BOB, 'connection:teams', 'b-teams'), fixture.tokens.bob);
  });

  it('GetApplicationKeys lists the keys of all users across devices, oldest first', async () => {
    const keys = await applicationKeys(fixture, app);
    expect(keys.map((key) => [key.RecordId, key.Key, key.Value, key.CreatedBy])).toEqual([
      [ALICE, 'connection:zoom', 'a-zoom', 'ALICE'],
      [BOB, 'connection:zoom', 'b-zoom', 'BOB'],
      [ALICE, 'connection:teams', 'a-teams', 'ALICE'],
      [BOB, 'connection:teams', 'b-teams', 'BOB'],
    ]);
    expect(await applicationKeys(fixture, 'No Such App')).toEqual([]);
  });

  it('on a shared device a user sees only their own keys, the administrator all of them', async () => {
    expect((await deviceKeys(fixture, shared)).map((key) => key.Value)).toEqual(['a-teams']);
    expect((await deviceKeys(fixture, shared, fixture.tokens.bob)).map((key) => key.Value)).toEqual(['b-teams']);
    expect((await deviceKeys(fixture, shared, fixture.tokens.admin)).map((key) => key.Value)).toEqual(['a-teams', 'b-teams']);
  });

  it('the administrator deletes another user’s key; the others stay', async () => {
    const response = await foreignSystem(fixture, 'DeleteForeignKeyOnName', keyBody(bobDevice, BOB, 'connection:zoom'), { token: fixture.tokens.admin });
    expect(response.status).toBe(204);
    expect(keysOf(app).map((key) => key.value)).toEqual(['a-zoom', 'a-teams', 'b-teams']);
  });

  it('the administrator may write another user’s key (stamped with the administrator) and use the documented wildcards', async () => {
    const saved = await saveKey(fixture, saveBody(shared, BOB, 'connection:teams', 'b-teams-2'), fixture.tokens.admin);
    expect(saved).toMatchObject({ Value: 'b-teams-2', CreatedBy: 'BOB', UpdatedBy: 'ADMIN' });
    // RecordId 0: every record of the table; blank TableName: every table.
    const anyRecord = await foreignSystem(fixture, 'DeleteForeignKeyOnName', { ...shared, KeyName: 'connection:teams', TableName: 'associate', RecordId: 0 }, { token: fixture.tokens.admin });
    expect(anyRecord.status).toBe(204);
    expect(keysOf(app).map((key) => key.value)).toEqual(['a-zoom']);
    const anyTable = await foreignSystem(fixture, 'DeleteForeignKeyOnName', { ...aliceDevice, KeyName: 'connection:zoom', TableName: '', RecordId: 0 }, { token: fixture.tokens.admin });
    expect(anyTable.status).toBe(204);
    expect(keysOf(app)).toEqual([]);
  });

  it('the administrator’s own keys work like anyone’s', async () => {
    await registerDevice(fixture, device('install-admin', app), fixture.tokens.admin);
    const own = await saveKey(fixture, saveBody(device('install-admin', app), ADMIN, 'connection:zoom', 'admin-zoom'), fixture.tokens.admin);
    expect(own).toMatchObject({ RecordId: ADMIN, CreatedBy: 'ADMIN' });
  });
});

describe('a user who is not an administrator gets 403 for everything but their own keys', () => {
  const app = `${APP} (rights)`;
  const bobDevice = device('install-bob', app);

  beforeAll(async () => {
    await registerDevice(fixture, bobDevice, fixture.tokens.bob);
    await saveKey(fixture, saveBody(bobDevice, BOB, 'connection:zoom', 'b-zoom'), fixture.tokens.bob);
  });

  it('GetApplicationKeys → 403', async () => {
    const error = await expectRestError(await foreignSystem(fixture, 'GetApplicationKeys', { ApplicationName: app }), 403, /Only an administrator may/);
    expect(error.ErrorType).toBe('Forbidden');
  });

  it('overwriting or deleting another user’s key → 403, and nothing changes', async () => {
    const before = keysOf(app);
    await expectRestError(await foreignSystem(fixture, 'SaveForeignKey', saveBody(bobDevice, BOB, 'connection:zoom', 'hijacked')), 403, /may save only its own keys/);
    await expectRestError(await foreignSystem(fixture, 'DeleteForeignKeyOnName', keyBody(bobDevice, BOB, 'connection:zoom')), 403, /may delete only its own keys/);
    expect(keysOf(app)).toEqual(before);
  });

  it('keys on another table, on no table, and the delete wildcards → 403', async () => {
    const before = keysOf(app);
    await expectRestError(await foreignSystem(fixture, 'SaveForeignKey', { ForeignKey: { Key: 'k', Value: 'v', TableName: 'contact', RecordId: 2 }, ...bobDevice }), 403);
    await expectRestError(await foreignSystem(fixture, 'SaveForeignKey', { ForeignKey: { Key: 'k', Value: 'v' }, ...bobDevice }), 403, /TableName '', RecordId 0/);
    await expectRestError(await foreignSystem(fixture, 'DeleteForeignKeyOnName', { ...bobDevice, KeyName: 'connection:zoom', TableName: 'associate', RecordId: 0 }), 403);
    await expectRestError(await foreignSystem(fixture, 'DeleteForeignKeyOnName', { ...bobDevice, KeyName: 'connection:zoom', TableName: '', RecordId: 0 }), 403);
    expect(keysOf(app)).toEqual(before);
  });

  it('another user’s device shows none of its keys to a non-administrator', async () => {
    expect(await deviceKeys(fixture, bobDevice)).toEqual([]);
    expect((await deviceKeys(fixture, bobDevice, fixture.tokens.bob)).map((key) => key.Value)).toEqual(['b-zoom']);
  });
});

describe('validation: 400 in the WebAPI error shape, nothing written', () => {
  const where = device('install-validation', `${APP} (validation)`);
  const long = (length: number) => 'x'.repeat(length);

  it.each<[string, unknown, RegExp]>([
    ['no ApplicationName', { ForeignKey: { Key: 'k', Value: 'v', TableName: 'associate', RecordId: ALICE }, DeviceName: 'desktop' }, /ApplicationName is required/],
    ['a blank ApplicationName', saveBody({ ...where, ApplicationName: '  ' }, ALICE, 'k', 'v'), /ApplicationName is required/],
    ['an ApplicationName over 254 characters', saveBody({ ...where, ApplicationName: long(255) }, ALICE, 'k', 'v'), /ApplicationName is too long: 255 characters, at most 254/],
    ['a DeviceName over 31 characters', saveBody({ ...where, DeviceName: long(32) }, ALICE, 'k', 'v'), /DeviceName is too long: 32 characters, at most 31/],
    ['a DeviceIdentifier over 239 characters', saveBody({ ...where, DeviceIdentifier: long(240) }, ALICE, 'k', 'v'), /DeviceIdentifier is too long/],
    ['a Key over 239 characters', saveBody(where, ALICE, long(240), 'v'), /ForeignKey\.Key is too long: 240 characters, at most 239/],
    ['a Value over 239 characters', saveBody(where, ALICE, 'k', long(240)), /ForeignKey\.Value is too long: 240 characters, at most 239/],
    ['no ForeignKey', { ...where }, /ForeignKey is required/],
    ['a ForeignKey that is not an object', { ...where, ForeignKey: 'k=v' }, /ForeignKey is required/],
    ['a numeric Value', { ...where, ForeignKey: { Key: 'k', Value: 5, TableName: 'associate', RecordId: ALICE } }, /ForeignKey\.Value must be a string/],
    ['an unknown table', { ...where, ForeignKey: { Key: 'k', Value: 'v', TableName: 'spaceship', RecordId: ALICE } }, /ForeignKey\.TableName 'spaceship' is not a table/],
    ['a negative RecordId', { ...where, ForeignKey: { Key: 'k', Value: 'v', TableName: 'associate', RecordId: -1 } }, /RecordId must be an integer/],
    ['a RecordId as text', { ...where, ForeignKey: { Key: 'k', Value: 'v', TableName: 'associate', RecordId: '5' } }, /RecordId must be an integer/],
    ['a RecordId without a table', { ...where, ForeignKey: { Key: 'k', Value: 'v', TableName: '', RecordId: ALICE } }, /RecordId must be 0 when ForeignKey\.TableName is blank/],
  ])('SaveForeignKey with %s', async (_label, body, message) => {
    const error = await expectRestError(await foreignSystem(fixture, 'SaveForeignKey', body), 400, message);
    expect(error.ErrorType).toBe('ArgumentException');
    expect(keysOf(`${APP} (validation)`)).toEqual([]);
  });

  it('every problem of a body is named at once', async () => {
    const body = { ...where, DeviceName: long(40), ForeignKey: { Key: long(300), Value: long(300), TableName: 'associate', RecordId: ALICE } };
    const error = await expectRestError(await foreignSystem(fixture, 'SaveForeignKey', body), 400);
    expect(error.Error).toMatch(/DeviceName is too long.*ForeignKey\.Key is too long.*ForeignKey\.Value is too long/);
  });

  it('exactly at the column sizes is fine', async () => {
    await registerDevice(fixture, { ...where, DeviceName: long(31), DeviceIdentifier: long(239) });
    const body = saveBody({ ...where, DeviceName: long(31), DeviceIdentifier: long(239) }, ALICE, long(239), long(239));
    expect((await foreignSystem(fixture, 'SaveForeignKey', body)).status).toBe(200);
    expect((await foreignSystem(fixture, 'DeleteForeignKeyOnName', keyBody({ ...where, DeviceName: long(31), DeviceIdentifier: long(239) }, ALICE, long(239)))).status).toBe(204);
  });

  it.each<[ForeignSystemCall, unknown, RegExp]>([
    ['GetApplicationKeys', {}, /ApplicationName is required/],
    ['GetAppByName', { ApplicationName: 7 }, /ApplicationName must be a string/],
    ['GetDeviceKeysOnDeviceIdentifier', { DeviceName: 'desktop' }, /ApplicationName is required/],
    ['GetDeviceByIdentifier', { ...where, DeviceName: long(32) }, /DeviceName is too long/],
    ['AddDeviceByIdentifier', { DeviceName: 'desktop' }, /ApplicationName is required/],
    ['SaveForeignAppEntity', { ForeignAppId: 0, Name: ' ' }, /Name is required/],
    ['SaveForeignAppEntity', { ForeignAppId: -3, Name: 'x' }, /ForeignAppId must be an integer/],
    ['DeleteForeignKeyOnName', { ...where, KeyName: long(240), TableName: 'associate', RecordId: ALICE }, /KeyName is too long/],
    ['DeleteForeignKeyOnName', { ...where, KeyName: 'k', TableName: '', RecordId: ALICE }, /RecordId must be 0 when TableName is blank/],
  ])('%s with a bad body', async (call, body, message) => {
    await expectRestError(await foreignSystem(fixture, call, body, { token: fixture.tokens.admin }), 400, message);
  });

  it.each([
    ['no body', ''],
    ['not JSON', '{"ApplicationName": '],
    ['an array', '[]'],
    ['JSON null', 'null'],
  ])('%s → 400', async (_label, body) => {
    const error = await expectRestError(await foreignSystem(fixture, 'GetDeviceKeysOnDeviceIdentifier', body), 400);
    expect(error.ErrorType).toBe('ArgumentException');
  });

  it('a body that is not JSON by Content-Type → 415', async () => {
    await expectRestError(await foreignSystem(fixture, 'SaveForeignKey', 'ApplicationName=x', { contentType: 'application/x-www-form-urlencoded' }), 415);
  });

  it('a bad SO-TimeZone → 400', async () => {
    await expectRestError(await foreignSystem(fixture, 'GetDeviceKeysOnDeviceIdentifier', where, { headers: { 'SO-TimeZone': 'Mars/Olympus' } }), 400);
  });

  it('400 comes before 403', async () => {
    await expectRestError(await foreignSystem(fixture, 'GetApplicationKeys', {}), 400, /ApplicationName is required/);
  });

  it.each([['GetKeyOnDeviceIdentifier'], ['GetApplicationDevices'], ['DeleteForeignKey'], ['GetForeignAppEntity']])(
    'the documented %s, which the app does not use, is 404 like any unknown route',
    async (call) => {
      const unknown = await expectRestError(await foreignSystem(fixture, 'NoSuchMethod', { ApplicationName: APP }), 404);
      const unserved = await expectRestError(await foreignSystem(fixture, call, { ...where, KeyName: 'k', TableName: 'associate', RecordId: ALICE }, { token: fixture.tokens.admin }), 404);
      expect(unserved.ErrorType).toBe(unknown.ErrorType);
    },
  );
});

describe('the foreignSystem switch', () => {
  const where = device('install-switch', `${APP} (switch)`);

  beforeAll(async () => {
    await registerDevice(fixture, where);
  });

  it("unset = 'normal'; settable over PATCH /__sandbox/switches; bad values → 400", async () => {
    const so = fixture.sandbox.superoffice;
    expect(so.switches.foreignSystem).toBeUndefined();
    const patch = (body: unknown) =>
      fetch(`${so.authority}/__sandbox/switches`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await patch({ foreignSystem: 'server_error' })).status).toBe(200);
    expect(so.switches.foreignSystem).toBe('server_error');
    expect((await patch({ foreignSystem: 'broken' })).status).toBe(400);
    expect(so.switches.foreignSystem).toBe('server_error');
    expect((await patch({ foreignSystem: 'normal' })).status).toBe(200);
    expect((await foreignSystem(fixture, 'GetDeviceKeysOnDeviceIdentifier', where)).status).toBe(200);
  });

  it("'server_error': every call → 500 in the WebAPI error shape; nothing written", async () => {
    fixture.sandbox.superoffice.switches.foreignSystem = 'server_error';
    const error = await expectRestError(await foreignSystem(fixture, 'SaveForeignKey', saveBody(where, ALICE, 'k', 'v')), 500, /foreignSystem=server_error/);
    expect(error.ErrorType).toBe('SoServerException');
    await expectRestError(await foreignSystem(fixture, 'GetDeviceKeysOnDeviceIdentifier', where), 500);
    await expectRestError(await foreignSystem(fixture, 'GetApplicationKeys', { ApplicationName: APP }, { token: fixture.tokens.admin }), 500);
    await expectRestError(await foreignSystem(fixture, 'DeleteForeignKeyOnName', keyBody(where, ALICE, 'k')), 500);
    await expectRestError(await foreignSystem(fixture, 'GetAppByName', { ApplicationName: APP }), 500);
    await expectRestError(await foreignSystem(fixture, 'CreateDefaultForeignAppEntity'), 500);
    await expectRestError(await foreignSystem(fixture, 'AddDeviceByIdentifier', device('install-switch-2', `${APP} (switch)`)), 500);
    expect(fixture.sandbox.superoffice.foreignSystem.apps().find((app) => app.name === `${APP} (switch)`)?.devices.map((d) => d.deviceIdentifier)).toEqual(['install-switch']);
    expect(keysOf(`${APP} (switch)`)).toEqual([]);
  });

  it('the restApi switch still applies in front of the agent calls', async () => {
    fixture.sandbox.superoffice.switches.restApi = 'server_error';
    expect((await foreignSystem(fixture, 'GetDeviceKeysOnDeviceIdentifier', where)).status).toBe(500);
  });

  it("'slow': the normal answer after 8 seconds, and the key is written only then", async () => {
    fixture.sandbox.superoffice.switches.foreignSystem = 'slow';
    const started = performance.now();
    const response = foreignSystem(fixture, 'SaveForeignKey', saveBody(where, ALICE, 'slow', 'v'));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(keysOf(`${APP} (switch)`)).toEqual([]);
    const answer = await response;
    expect(performance.now() - started).toBeGreaterThanOrEqual(7_900);
    expect(answer.status).toBe(200);
    expect(keysOf(`${APP} (switch)`).map((key) => key.key)).toEqual(['slow']);
  }, 20_000);

  it("'slow': a request still waiting when the sandbox closes gets 503 (or loses its connection) and writes nothing", async () => {
    fixture.sandbox.superoffice.switches.foreignSystem = 'slow';
    const request = foreignSystem(fixture, 'SaveForeignKey', saveBody(where, ALICE, 'never', 'v')).then(
      (response) => response.status,
      () => 'network error' as const,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    closed = true;
    await fixture.sandbox.close();
    const outcome = await Promise.race([request, new Promise((resolve) => setTimeout(() => resolve('pending'), 2_000))]);
    expect([503, 'network error']).toContain(outcome);
    expect(keysOf(`${APP} (switch)`).map((key) => key.key)).toEqual(['slow']);
  });
});
