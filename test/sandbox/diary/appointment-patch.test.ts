import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAppointment, startDiaryFixture, type DiaryFixture } from './support.js';
import { expectRestError, patchAppointment, patchOk, rowOf, type PatchedEntity } from './patch-support.js';

let fixture: DiaryFixture;
/** Alice's stand-ups and generated rows: rows no test has touched yet, handed out one at a time. */
let untouched: number[];
beforeAll(async () => {
  fixture = await startDiaryFixture();
  fixture.sandbox.superoffice.switches.diaryExtraPerDay = 3;
  untouched = fixture.sandbox.superoffice.diary
    .list(5)
    .filter((row) => row.scenario === 'standup' || row.scenario === 'extra')
    .map((row) => row.appointmentId);
});
afterAll(() => fixture.sandbox.close());

function fresh(): number {
  const id = untouched.shift();
  if (id === undefined) throw new Error('out of untouched rows');
  return id;
}

async function entity(id: number, headers: Record<string, string> = {}): Promise<{ body: PatchedEntity; lastModified: string }> {
  const response = await getAppointment(fixture, id, { headers });
  expect(response.status).toBe(200);
  return { body: (await response.json()) as PatchedEntity, lastModified: response.headers.get('last-modified') ?? '' };
}

const VIDEO_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const VIDEO_URL = `https://cust12345.meetings-sod.superoffice.com/join/${VIDEO_ID}`;
/** NOW (10:20 Oslo) in UTC, as UpdatedDate shows it. */
const NOW_UTC = '2026-11-23T09:20:00';

