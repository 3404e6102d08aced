import { beforeEach, describe, expect, it } from 'vitest';
import { useZoomSandbox } from './support/setup.js';
import { apiCall, createMeeting, signInForTokens } from './support/zoom-client.js';

const fixture = useZoomSandbox();
let token = '';
let zedToken = '';

beforeEach(async () => {
  token = (await signInForTokens(fixture.zoom)).access_token;
  zedToken = (await signInForTokens(fixture.zoom, { username: 'zed@example.com' })).access_token;
});

function meetingCount(): number {
  return fixture.zoom.meetings().length;
}

describe('POST /users/me/meetings', () => {
  it('creates a scheduled meeting: 201 with Zoom fields, and exactly one meeting exists', async () => {
    const { zoom } = fixture;
    const before = meetingCount();
    const response = await createMeeting(zoom, token, {
      topic: 'Customer review',
      type: 2,
      start_time: '2026-06-15T08:00:00.000Z',
      duration: 45,
      timezone: 'Europe/Oslo',
      agenda: 'From SuperOffice',
      password: 'Ab1@xyz',
    });
    expect(response.status).toBe(201);
    const meeting = response.json;
    const zoe = zoom.users.find((user) => user.username === 'zoe@example.com');
    expect(meeting).toMatchObject({
      host_id: zoe?.userId,
      host_email: 'zoe@example.com',
      topic: 'Customer review',
      type: 2,
      status: 'waiting',
      start_time: '2026-06-15T08:00:00Z',
      duration: 45,
      timezone: 'Europe/Oslo',
      agenda: 'From SuperOffice',
      password: 'Ab1@xyz',
    });
    expect(typeof meeting.id).toBe('number');
    expect(String(meeting.id)).toMatch(/^\d{11}$/);
    expect(typeof meeting.uuid).toBe('string');
    expect(String(meeting.created_at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(String(meeting.start_url)).toMatch(new RegExp(`^https://us05web\\.zoom\\.us/s/${meeting.id}\\?zak=`));
    expect(meeting.join_url).toBe(`https://us05web.zoom.us/j/${meeting.id}?pwd=${meeting.encrypted_password}`);
    expect(meeting.encrypted_password).not.toBe('Ab1@xyz');
    expect(meeting.settings).toMatchObject({ waiting_room: false });
    expect(meetingCount()).toBe(before + 1);
    expect(zoom.meetings().filter((item) => item.id === meeting.id)).toHaveLength(1);
  });

  it('converts a local start_time in the given timezone to UTC (DST-aware)', async () => {
    const { zoom } = fixture;
    const summer = await createMeeting(zoom, token, { topic: 's', start_time: '2026-06-15T10:00:00', timezone: 'Europe/Oslo', duration: 30 });
    expect(summer.json.start_time).toBe('2026-06-15T08:00:00Z');
    const winter = await createMeeting(zoom, token, { topic: 'w', start_time: '2026-01-15T10:00:00', timezone: 'Europe/Oslo', duration: 30 });
    expect(winter.json.start_time).toBe('2026-01-15T09:00:00Z');
    const newYork = await createMeeting(zoom, token, { topic: 'ny', start_time: '2026-03-09T09:30:00', timezone: 'America/New_York', duration: 30 });
    expect(newYork.json).toMatchObject({ start_time: '2026-03-09T13:30:00Z', timezone: 'America/New_York' });
  });

  it("reads a local start_time without timezone in the user's own time zone", async () => {
    const { zoom } = fixture;
    const zoe = await createMeeting(zoom, token, { topic: 'z', start_time: '2026-06-15T10:00:00', duration: 30 });
    expect(zoe.json).toMatchObject({ start_time: '2026-06-15T08:00:00Z', timezone: 'Europe/Oslo' });
    const zed = await createMeeting(zoom, zedToken, { topic: 'z', start_time: '2026-06-15T10:00:00', duration: 30 });
    expect(zed.json).toMatchObject({ start_time: '2026-06-15T14:00:00Z', timezone: 'America/New_York' });
  });

  it('refuses start_time with an offset, other shapes and impossible dates (code 300, field start_time)', async () => {
    const { zoom } = fixture;
    const before = meetingCount();
    for (const start_time of ['2026-06-15T10:00:00+02:00', '2026-06-15 10:00:00', '2026-06-15T10:00Z', '2026-02-30T10:00:00Z', 'tomorrow']) {
      const response = await createMeeting(zoom, token, { topic: 't', start_time, duration: 30 });
      expect(response.status).toBe(400);
      expect(response.json).toEqual({ code: 300, message: 'Validation Failed.', errors: [{ field: 'start_time', message: 'Invalid field.' }] });
    }
    expect(meetingCount()).toBe(before);
  });

  it('validates the body with field errors: topic over 200, type, duration, timezone', async () => {
    const { zoom } = fixture;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ topic: 'x'.repeat(201) }, 'topic'],
      [{ topic: 't', type: 5 }, 'type'],
      [{ topic: 't', duration: '60' }, 'duration'],
      [{ topic: 't', duration: 1.5 }, 'duration'],
      [{ topic: 't', timezone: 'Mars/Olympus' }, 'timezone'],
      [{ topic: 't', type: 8 }, 'recurrence'],
      [{ topic: 't', settings: { waiting_room: 'yes' } }, 'settings.waiting_room'],
    ];
    for (const [body, field] of cases) {
      const response = await createMeeting(zoom, token, body);
      expect(response.status, field).toBe(400);
      expect(response.json).toMatchObject({ code: 300, errors: [{ field, message: 'Invalid field.' }] });
    }
    expect((await createMeeting(zoom, token, { topic: 'x'.repeat(200), duration: 30 })).status).toBe(201);
  });

  it('refuses a body that is not a JSON object', async () => {
    const { zoom } = fixture;
    for (const rawBody of ['{"topic":', '[1]', '']) {
      const response = await apiCall(zoom, '/users/me/meetings', { token, method: 'POST', rawBody });
      expect(response.status).toBe(400);
      expect(response.json).toEqual({ code: 300, message: 'Request Body should be a valid JSON object.' });
    }
  });

  it('applies the security baseline: no passcode, waiting room or authentication → waiting room on', async () => {
    const { zoom } = fixture;
    const bare = await createMeeting(zoom, token, { topic: 'open', duration: 30, settings: { waiting_room: false, meeting_authentication: false } });
    expect(bare.status).toBe(201);
    expect(bare.json).not.toHaveProperty('password');
    expect(bare.json.join_url).toBe(`https://us05web.zoom.us/j/${bare.json.id}`);
    expect(bare.json.settings).toMatchObject({ waiting_room: true });

    const authenticated = await createMeeting(zoom, token, { topic: 'auth', duration: 30, settings: { meeting_authentication: true } });
    expect(authenticated.json.settings).toMatchObject({ waiting_room: false, meeting_authentication: true });

    const withPasscode = await createMeeting(zoom, token, { topic: 'pw', duration: 30, password: 'k9@Lm2' });
    expect(withPasscode.json.settings).toMatchObject({ waiting_room: false });
  });

  it('generates a passcode for default_password: true', async () => {
    const { zoom } = fixture;
    const response = await createMeeting(zoom, token, { topic: 'generated', duration: 30, default_password: true });
    expect(String(response.json.password)).toMatch(/^[A-Za-z0-9@\-_*]{6,10}$/);
    expect(String(response.json.join_url)).toContain('?pwd=');
  });

  it('creates instant and recurring meetings', async () => {
    const { zoom } = fixture;
    const instant = await createMeeting(zoom, token, { topic: 'now', type: 1 });
    expect(instant.json).toMatchObject({ type: 1 });
    expect(instant.json).toHaveProperty('start_time');
    const noFixedTime = await createMeeting(zoom, token, { topic: 'room', type: 3 });
    expect(noFixedTime.json.type).toBe(3);
    expect(noFixedTime.json).not.toHaveProperty('start_time');
  });
});

