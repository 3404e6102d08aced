import { beforeEach, describe, expect, it } from 'vitest';
import { useZoomSandbox } from './support/setup.js';
import { apiCall, createMeeting, exchangeCode, listMeetings, signIn, signInForTokens } from './support/zoom-client.js';

const fixture = useZoomSandbox();
let token = '';
let zedToken = '';

const LIST_ITEM_KEYS = ['uuid', 'id', 'host_id', 'topic', 'type', 'start_time', 'duration', 'timezone', 'agenda', 'created_at', 'join_url'];

beforeEach(async () => {
  token = (await signInForTokens(fixture.zoom)).access_token;
  zedToken = (await signInForTokens(fixture.zoom, { username: 'zed@example.com' })).access_token;
  for (const meeting of fixture.zoom.meetings()) {
    await apiCall(fixture.zoom, `/meetings/${meeting.id}`, { token: meeting.host_email === 'zoe@example.com' ? token : zedToken, method: 'DELETE' });
  }
});

/** Creates a 30-minute meeting `days` from now with this agenda; returns its meeting number. */
async function scheduled(agenda: string, days: number, as = token): Promise<number> {
  const start = new Date(Date.now() + days * 24 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const response = await createMeeting(fixture.zoom, as, { topic: `Meeting ${agenda}`, type: 2, start_time: start, duration: 30, agenda });
  expect(response.status).toBe(201);
  return Number(response.json.id);
}

function meetingsOf(body: Record<string, unknown>): Array<Record<string, unknown>> {
  return body.meetings as Array<Record<string, unknown>>;
}

describe('GET /users/{userId}/meetings (List meetings)', () => {
  it("lists the host's meetings with their agendas, soonest first, in Zoom's list shape", async () => {
    const { zoom } = fixture;
    const later = await scheduled('SuperOffice appointment 42 [ref:vmt-bbb]', 3);
    const sooner = await scheduled('SuperOffice appointment 41 [ref:vmt-aaa]', 1);
    await scheduled('not zoe', 2, zedToken);

    const response = await listMeetings(zoom, token);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ page_size: 30, total_records: 2, next_page_token: '' });
    const items = meetingsOf(response.json);
    expect(items.map((item) => item.id)).toEqual([sooner, later]);
    const zoe = zoom.users.find((user) => user.username === 'zoe@example.com');
    expect(items[0]).toMatchObject({ host_id: zoe?.userId, type: 2, duration: 30, timezone: 'Europe/Oslo', agenda: 'SuperOffice appointment 41 [ref:vmt-aaa]' });
    expect(Object.keys(items[0] ?? {})).toEqual(LIST_ITEM_KEYS);
    const full = await apiCall(zoom, `/meetings/${sooner}`, { token });
    for (const key of LIST_ITEM_KEYS) expect(items[0]?.[key], key).toEqual(full.json[key]);
    expect(items.find((item) => String(item.agenda).includes('[ref:vmt-bbb]'))?.id).toBe(later);

    const zed = await listMeetings(zoom, zedToken);
    expect(meetingsOf(zed.json).map((item) => item.agenda)).toEqual(['not zoe']);
  });

  it('accepts me, the user id or the e-mail as userId; another user → 404 code 1001', async () => {
    const { zoom } = fixture;
    const id = await scheduled('mine', 1);
    const zoe = zoom.users.find((user) => user.username === 'zoe@example.com');
    const zed = zoom.users.find((user) => user.username === 'zed@example.com');
    for (const userId of [zoe?.userId ?? '', 'zoe@example.com']) {
      expect(meetingsOf((await listMeetings(zoom, token, {}, userId)).json).map((item) => item.id)).toEqual([id]);
    }
    const other = await listMeetings(zoom, token, {}, zed?.userId ?? '');
    expect(other.status).toBe(404);
    expect(other.json).toEqual({ code: 1001, message: `User does not exist: ${zed?.userId}.` });
  });

  it('leaves out deleted meetings (also from total_records)', async () => {
    const { zoom } = fixture;
    const kept = await scheduled('kept', 1);
    const removed = await scheduled('removed', 2);
    expect((await apiCall(zoom, `/meetings/${removed}`, { token, method: 'DELETE' })).status).toBe(204);
    const response = await listMeetings(zoom, token);
    expect(response.json.total_records).toBe(1);
    expect(meetingsOf(response.json).map((item) => item.id)).toEqual([kept]);
  });

  it('omits agenda for a meeting without one, and never lists instant meetings', async () => {
    const { zoom } = fixture;
    const plain = await createMeeting(zoom, token, { topic: 'no agenda', start_time: '2099-01-01T10:00:00Z', duration: 30 });
    expect(plain.json.agenda).toBe('');
    await createMeeting(zoom, token, { topic: 'instant', type: 1, agenda: 'instant' });
    const items = meetingsOf((await listMeetings(zoom, token)).json);
    expect(items.map((item) => item.topic)).toEqual(['no agenda']);
    expect(items[0]).not.toHaveProperty('agenda');
  });

  it('pages with page_size and next_page_token; total_records counts the whole list', async () => {
    const { zoom } = fixture;
    const ids: number[] = [];
    for (let day = 1; day <= 5; day++) ids.push(await scheduled(`page ${day}`, day));

    const first = await listMeetings(zoom, token, { page_size: '2' });
    expect(first.json).toMatchObject({ page_size: 2, total_records: 5 });
    expect(String(first.json.next_page_token)).toMatch(/^[A-Za-z0-9]{20,}$/);
    const second = await listMeetings(zoom, token, { page_size: '2', next_page_token: String(first.json.next_page_token) });
    expect(second.json).toMatchObject({ page_size: 2, total_records: 5 });
    const third = await listMeetings(zoom, token, { page_size: '2', next_page_token: String(second.json.next_page_token) });
    expect(third.json).toMatchObject({ total_records: 5, next_page_token: '' });
    const seen = [first, second, third].flatMap((page) => meetingsOf(page.json).map((item) => item.id));
    expect(seen).toEqual(ids);
  });

  it('continues after the last meeting sent even when meetings are deleted between pages', async () => {
    const { zoom } = fixture;
    const ids: number[] = [];
    for (let day = 1; day <= 4; day++) ids.push(await scheduled(`shift ${day}`, day));
    const first = await listMeetings(zoom, token, { page_size: '2' });
    await apiCall(zoom, `/meetings/${ids[0]}`, { token, method: 'DELETE' });
    await apiCall(zoom, `/meetings/${ids[2]}`, { token, method: 'DELETE' });
    const second = await listMeetings(zoom, token, { page_size: '2', next_page_token: String(first.json.next_page_token) });
    expect(meetingsOf(second.json).map((item) => item.id)).toEqual([ids[3]]);
    expect(second.json).toMatchObject({ total_records: 2, next_page_token: '' });
  });

  it('answers a page_size of 300 and refuses bad query values with code 300 field errors', async () => {
    const { zoom } = fixture;
    await scheduled('one', 1);
    expect((await listMeetings(zoom, token, { page_size: '300' })).json.page_size).toBe(300);
    const cases: Array<[Record<string, string>, string]> = [
      [{ type: 'pending' }, 'type'],
      [{ type: 'Scheduled' }, 'type'],
      [{ page_size: '0' }, 'page_size'],
      [{ page_size: '301' }, 'page_size'],
      [{ page_size: 'ten' }, 'page_size'],
      [{ page_size: '2.5' }, 'page_size'],
      [{ next_page_token: 'IAfJX3jsOLW7w3dokmFl84zOa0MAVGyMEB2' }, 'next_page_token'],
    ];
    for (const [query, field] of cases) {
      const response = await listMeetings(zoom, token, query);
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect(response.json).toEqual({ code: 300, message: 'Validation Failed.', errors: [{ field, message: 'Invalid field.' }] });
    }
  });

  it("refuses another user's next_page_token", async () => {
    const { zoom } = fixture;
    for (let day = 1; day <= 2; day++) await scheduled(`zed ${day}`, day, zedToken);
    const zedPage = await listMeetings(zoom, zedToken, { page_size: '1' });
    const stolen = await listMeetings(zoom, token, { next_page_token: String(zedPage.json.next_page_token) });
    expect(stolen.json).toMatchObject({ code: 300, errors: [{ field: 'next_page_token' }] });
  });

  it('needs meeting:read:list_meetings: 400 code 4711 without it (meeting:read:meeting is not enough)', async () => {
    const { zoom } = fixture;
    const narrow = await exchangeCode(zoom, await signIn(zoom, { params: { scope: 'user:read:user meeting:read:meeting meeting:write:meeting' } }));
    const response = await listMeetings(zoom, String(narrow.json.access_token));
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ code: 4711, message: 'Invalid access token, does not contain scopes:[meeting:read:list_meetings].' });
  });

  it('needs a bearer token (401 code 124)', async () => {
    const { zoom } = fixture;
    const response = await apiCall(zoom, '/users/me/meetings');
    expect(response.status).toBe(401);
    expect(response.json).toEqual({ code: 124, message: 'Invalid access token.' });
  });
});