describe('PATCH v1/Appointment/{id}: JSON Patch', () => {
  it('replace writes the fields, as the caller, at the diary clock; 200 with the entity and Last-Modified, like GET', async () => {
    const id = rowOf(fixture, 5, 'no-link');
    const before = (await entity(id)).body;
    const response = await patchAppointment(fixture, id, [
      { op: 'replace', path: '/JoinVideomeetUrl', value: VIDEO_URL },
      { op: 'replace', path: '/CentralserviceVideomeetId', value: VIDEO_ID },
    ]);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('last-modified')).toBe('Mon, 23 Nov 2026 09:20:00 GMT');
    const body = (await response.json()) as PatchedEntity;
    expect(body).toMatchObject({ AppointmentId: id, JoinVideomeetUrl: VIDEO_URL, CentralserviceVideomeetId: VIDEO_ID, UpdatedDate: NOW_UTC, UpdatedBy: { AssociateId: 5 } });
    expect({ ...body, JoinVideomeetUrl: '', CentralserviceVideomeetId: '', UpdatedDate: '', UpdatedBy: null }).toEqual({
      ...before,
      JoinVideomeetUrl: '',
      CentralserviceVideomeetId: '',
      UpdatedDate: '',
      UpdatedBy: null,
    });
    const after = await entity(id);
    expect(after.body).toEqual(body);
    expect(after.lastModified).toBe('Mon, 23 Nov 2026 09:20:00 GMT');
    const row = fixture.sandbox.superoffice.diary.get(id);
    expect(row).toMatchObject({ joinVideomeetUrl: VIDEO_URL, centralserviceVideomeetId: VIDEO_ID, updatedByAssociateId: 5, updated: '2026-11-23T09:20:00.000Z' });
  });

  it('add on a property replaces it; remove empties a string and clears a flag', async () => {
    const id = fresh();
    expect((await patchOk(fixture, id, [{ op: 'add', path: '/Location', value: 'Room 4' }])).Location).toBe('Room 4');
    const removed = await patchOk(fixture, id, [
      { op: 'remove', path: '/Location' },
      { op: 'replace', path: '/HasAlarm', value: true },
    ]);
    expect(removed).toMatchObject({ Location: '', HasAlarm: true });
    expect((await patchOk(fixture, id, [{ op: 'remove', path: '/HasAlarm' }])).HasAlarm).toBe(false);
    await expectRestError(await patchAppointment(fixture, id, [{ op: 'remove', path: '/StartDate' }]), 400, /StartDate' cannot be removed/);
  });

  it('test that matches lets the patch through; a mismatch (also in case only) is 409 and writes nothing', async () => {
    const id = fresh();
    const title = fixture.sandbox.superoffice.diary.get(id)?.title ?? '';
    const ok = await patchOk(fixture, id, [
      { op: 'test', path: '/Title', value: title },
      { op: 'replace', path: '/Title', value: 'Stand-up (moved to Teams)' },
      { op: 'test', path: '/Title', value: 'Stand-up (moved to Teams)' },
    ]);
    expect(ok.Title).toBe('Stand-up (moved to Teams)');
    const before = await entity(id);
    const conflict = await patchAppointment(fixture, id, [
      { op: 'test', path: '/Title', value: 'stand-up (moved to teams)' },
      { op: 'replace', path: '/Location', value: 'nowhere' },
    ]);
    const error = await expectRestError(conflict, 409, "Update blocked because a 'test' operation has detected a conflict with the entity value.");
    expect(error.ErrorType).toBe('Conflict');
    expect((await entity(id)).body).toEqual(before.body);
  });

  it('test compares flags strictly and dates as instants in the request zone', async () => {
    const id = fresh();
    const { body } = await entity(id);
    await patchOk(fixture, id, [
      { op: 'test', path: '/StartDate', value: body.StartDate },
      { op: 'test', path: '/StartDate', value: `${body.StartDate.slice(0, 16)}` },
      { op: 'test', path: '/HasAlarm', value: body.HasAlarm },
    ]);
    expect((await patchAppointment(fixture, id, [{ op: 'test', path: '/HasAlarm', value: String(body.HasAlarm) }])).status).toBe(409);
    expect((await patchAppointment(fixture, id, [{ op: 'test', path: '/StartDate', value: 'soon' }])).status).toBe(409);
  });

  it('a patch of only test ops writes nothing (UpdatedDate stays)', async () => {
    const id = fresh();
    const before = await entity(id);
    const body = await patchOk(fixture, id, [{ op: 'test', path: '/Location', value: before.body.Location }]);
    expect(body.UpdatedDate).toBe(before.body.UpdatedDate);
    expect(await patchOk(fixture, id, [])).toEqual(before.body);
  });

  it('paths are case-insensitive and the leading slash is optional', async () => {
    const id = fresh();
    const body = await patchOk(fixture, id, [
      { op: 'replace', path: 'joinvideomeeturl', value: VIDEO_URL },
      { op: 'replace', path: '/CENTRALSERVICEVIDEOMEETID', value: VIDEO_ID },
      { op: 'replace', path: 'Location', value: 'Teams' },
      { op: 'REPLACE', path: '/title', value: 'Renamed' },
    ]);
    expect(body).toMatchObject({ JoinVideomeetUrl: VIDEO_URL, CentralserviceVideomeetId: VIDEO_ID, Location: 'Teams', Title: 'Renamed' });
  });

  it('StartDate/EndDate are wire times in SO-TimeZone (or the base zone); EndDate before StartDate is 400', async () => {
    const id = fresh();
    const ny = await patchOk(
      fixture,
      id,
      [
        { op: 'replace', path: '/StartDate', value: '2026-11-23T03:30:00' },
        { op: 'replace', path: '/EndDate', value: '2026-11-23T04:00:00' },
      ],
      { headers: { 'SO-TimeZone': 'US-NY' } },
    );
    expect(ny).toMatchObject({ StartDate: '2026-11-23T03:30:00', EndDate: '2026-11-23T04:00:00' });
    expect(fixture.sandbox.superoffice.diary.get(id)).toMatchObject({ start: '2026-11-23T08:30:00.000Z', end: '2026-11-23T09:00:00.000Z' });
    expect((await entity(id)).body).toMatchObject({ StartDate: '2026-11-23T09:30:00', EndDate: '2026-11-23T10:00:00' });
    const withOffset = await patchOk(fixture, id, { EndDate: '2026-11-23T09:15:00Z' });
    expect(withOffset.EndDate).toBe('2026-11-23T10:15:00');
    await expectRestError(await patchAppointment(fixture, id, [{ op: 'replace', path: '/EndDate', value: '2026-11-23T09:00:00' }]), 400, /EndDate is before StartDate/);
    await expectRestError(await patchAppointment(fixture, id, [{ op: 'replace', path: '/StartDate', value: '2026-02-30T09:00:00' }]), 400, /StartDate/);
    await expectRestError(await patchAppointment(fixture, id, { StartDate: '2026-11-23T09:00:00' }, { headers: { 'SO-TimeZone': 'Mars' } }), 400, /Mars/);
    expect(fixture.sandbox.superoffice.diary.get(id)).toMatchObject({ start: '2026-11-23T08:30:00.000Z', end: '2026-11-23T09:15:00.000Z' });
  });

  it('HasAlarm and IsAlldayEvent take booleans', async () => {
    const id = fresh();
    expect(await patchOk(fixture, id, { HasAlarm: true, IsAlldayEvent: true })).toMatchObject({ HasAlarm: true, IsAlldayEvent: true });
  });
});

