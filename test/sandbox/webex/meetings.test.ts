import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useWebex } from './support/webex-fixture.js';
import { api, meetingBody, signInForTokens } from './support/webex-oauth.js';

const webex = useWebex();
let wendy: string;
let will: string;

beforeAll(async () => {
  wendy = (await signInForTokens(webex())).access_token;
  will = (await signInForTokens(webex(), { email: 'will@example.com' })).access_token;
});

beforeEach(async () => {
  for (const meeting of webex().meetings()) {
    await api(webex(), 'DELETE', `/meetings/${meeting.id}`, meeting.hostEmail === 'wendy@example.com' ? wendy : will);
  }
});

const MINUTE = 60_000;
const create = (body: unknown, token = wendy) => api(webex(), 'POST', '/meetings', token, body);

describe('POST /v1/meetings (Create a Meeting)', () => {
  it('returns the meeting series; exactly one meeting exists afterwards', async () => {
    const body = meetingBody({ title: 'Customer review', agenda: 'Q3', enabledAutoRecordMeeting: true });
    const response = await create(body);
    expect(response.status).toBe(200);
    const meeting = response.json;
    expect(meeting).toMatchObject({
      title: 'Customer review',
      agenda: 'Q3',
      meetingType: 'meetingSeries',
      state: 'active',
      timezone: 'Europe/Oslo',
      hostEmail: 'wendy@example.com',
      hostDisplayName: 'Wendy Webex',
      hostUserId: webex().users[0]?.personId,
      siteUrl: 'sandbox.webex.com',
      enabledAutoRecordMeeting: true,
      scheduledType: 'meeting',
    });
    expect(meeting.id).toMatch(/^[0-9a-f]{32}$/);
    expect(meeting.meetingNumber).toMatch(/^\d{11}$/);
    expect(meeting.webLink).toBe(`https://sandbox.webex.com/sandbox/j.php?MTID=m${String(meeting.id)}`);
    expect(meeting.sipAddress).toBe(`${String(meeting.meetingNumber)}@sandbox.webex.com`);
    expect(meeting.phoneAndVideoSystemPassword).toMatch(/^\d{8}$/);
    expect(meeting.password).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d).{8,}$/);
    // Webex answers in the meeting's zone (the host's, when none was sent), seconds stripped.
    expect(meeting.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/);
    expect(Date.parse(String(meeting.start))).toBe(Math.floor(Date.parse(String(body.start)) / MINUTE) * MINUTE);
    expect(webex().meetings()).toHaveLength(1);
    expect(webex().meetings()[0]).toMatchObject({ id: meeting.id, hostEmail: 'wendy@example.com', title: 'Customer review' });
  });

  it('keeps a compliant password as sent', async () => {
    const response = await create(meetingBody({ password: 'BgJep@43' }));
    expect(response.json.password).toBe('BgJep@43');
  });

  it.each([
    ['too short and digits only', '123456'],
    ['no upper case (mixedCase)', 'abcdefg12'],
    ['a disallowed character', 'Abcdef12&'],
  ])('a password that is %s → 400 listing what is wrong; no meeting is created', async (_label, password) => {
    const response = await create(meetingBody({ password }));
    expect(response.status).toBe(400);
    expect(String(response.json.message)).toContain("does not meet the site's password complexity requirements");
    expect((response.json.errors as unknown[]).length).toBeGreaterThan(0);
    expect(webex().meetings()).toHaveLength(0);
  });

  it('meetingPasswordPolicy is a switch (e.g. a special character required)', async () => {
    webex().switches.meetingPasswordPolicy = { minLength: 8, minAlpha: 1, minNumeric: 1, minSpecial: 1, mixedCase: true };
    expect((await create(meetingBody({ password: 'Abcdefg12' }))).status).toBe(400);
    const generated = await create(meetingBody());
    expect(String(generated.json.password)).toMatch(/[^A-Za-z0-9]/);
  });

  it('a wall-clock time without offset is read in `timezone` and answered with that zone\'s offset', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const response = await create({ title: 'Shanghai', start: `${year}-11-01 20:00:00`, end: `${year}-11-01T21:00:00`, timezone: 'Asia/Shanghai' });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ timezone: 'Asia/Shanghai', start: `${year}-11-01T20:00:00+08:00`, end: `${year}-11-01T21:00:00+08:00` });
    expect(Date.parse(String(response.json.start))).toBe(Date.UTC(year, 10, 1, 12, 0, 0));
  });

  it('timezone UTC answers with Z', async () => {
    const response = await create(meetingBody({ timezone: 'UTC' }));
    expect(String(response.json.start)).toMatch(/:00Z$/);
  });

  it('a start inside the current minute moves to the next minute', async () => {
    const into = Date.now() % MINUTE;
    if (into > 58_000) await sleep(MINUTE + 500 - into);
    const now = Date.now();
    const response = await create({ title: 'now', start: new Date(now).toISOString(), end: new Date(now + 30 * MINUTE).toISOString() });
    expect(response.status).toBe(200);
    expect(Date.parse(String(response.json.start))).toBe(Math.floor(now / MINUTE) * MINUTE + MINUTE);
  });

  it.each([
    ['start in the past', () => meetingBody({}, -5), "Parameter 'start' or 'end' is before current time."],
    ['a 9-minute meeting', () => meetingBody({ end: new Date(Date.now() + 69 * MINUTE).toISOString() }), 'shorter than 10 minutes'],
    ['a 24-hour meeting', () => meetingBody({ end: new Date(Date.now() + (60 + 24 * 60) * MINUTE).toISOString() }), 'longer than 23 hours 59 minutes'],
    ['end before start', () => meetingBody({ end: new Date(Date.now() + 30 * MINUTE).toISOString() }), "'start' must be before 'end'"],
    ['an unknown time zone', () => meetingBody({ timezone: 'Mars/Olympus' }), 'IANA time zone'],
    ['a start that is not ISO 8601', () => meetingBody({ start: 'tomorrow at 10' }), "'start' is not a valid ISO 8601"],
    ['no title', () => meetingBody({ title: undefined }), "'title'"],
    ['an empty title', () => meetingBody({ title: '  ' }), "'title' cannot be empty"],
    ['a 129-character title', () => meetingBody({ title: 'x'.repeat(129) }), '128 characters'],
    ['a start 10 years ahead', () => meetingBody({}, 10 * 366 * 24 * 60), '10 years'],
  ])('%s → 400 with the Webex error body', async (_label, body, message) => {
    const response = await create(body());
    expect(response.status).toBe(400);
    expect(String(response.json.message)).toContain(message);
    expect(response.json.trackingId).toBe(response.headers.get('trackingid'));
    expect(webex().meetings()).toHaveLength(0);
  });

  it('a body that is not JSON → 400 malformed syntax', async () => {
    const response = await fetch(`${webex().describe().apiBase}/meetings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${wendy}`, 'content-type': 'application/json' },
      body: '{"title":',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe('The request could not be understood by the server due to malformed syntax.');
  });

  it('hostEmail of another user needs admin scopes → 403', async () => {
    expect((await create(meetingBody({ hostEmail: 'will@example.com' }))).status).toBe(403);
    expect((await create(meetingBody({ hostEmail: 'wendy@example.com' }))).status).toBe(200);
  });

  it('a token without meeting:schedules_write → 403', async () => {
    const { access_token: readOnly } = await signInForTokens(webex(), { params: { scope: 'meeting:schedules_read' } });
    expect((await create(meetingBody(), readOnly)).status).toBe(403);
  });

  it('meetingCreateLimitPer24h: further creates → 429 with Retry-After; failed requests count too', async () => {
    const { access_token: fresh } = await signInForTokens(webex(), { email: 'will@example.com' });
    const limit = 3;
    webex().switches.meetingCreateLimitPer24h = limit;
    const before = (await create(meetingBody({ password: '1' }), fresh)).status;
    expect(before).toBe(400);
    let last = 0;
    for (let i = 0; i < limit; i++) last = (await create(meetingBody(), fresh)).status;
    expect(last).toBe(429);
  });
});

