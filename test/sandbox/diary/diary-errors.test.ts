import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signInForTokens } from '../support/oauth.js';
import { getAppointment, isJson, myDiary, NOW, postMyDiary, startDiaryFixture, WEEK, type DiaryFixture } from './support.js';

let fixture: DiaryFixture;
beforeAll(async () => {
  fixture = await startDiaryFixture();
});
afterAll(() => fixture.sandbox.close());
afterEach(() => {
  Object.assign(fixture.sandbox.superoffice.switches, { diary: 'normal', restApi: 'normal', diaryNow: NOW });
});

interface RestError {
  Error: string;
  ErrorType: string;
  Source: string;
}

async function expectError(response: Response, status: number, message?: RegExp): Promise<RestError> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as RestError;
  expect(body).toEqual({ Error: expect.any(String), ErrorType: expect.any(String), Source: expect.any(String) });
  if (message !== undefined) expect(body.Error).toMatch(message);
  return body;
}

describe('GetMyDiary: authentication and host', () => {
  it('401 with a Bearer challenge without a token, and with an unknown one', async () => {
    const none = await postMyDiary(fixture, WEEK);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const unknown = await postMyDiary(fixture, WEEK, { token: 'not-a-token' });
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });

  it('401 for an expired token', async () => {
    const so = fixture.sandbox.superoffice;
    so.switches.accessTokenTtlSeconds = 1;
    try {
      const { access_token: token } = await signInForTokens(so);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      expect((await postMyDiary(fixture, WEEK, { token })).status).toBe(401);
    } finally {
      so.switches.accessTokenTtlSeconds = 3600;
    }
  });

  it('421 on the authority host (the id_token webapi_url as is) and for a tenant that does not live on the host', async () => {
    const so = fixture.sandbox.superoffice;
    const authority = await postMyDiary(fixture, WEEK, { token: fixture.tokens.alice, base: `${so.authority}/Cust12345` });
    expect(authority.status).toBe(421);
    expect(await authority.text()).toBe('Wrong subdomain used to access tenant');
    const origin = new URL(so.tenantEndpoint('Cust12345')).origin;
    expect((await postMyDiary(fixture, WEEK, { token: fixture.tokens.alice, base: `${origin}/Cust99999` })).status).toBe(421);
    expect((await getAppointment(fixture, 5001, { base: `${so.authority}/Cust12345` })).status).toBe(421);
  });

  it('421 on the old host after the tenant moved; the new host serves the diary', async () => {
    const so = fixture.sandbox.superoffice;
    const old = so.tenantEndpoint('Cust12345');
    await so.moveTenant('Cust12345');
    expect((await postMyDiary(fixture, WEEK, { token: fixture.tokens.alice, base: old })).status).toBe(421);
    expect(await myDiary(fixture, WEEK)).not.toHaveLength(0);
  });
});

describe('GetMyDiary: bad requests → 400 with the WebAPI error body', () => {
  it.each([
    ['not JSON', '{"StartTime": '],
    ['an empty body', ''],
    ['a JSON array', '[]'],
    ['JSON null', 'null'],
    ['a JSON string', '"2026-11-23"'],
  ])('%s', async (_label, raw) => {
    await expectError(await postMyDiary(fixture, raw, { token: fixture.tokens.alice }), 400);
  });

  it.each([
    ['no StartTime', { EndTime: '2026-11-24T00:00:00', Count: 5 }, /StartTime/],
    ['no EndTime', { StartTime: '2026-11-23T00:00:00', Count: 5 }, /EndTime/],
    ['no Count', { StartTime: '2026-11-23T00:00:00', EndTime: '2026-11-24T00:00:00' }, /Count/],
    ['a numeric StartTime', { StartTime: 1763884800000, EndTime: '2026-11-24T00:00:00', Count: 5 }, /StartTime/],
    ['an unparsable StartTime', { StartTime: 'tomorrow', EndTime: '2026-11-24T00:00:00', Count: 5 }, /StartTime 'tomorrow'/],
    ['an impossible date', { StartTime: '2026-02-30T00:00:00', EndTime: '2026-03-02T00:00:00', Count: 5 }, /StartTime/],
    ['an hour 24', { StartTime: '2026-11-23T24:00:00', EndTime: '2026-11-24T00:00:00', Count: 5 }, /StartTime/],
    ['an unparsable EndTime', { StartTime: '2026-11-23T00:00:00', EndTime: '23.11.2026', Count: 5 }, /EndTime/],
    ['EndTime before StartTime', { StartTime: '2026-11-24T00:00:00', EndTime: '2026-11-23T00:00:00', Count: 5 }, /EndTime is before StartTime/],
    ['Count 0', { ...WEEK, Count: 0 }, /Count/],
    ['a negative Count', { ...WEEK, Count: -3 }, /Count/],
    ['a fractional Count', { ...WEEK, Count: 1.5 }, /Count/],
    ['a Count string', { ...WEEK, Count: '5' }, /Count/],
    ['a range of more than a year', { StartTime: '2026-01-01T00:00:00', EndTime: '2027-06-01T00:00:00', Count: 5 }, /366 days/],
  ])('%s', async (_label, body, message) => {
    const error = await expectError(await postMyDiary(fixture, body, { token: fixture.tokens.alice }), 400, message);
    expect(error.ErrorType).toBe('ArgumentException');
  });

  it('415 for a body that is not JSON by Content-Type', async () => {
    const response = await postMyDiary(fixture, 'StartTime=2026-11-23', { token: fixture.tokens.alice, headers: { 'content-type': 'text/plain' } });
    await expectError(response, 415, /text\/plain/);
  });

  it('accepts property names in any case, text/json, and ignores unknown properties (like ASP.NET model binding)', async () => {
    const rows = await myDiary(fixture, { starttime: '2026-11-23T00:00:00', ENDTIME: '2026-11-24T00:00:00', count: 2, Extra: true }, { headers: { 'content-type': 'text/json; charset=utf-8' } });
    expect(rows).toHaveLength(2);
  });

  it('authentication comes before body validation', async () => {
    expect((await postMyDiary(fixture, 'not json')).status).toBe(401);
  });
});