describe('PATCH: bad documents → 400, nothing written', () => {
  let id: number;
  let before: PatchedEntity;
  beforeAll(async () => {
    id = fresh();
    before = (await entity(id)).body;
  });

  it.each([
    ['an unknown path', [{ op: 'replace', path: '/Nope', value: 'x' }], /no property 'Nope'/],
    ['a read-only path', [{ op: 'replace', path: '/appointmentid', value: 1 }], /'AppointmentId' is read-only/],
    ['UpdatedDate', [{ op: 'replace', path: 'UpdatedDate', value: '2026-01-01T00:00:00' }], /read-only/],
    ['a path inside a field', [{ op: 'replace', path: '/Title/0', value: 'x' }], /no members/],
    ['an empty path', [{ op: 'replace', path: '', value: 'x' }], /does not name a property/],
    ['move', [{ op: 'move', from: '/Title', path: '/Location' }], /'move' is not supported/],
    ['copy', [{ op: 'copy', from: '/Title', path: '/Location' }], /'copy' is not supported/],
    ['an unknown op', [{ op: 'merge', path: '/Title', value: 'x' }], /valid "op"/],
    ['no op', [{ path: '/Title', value: 'x' }], /valid "op"/],
    ['no path', [{ op: 'replace', value: 'x' }], /"path"/],
    ['replace without value', [{ op: 'replace', path: '/Title' }], /no "value"/],
    ['an op that is not an object', ['replace'], /not an object/],
    ['a number for a string', [{ op: 'replace', path: '/Title', value: 5 }], /'Title' must be a string/],
    ['null for a string', [{ op: 'replace', path: '/Location', value: null }], /'Location' must be a string/],
    ['a string for a flag', [{ op: 'replace', path: '/HasAlarm', value: 'yes' }], /'HasAlarm' must be a boolean/],
    ['a number for a date', [{ op: 'replace', path: '/StartDate', value: 1_763_884_800_000 }], /'StartDate' must be a date-time/],
    ['an unparsable date', [{ op: 'replace', path: '/EndDate', value: 'tomorrow' }], /'EndDate' is not a valid date-time/],
    ['a Location of 255 characters', [{ op: 'replace', path: '/Location', value: 'x'.repeat(255) }], /at most 254/],
    ['a JoinVideomeetUrl of 2049 characters', [{ op: 'replace', path: '/JoinVideomeetUrl', value: `https://x.example/${'a'.repeat(2031)}` }], /at most 2048/],
    ['a merge patch with an unknown property', { Nope: 1 }, /no property 'Nope'/],
    ['a merge patch with a wrong type', { Title: ['a'] }, /'Title' must be a string/],
    ['a JSON string', 'just text', /JSON Patch array or a JSON Merge Patch object/],
    ['JSON null', null, /JSON Patch array or a JSON Merge Patch object/],
  ])('%s', async (_label, document, message) => {
    const error = await expectRestError(await patchAppointment(fixture, id, typeof document === 'string' ? JSON.stringify(document) : document), 400, message);
    expect(error.ErrorType).toBe('ArgumentException');
    expect((await entity(id)).body).toEqual(before);
  });

  it('not JSON, an empty body → 400', async () => {
    await expectRestError(await patchAppointment(fixture, id, '[{"op": '), 400, /not valid JSON/);
    await expectRestError(await patchAppointment(fixture, id, ''), 400, /empty/);
    expect((await entity(id)).body).toEqual(before);
  });

  it('limits are inclusive: a JoinVideomeetUrl of exactly 2048 characters is fine', async () => {
    const url = `https://x.example/${'a'.repeat(2030)}`;
    expect(url).toHaveLength(2048);
    expect((await patchOk(fixture, fresh(), [{ op: 'replace', path: '/JoinVideomeetUrl', value: url }])).JoinVideomeetUrl).toBe(url);
  });
});