describe('agenda on create', () => {
  it('stores up to 2000 characters and returns it from create, GET and the test API', async () => {
    const { zoom } = fixture;
    const agenda = `${'a'.repeat(1990)}[ref:xyz]`.slice(0, 2000);
    const created = await createMeeting(zoom, token, { topic: 'long agenda', duration: 30, agenda });
    expect(created.status).toBe(201);
    expect(created.json.agenda).toBe(agenda);
    expect((await apiCall(zoom, `/meetings/${created.json.id}`, { token })).json.agenda).toBe(agenda);
    expect(zoom.meetings().find((meeting) => meeting.id === created.json.id)?.agenda).toBe(agenda);
  });

  it('refuses 2001 characters with code 300, field agenda, and creates nothing', async () => {
    const { zoom } = fixture;
    const response = await createMeeting(zoom, token, { topic: 'too long', duration: 30, agenda: 'x'.repeat(2001) });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ code: 300, message: 'Validation Failed.', errors: [{ field: 'agenda', message: 'Invalid field.' }] });
    expect(zoom.meetings()).toHaveLength(0);
  });
});

describe('the API switches apply to List meetings', () => {
  it('carries the Medium rate-limit headers; rateLimit → 429 in the Medium category', async () => {
    const { zoom } = fixture;
    expect((await listMeetings(zoom, token)).headers.get('x-ratelimit-category')).toBe('Medium');
    zoom.switches.rateLimit = { remaining: 1, retryAfter: 'none' };
    const limited = await listMeetings(zoom, token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-ratelimit-category')).toBe('Medium');
    expect(limited.json.code).toBe(429);
    expect((await listMeetings(zoom, token)).status).toBe(200);
  });

  it('serverErrors → 503; malformedJson → a 200 body that is not JSON; slowMs delays the answer', async () => {
    const { zoom } = fixture;
    zoom.switches.serverErrors = 1;
    expect((await listMeetings(zoom, token)).status).toBe(503);
    zoom.switches.malformedJson = true;
    const malformed = await listMeetings(zoom, token);
    expect(malformed.status).toBe(200);
    expect(() => JSON.parse(malformed.text)).toThrow();
    zoom.switches.malformedJson = false;
    zoom.switches.slowMs = 200;
    const started = performance.now();
    expect((await listMeetings(zoom, token)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });
});