describe('the diary switch', () => {
  it("'empty': GetMyDiary returns [] (bad bodies are still 400) and GET Appointment/{id} is 404", async () => {
    const so = fixture.sandbox.superoffice;
    const some = (await myDiary(fixture, WEEK))[0];
    so.switches.diary = 'empty';
    expect(await myDiary(fixture, WEEK)).toEqual([]);
    await expectError(await postMyDiary(fixture, { ...WEEK, Count: 0 }, { token: fixture.tokens.alice }), 400);
    expect((await getAppointment(fixture, some?.AppointmentId ?? 0)).status).toBe(404);
    so.switches.diary = 'normal';
    expect((await getAppointment(fixture, some?.AppointmentId ?? 0)).status).toBe(200);
  });

  it("'server_error': 500 with the WebAPI error body, after authentication", async () => {
    fixture.sandbox.superoffice.switches.diary = 'server_error';
    const error = await expectError(await postMyDiary(fixture, WEEK, { token: fixture.tokens.alice }), 500);
    expect(error.ErrorType).toBe('SoServerException');
    expect((await getAppointment(fixture, 5001)).status).toBe(500);
    expect((await postMyDiary(fixture, WEEK)).status).toBe(401);
  });

  it("'malformed_json': 200, application/json, a body that is not JSON", async () => {
    fixture.sandbox.superoffice.switches.diary = 'malformed_json';
    const response = await postMyDiary(fixture, WEEK, { token: fixture.tokens.alice });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(isJson(await response.text())).toBe(false);
  });

  it("'slow': the normal answer after 8 seconds", async () => {
    fixture.sandbox.superoffice.switches.diary = 'slow';
    const started = performance.now();
    const response = await postMyDiary(fixture, { ...WEEK, Count: 3 }, { token: fixture.tokens.alice });
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    expect((await response.json()) as unknown[]).toHaveLength(3);
    expect(elapsed).toBeGreaterThanOrEqual(7_900);
  }, 20_000);

  it('a client that gives up early gets nothing before 8 s', async () => {
    fixture.sandbox.superoffice.switches.diary = 'slow';
    const base = fixture.sandbox.superoffice.tenantEndpoint('Cust12345');
    const request = fetch(`${base}/api/v1/Agents/Appointment/GetMyDiary`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fixture.tokens.alice}`, 'content-type': 'application/json' },
      body: JSON.stringify(WEEK),
      signal: AbortSignal.timeout(1_000),
    });
    await expect(request).rejects.toThrow();
  });

  it('the restApi switch still applies in front of the diary', async () => {
    const so = fixture.sandbox.superoffice;
    so.switches.restApi = 'server_error';
    expect((await postMyDiary(fixture, WEEK, { token: fixture.tokens.alice })).status).toBe(500);
    so.switches.restApi = 'malformed_json';
    const response = await postMyDiary(fixture, WEEK, { token: fixture.tokens.alice });
    expect(response.status).toBe(200);
    expect(isJson(await response.text())).toBe(false);
    expect((await getAppointment(fixture, 5001)).status).toBe(200);
  });
});

describe('switches over HTTP (PATCH /__sandbox/switches)', () => {
  async function patch(body: unknown): Promise<Response> {
    return fetch(`${fixture.sandbox.superoffice.authority}/__sandbox/switches`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  it('sets diary and diaryNow (an instant or a shift) and clears diaryNow with null', async () => {
    const so = fixture.sandbox.superoffice;
    const set = await patch({ diary: 'empty', diaryNow: '2026-11-24T08:00:00+01:00' });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ diary: 'empty', diaryNow: '2026-11-24T08:00:00+01:00' });
    expect(so.diary.now().toISOString()).toBe('2026-11-24T07:00:00.000Z');
    expect((await patch({ diary: 'normal', diaryNow: '+1d' })).status).toBe(200);
    expect(Math.abs(so.diary.now().getTime() - (Date.now() + 86_400_000))).toBeLessThan(5_000);
    const cleared = await patch({ diaryNow: null });
    expect(cleared.status).toBe(200);
    expect((await cleared.json()) as Record<string, unknown>).not.toHaveProperty('diaryNow');
    expect(Math.abs(so.diary.now().getTime() - Date.now())).toBeLessThan(5_000);
  });

  it.each([[{ diary: 'sometimes' }], [{ diaryNow: 'tomorrow' }], [{ diaryNow: '2026-11-24T08:00:00' }], [{ diaryNow: 5 }]])('rejects %j', async (body) => {
    expect((await patch(body)).status).toBe(400);
  });

  it('with the real clock, today has the data set too', async () => {
    const so = fixture.sandbox.superoffice;
    delete so.switches.diaryNow;
    const now = Date.now();
    const rows = await myDiary(fixture, { StartTime: new Date(now - 3_600_000).toISOString(), EndTime: new Date(now + 3_600_000).toISOString(), Count: 50 });
    expect(rows.some((row) => row.Title.startsWith('Support escalation'))).toBe(true);
  });
});