describe('PATCH: all or nothing', () => {
  it('a failing test after good ops → 409 and the row is unchanged', async () => {
    const id = fresh();
    const before = await entity(id);
    const response = await patchAppointment(fixture, id, [
      { op: 'replace', path: '/Title', value: 'changed' },
      { op: 'replace', path: '/JoinVideomeetUrl', value: VIDEO_URL },
      { op: 'test', path: '/Location', value: 'not the location' },
    ]);
    expect(response.status).toBe(409);
    const after = await entity(id);
    expect(after.body).toEqual(before.body);
    expect(after.lastModified).toBe(before.lastModified);
  });

  it('a bad op after good ones → 400 and the row is unchanged', async () => {
    const id = fresh();
    const before = (await entity(id)).body;
    expect((await patchAppointment(fixture, id, [{ op: 'replace', path: '/Title', value: 'changed' }, { op: 'copy', from: '/Title', path: '/Agenda' }])).status).toBe(400);
    expect((await patchAppointment(fixture, id, { Title: 'changed', AppointmentId: 1 })).status).toBe(400);
    expect((await entity(id)).body).toEqual(before);
  });
});

describe('PATCH: JSON Merge Patch', () => {
  it('sets the fields the object names (application/merge-patch+json), null removes', async () => {
    const id = fresh();
    const body = await patchOk(fixture, id, { JoinVideomeetUrl: VIDEO_URL, CentralserviceVideomeetId: VIDEO_ID, location: 'Video' }, { contentType: 'application/merge-patch+json' });
    expect(body).toMatchObject({ JoinVideomeetUrl: VIDEO_URL, CentralserviceVideomeetId: VIDEO_ID, Location: 'Video' });
    const cleared = await patchOk(fixture, id, { JoinVideomeetUrl: null, CentralserviceVideomeetId: null });
    expect(cleared).toMatchObject({ JoinVideomeetUrl: '', CentralserviceVideomeetId: '', Location: 'Video' });
  });

  it('$select nulls the other fields of the answer', async () => {
    const body = await patchOk(fixture, fresh(), { Location: 'Here' }, { query: '?$select=Location,AppointmentId' });
    expect(body.Location).toBe('Here');
    expect(body.Title).toBeNull();
  });
});

describe('PATCH: Content-Type', () => {
  it.each([['application/json-patch+json'], ['application/json; charset=utf-8'], ['text/json'], ['application/merge-patch+json'], [null]])('%s is accepted', async (type) => {
    const body = await patchOk(fixture, fresh(), [{ op: 'replace', path: '/Agenda', value: `via ${String(type)}` }], { contentType: type });
    expect(body.Agenda).toBe(`via ${String(type)}`);
  });

  it.each([['text/plain'], ['application/xml'], ['application/x-www-form-urlencoded']])('%s → 415', async (type) => {
    const id = fresh();
    const before = (await entity(id)).body;
    await expectRestError(await patchAppointment(fixture, id, [{ op: 'replace', path: '/Title', value: 'x' }], { contentType: type }), 415, new RegExp(type.replace('+', '\\+')));
    expect((await entity(id)).body).toEqual(before);
  });
});