describe('GET and DELETE /meetings/{id}', () => {
  it('gets a meeting with a fresh start_url, deletes it (204), then 404 code 3001', async () => {
    const { zoom } = fixture;
    const created = await createMeeting(zoom, token, { topic: 'lifecycle', duration: 30, start_time: '2026-06-15T08:00:00Z' });
    const id = Number(created.json.id);
    const got = await apiCall(zoom, `/meetings/${id}`, { token });
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({ id, topic: 'lifecycle', join_url: created.json.join_url, start_time: '2026-06-15T08:00:00Z' });
    expect(got.json.start_url).not.toBe(created.json.start_url);

    const removed = await apiCall(zoom, `/meetings/${id}`, { token, method: 'DELETE' });
    expect(removed.status).toBe(204);
    expect(removed.text).toBe('');
    expect(zoom.meetings().some((meeting) => meeting.id === id)).toBe(false);

    for (const method of ['GET', 'DELETE']) {
      const gone = await apiCall(zoom, `/meetings/${id}`, { token, method });
      expect(gone.status).toBe(404);
      expect(gone.json).toEqual({ code: 3001, message: `Meeting ${id} is not found or has expired.` });
    }
  });

  it("hides another user's meeting (404 code 3001)", async () => {
    const { zoom } = fixture;
    const created = await createMeeting(zoom, token, { topic: 'private', duration: 30 });
    const response = await apiCall(zoom, `/meetings/${created.json.id}`, { token: zedToken, method: 'DELETE' });
    expect(response.json.code).toBe(3001);
    expect(zoom.meetings().some((meeting) => meeting.id === created.json.id)).toBe(true);
  });

  it('answers an id that is not a number with 404 code 3001', async () => {
    const { zoom } = fixture;
    const response = await apiCall(zoom, '/meetings/abc', { token });
    expect(response.json).toEqual({ code: 3001, message: 'Meeting abc is not found or has expired.' });
  });
});

describe('the 100 meeting creates per day cap', () => {
  it('answers 429 with the daily-limit headers when dailyMeetingsLeft runs out, and creates nothing', async () => {
    const { zoom } = fixture;
    zoom.switches.dailyMeetingsLeft = 1;
    expect((await createMeeting(zoom, token, { topic: 'last one', duration: 30 })).status).toBe(201);
    expect(zoom.switches.dailyMeetingsLeft).toBe(0);
    const before = meetingCount();
    const refused = await createMeeting(zoom, token, { topic: 'one too many', duration: 30 });
    expect(refused.status).toBe(429);
    expect(refused.json.code).toBe(429);
    expect(String(refused.json.message)).toContain('daily rate limit (100)');
    expect(refused.headers.get('x-ratelimit-type')).toBe('Daily-limit');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('retry-after')).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/);
    expect(meetingCount()).toBe(before);
  });
});
