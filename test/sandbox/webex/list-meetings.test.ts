import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useWebex } from './support/webex-fixture.js';
import { api, meetingBody, signInForTokens, type JsonResponse } from './support/webex-oauth.js';

const webex = useWebex();
let wendy: string;
let will: string;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

beforeAll(async () => {
  wendy = (await signInForTokens(webex())).access_token;
  will = (await signInForTokens(webex(), { email: 'will@example.com' })).access_token;
});

beforeEach(async () => {
  for (const meeting of webex().meetings()) {
    await api(webex(), 'DELETE', `/meetings/${meeting.id}`, meeting.hostEmail === 'wendy@example.com' ? wendy : will);
  }
});

const list = (query: Record<string, string> = {}, token = wendy, headers: Record<string, string> = {}): Promise<JsonResponse> => {
  const search = new URLSearchParams(query).toString();
  return api(webex(), 'GET', `/meetings${search === '' ? '' : `?${search}`}`, token, undefined, headers);
};

/** Creates one of Wendy's (or `token`'s) meetings starting `minutesAhead` from now; returns the series. */
async function create(agenda: string, minutesAhead: number, token = wendy, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await api(webex(), 'POST', '/meetings', token, meetingBody({ title: `Meeting ${agenda.slice(0, 40)}`, agenda, ...extra }, minutesAhead));
  expect(response.status).toBe(200);
  return response.json;
}

const itemsOf = (response: JsonResponse) => response.json.items as Array<Record<string, unknown>>;
const idsOf = (response: JsonResponse) => itemsOf(response).map((item) => item.id);

/** The URL in `Link: <url>; rel="next"`, or undefined. */
function nextLink(response: JsonResponse): string | undefined {
  return /^<([^>]+)>;\s*rel="next"$/.exec(response.headers.get('link') ?? '')?.[1];
}