describe('PATCH: which appointment, whose', () => {
  it('404 for an unknown or non-numeric id', async () => {
    await expectRestError(await patchAppointment(fixture, 999_999, { Title: 'x' }), 404, /999999/);
    await expectRestError(await patchAppointment(fixture, 'abc', { Title: 'x' }), 404);
  });

  it("403 on a colleague's row and on the organiser's booking mother; nothing written", async () => {
    const bobs = rowOf(fixture, 6, 'no-link');
    const mother = fixture.sandbox.superoffice.diary.list(7)[0]?.appointmentId ?? 0;
    for (const id of [bobs, mother]) {
      const before = (await entity(id)).body;
      const error = await expectRestError(await patchAppointment(fixture, id, { Title: 'hijacked' }), 403, /only its owner/);
      expect(error.ErrorType).toBe('Forbidden');
      expect((await entity(id)).body).toEqual(before);
    }
    expect((await patchOk(fixture, bobs, { Location: 'Bob was here' }, { token: fixture.tokens.bob })).UpdatedBy).toMatchObject({ AssociateId: 6 });
  });

  it("alice may patch her own booking (participant) row", async () => {
    const id = rowOf(fixture, 5, 'booking-accepted');
    expect((await patchOk(fixture, id, { Location: 'Auditorium' })).Location).toBe('Auditorium');
  });

  it('401 without a token; authentication comes before the body', async () => {
    const base = fixture.sandbox.superoffice.tenantEndpoint('Cust12345');
    const response = await fetch(`${base}/api/v1/Appointment/${fresh()}`, { method: 'PATCH', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(response.status).toBe(401);
  });
});

describe('PATCH: If-Unmodified-Since', () => {
  it('equal to Last-Modified → 200; the same header once the row changed → 412, nothing written', async () => {
    const id = fresh();
    const { lastModified } = await entity(id);
    expect(lastModified).toMatch(/^\w{3}, \d{2} Nov 2026 \d{2}:\d{2}:\d{2} GMT$/);
    expect(Date.parse(lastModified)).toBeLessThan(Date.parse(`${NOW_UTC}Z`));
    expect((await patchOk(fixture, id, { Title: 'first' }, { headers: { 'If-Unmodified-Since': lastModified } })).Title).toBe('first');
    const error = await expectRestError(
      await patchAppointment(fixture, id, { Title: 'second' }, { headers: { 'If-Unmodified-Since': lastModified } }),
      412,
      'Update aborted because appointment has changed since the requested If-Unmodified-Since timestamp.',
    );
    expect(error.ErrorType).toBe('PreconditionFailed');
    expect((await entity(id)).body.Title).toBe('first');
  });

  it('older than UpdatedDate → 412; later → 200', async () => {
    const id = fresh();
    const { lastModified } = await entity(id);
    const older = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await patchAppointment(fixture, id, { Title: 'x' }, { headers: { 'If-Unmodified-Since': older } })).status).toBe(412);
    const later = new Date(Date.parse(lastModified) + 60_000).toUTCString();
    expect((await patchAppointment(fixture, id, { Title: 'x' }, { headers: { 'If-Unmodified-Since': later } })).status).toBe(200);
  });

  it('accepts the obsolete RFC 850 and asctime forms', async () => {
    const id = fresh();
    expect((await patchAppointment(fixture, id, { Title: 'a' }, { headers: { 'If-Unmodified-Since': 'Monday, 23-Nov-26 09:20:00 GMT' } })).status).toBe(200);
    expect((await patchAppointment(fixture, id, { Title: 'b' }, { headers: { 'If-Unmodified-Since': 'Mon Nov 23 09:20:00 2026' } })).status).toBe(200);
    expect((await patchAppointment(fixture, id, { Title: 'c' }, { headers: { 'If-Unmodified-Since': 'Mon Nov 23 09:19:59 2026' } })).status).toBe(412);
  });

  it.each([['yesterday'], ['2026-11-23T09:20:00Z'], ['Mon, 31 Nov 2026 09:20:00 GMT'], ['Mon, 23 Nov 2026 25:20:00 GMT']])('%s → 400, nothing written', async (header) => {
    const id = fresh();
    const before = (await entity(id)).body;
    await expectRestError(await patchAppointment(fixture, id, { Title: 'x' }, { headers: { 'If-Unmodified-Since': header } }), 400, /If-Unmodified-Since/);
    expect((await entity(id)).body).toEqual(before);
  });

  it('an edit in SuperOffice (diary.update) after the client read the row → 412', async () => {
    const so = fixture.sandbox.superoffice;
    const id = fresh();
    const { lastModified } = await entity(id);
    const edited = so.diary.update(id, (row) => {
      row.title = 'Edited in SuperOffice';
    });
    expect(edited).toMatchObject({ title: 'Edited in SuperOffice', updated: '2026-11-23T09:20:00.000Z', updatedByAssociateId: 5 });
    expect((await patchAppointment(fixture, id, { Title: 'from the app' }, { headers: { 'If-Unmodified-Since': lastModified } })).status).toBe(412);
    expect((await entity(id)).body.Title).toBe('Edited in SuperOffice');
  });
});

describe('SuperOfficeSandbox.diary.update', () => {
  it("saves as the row's owner at the diary clock; undefined for an unknown id", () => {
    const so = fixture.sandbox.superoffice;
    const mother = so.diary.list(7)[0];
    const updated = so.diary.update(mother?.appointmentId ?? 0, (row) => {
      row.location = 'Main hall';
    });
    expect(updated).toMatchObject({ location: 'Main hall', updatedByAssociateId: 7, updated: '2026-11-23T09:20:00.000Z' });
    expect(so.diary.get(mother?.appointmentId ?? 0)?.location).toBe('Main hall');
    expect(so.diary.update(999_999, () => undefined)).toBeUndefined();
  });
});