describe('GET and DELETE /v1/meetings/{meetingId}', () => {
  it('GET returns the meeting; a timezone header changes the zone of start/end', async () => {
    const created = (await create(meetingBody())).json;
    const got = await api(webex(), 'GET', `/meetings/${String(created.id)}`, wendy);
    expect(got.status).toBe(200);
    expect(got.json).toEqual(created);
    const utc = await api(webex(), 'GET', `/meetings/${String(created.id)}`, wendy, undefined, { timezone: 'UTC' });
    expect(utc.json.timezone).toBe('UTC');
    expect(String(utc.json.start)).toMatch(/Z$/);
    expect(Date.parse(String(utc.json.start))).toBe(Date.parse(String(created.start)));
  });

  it('DELETE → 204; afterwards GET and DELETE → 404 and no meeting is left', async () => {
    const created = (await create(meetingBody())).json;
    const path = `/meetings/${String(created.id)}`;
    const deleted = await api(webex(), 'DELETE', path, wendy);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await api(webex(), 'GET', path, wendy)).status).toBe(404);
    expect((await api(webex(), 'DELETE', path, wendy)).status).toBe(404);
    expect(webex().meetings()).toHaveLength(0);
  });

  it("another host's meeting and unknown ids → 404", async () => {
    const created = (await create(meetingBody())).json;
    const path = `/meetings/${String(created.id)}`;
    expect((await api(webex(), 'GET', path, will)).status).toBe(404);
    expect((await api(webex(), 'DELETE', path, will)).status).toBe(404);
    const unknown = await api(webex(), 'GET', `/meetings/${'0'.repeat(32)}`, wendy);
    expect(unknown.status).toBe(404);
    expect(unknown.json.message).toBe('The requested resource could not be found.');
    expect(webex().meetings()).toHaveLength(1);
  });

  it('GET needs meeting:schedules_read', async () => {
    const created = (await create(meetingBody())).json;
    const { access_token: peopleOnly } = await signInForTokens(webex(), { params: { scope: 'spark:people_read' } });
    expect((await api(webex(), 'GET', `/meetings/${String(created.id)}`, peopleOnly)).status).toBe(403);
  });
});