describe('GET /v1/meetings (List Meetings)', () => {
  it("lists the caller's meeting series with their agendas, earliest first, each as Get a Meeting returns it", async () => {
    const later = await create('SuperOffice appointment 42 [ref:vmt-bbb]', 2 * 24 * 60);
    const sooner = await create('SuperOffice appointment 41 [ref:vmt-aaa]', 60);
    await create('not wendy', 120, will);

    const response = await list();
    expect(response.status).toBe(200);
    expect(Object.keys(response.json)).toEqual(['items']);
    expect(idsOf(response)).toEqual([sooner.id, later.id]);
    expect(response.headers.has('link')).toBe(false);
    for (const item of itemsOf(response)) {
      expect(item).toEqual((await api(webex(), 'GET', `/meetings/${String(item.id)}`, wendy)).json);
      expect(item.meetingType).toBe('meetingSeries');
    }
    expect(itemsOf(response).find((item) => String(item.agenda).includes('[ref:vmt-bbb]'))?.id).toBe(later.id);
    expect(itemsOf(await list({}, will)).map((item) => item.agenda)).toEqual(['not wendy']);
  });

  it('leaves out deleted meetings', async () => {
    const kept = await create('kept', 60);
    const removed = await create('removed', 90);
    expect((await api(webex(), 'DELETE', `/meetings/${String(removed.id)}`, wendy)).status).toBe(204);
    expect(idsOf(await list())).toEqual([kept.id]);
  });

  it('defaults to the next 7 days; from/to (dates or date-times) choose another window, a week long when only one is given', async () => {
    const soon = await create('soon', 60);
    const far = await create('far', 10 * 24 * 60);
    const farStart = Date.parse(String(far.start));
    expect(idsOf(await list())).toEqual([soon.id]);
    expect(idsOf(await list({ to: new Date(Date.now() + 12 * DAY).toISOString() }))).toEqual([far.id]);
    expect(idsOf(await list({ from: new Date(farStart - DAY).toISOString() }))).toEqual([far.id]);
    expect(idsOf(await list({ from: new Date(Date.now() - DAY).toISOString().slice(0, 10), to: new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10) }))).toEqual([
      soon.id,
      far.id,
    ]);
    // `to` is exclusive, `from` matches meetings still running at that instant.
    expect(idsOf(await list({ from: new Date(farStart - DAY).toISOString(), to: new Date(farStart).toISOString() }))).toEqual([]);
    expect(idsOf(await list({ from: new Date(farStart + 30 * MINUTE).toISOString(), to: new Date(farStart + DAY).toISOString() }))).toEqual([far.id]);
  });

  it('treats a recurring series as recurring on: it overlaps later windows; scheduledMeeting lists its first occurrence only', async () => {
    const weekly = await create('weekly', 60, wendy, { recurrence: 'FREQ=WEEKLY;INTERVAL=1' });
    const window = { from: new Date(Date.now() + 20 * DAY).toISOString(), to: new Date(Date.now() + 27 * DAY).toISOString() };
    expect(idsOf(await list(window))).toEqual([weekly.id]);
    expect(idsOf(await list({ ...window, meetingType: 'scheduledMeeting' }))).toEqual([]);
    expect(itemsOf(await list({ meetingType: 'scheduledMeeting' }))).toHaveLength(1);
  });

  it('meetingType=scheduledMeeting: occurrences with their own ids, pointing at their series', async () => {
    const series = await create('occurrence', 60);
    const response = await list({ meetingType: 'scheduledMeeting' });
    expect(response.status).toBe(200);
    const [item] = itemsOf(response);
    const startUtc = new Date(Date.parse(String(series.start))).toISOString().replace('.000Z', 'Z').replace(/[-:]/g, '');
    expect(item).toMatchObject({
      id: `${String(series.id)}_${startUtc}`,
      meetingSeriesId: series.id,
      meetingType: 'scheduledMeeting',
      state: 'scheduled',
      isModified: false,
      agenda: 'occurrence',
      title: series.title,
      start: series.start,
      end: series.end,
      webLink: series.webLink,
    });
    expect(String(item?.id)).toMatch(/^[0-9a-f]{32}_\d{8}T\d{6}Z$/);
  });

  it('meetingType=meeting: empty, since nobody starts meetings in the sandbox', async () => {
    await create('never held', 60);
    const response = await list({ meetingType: 'meeting' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ items: [] });
  });

  it('pages with max and Link: <…>; rel="next" until the last page', async () => {
    const ids: unknown[] = [];
    for (let day = 1; day <= 5; day++) ids.push((await create(`page ${day}`, day * 24 * 60 - 60)).id);
    const seen: unknown[] = [];
    let response = await list({ max: '2' });
    const pages = [response];
    for (let link = nextLink(response); link !== undefined; link = nextLink(response)) {
      expect(link.startsWith(`${webex().describe().apiBase}/meetings?`), link).toBe(true);
      expect(new URL(link).searchParams.get('max')).toBe('2');
      response = await api(webex(), 'GET', link.slice(webex().describe().apiBase.length), wendy);
      pages.push(response);
    }
    for (const page of pages) seen.push(...idsOf(page));
    expect(pages.map((page) => idsOf(page).length)).toEqual([2, 2, 1]);
    expect(seen).toEqual(ids);
    expect(itemsOf(await list({ max: '100' }))).toHaveLength(5);
    expect(itemsOf(await list())).toHaveLength(5);
  });

  it('a timezone header sets the zone of start/end, as on Get a Meeting', async () => {
    const series = await create('zoned', 60);
    const [item] = itemsOf(await list({}, wendy, { timezone: 'UTC' }));
    expect(item?.timezone).toBe('UTC');
    expect(String(item?.start)).toMatch(/Z$/);
    expect(Date.parse(String(item?.start))).toBe(Date.parse(String(series.start)));
  });

  it.each([
    [{ meetingType: 'series' }, "'meetingType'"],
    [{ from: 'tomorrow' }, "'from' is not a valid ISO 8601"],
    [{ to: '2026-13-01' }, "'to' is not a valid ISO 8601"],
    [{ from: '2030-01-02', to: '2030-01-01' }, "'from' cannot be after 'to'"],
    [{ max: '0' }, "'max'"],
    [{ max: '101' }, "'max'"],
    [{ max: 'ten' }, "'max'"],
    [{ cursor: 'not-a-cursor' }, "'cursor'"],
  ])('%o → 400 with the Webex error body', async (query, message) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(String(response.json.message)).toContain(message);
    expect(response.json.errors).toEqual([{ description: response.json.message }]);
    expect(response.json.trackingId).toBe(response.headers.get('trackingid'));
  });

  it('needs meeting:schedules_read (403) and a token (401)', async () => {
    const { access_token: writeOnly } = await signInForTokens(webex(), { params: { scope: 'spark:people_read meeting:schedules_write' } });
    const refused = await list({}, writeOnly);
    expect(refused.status).toBe(403);
    expect(refused.json.message).toBe('The server understood the request, but refused to fulfill it because the access token is missing required scopes.');
    expect((await api(webex(), 'GET', '/meetings', undefined)).status).toBe(401);
  });

  it('obeys the REST switches: rateLimit → 429, serverErrors → 503, malformedJson → a 200 that is not JSON', async () => {
    await create('switched', 60);
    webex().switches.rateLimit = { remaining: 1, retryAfter: 'seconds' };
    const limited = await list();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    webex().switches.serverErrors = 1;
    expect((await list()).status).toBe(503);
    webex().switches.malformedJson = true;
    const malformed = await list();
    expect(malformed.status).toBe(200);
    expect(() => JSON.parse(malformed.text)).toThrow();
  });
});

describe('agenda on Create a Meeting', () => {
  it('keeps up to 1300 characters and returns it from create, GET, List and the test API', async () => {
    const agenda = `${'a'.repeat(1290)}[ref:xyz]`.padEnd(1300, 'z');
    const created = await create(agenda, 60);
    expect(created.agenda).toBe(agenda);
    expect((await api(webex(), 'GET', `/meetings/${String(created.id)}`, wendy)).json.agenda).toBe(agenda);
    expect(itemsOf(await list())[0]?.agenda).toBe(agenda);
    expect(webex().meetings()[0]?.agenda).toBe(agenda);
  });

  it('refuses 1301 characters with 400 and creates nothing', async () => {
    const response = await api(webex(), 'POST', '/meetings', wendy, meetingBody({ agenda: 'x'.repeat(1301) }));
    expect(response.status).toBe(400);
    expect(response.json.message).toBe("Parameter 'agenda' can be a maximum of 1300 characters long.");
    expect(webex().meetings()).toHaveLength(0);
  });

  it('a meeting without agenda has no agenda field', async () => {
    const response = await api(webex(), 'POST', '/meetings', wendy, meetingBody());
    expect(response.json).not.toHaveProperty('agenda');
    expect(itemsOf(await list())[0]).not.toHaveProperty('agenda');
  });
});
