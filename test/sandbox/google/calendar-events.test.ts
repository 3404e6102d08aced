import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSwitches } from '../../../main/sandbox/google/switches.js';
import { calendar, CALENDAR_EVENTS, callbackOf, endpoints, exchangeCode, signIn, signInForTokens } from './support/google-oauth.js';
import { errorOf, getEvent, insertEvent, meetRequest, timedEvent } from './support/events.js';
import { startTestGoogle } from './support/start.js';

let google: Awaited<ReturnType<typeof startTestGoogle>>;
let token: string;
beforeAll(async () => {
  google = await startTestGoogle();
  token = (await signInForTokens(google.api, { username: 'gus@example.com' })).access_token;
});
afterAll(() => google.close());
afterEach(() => {
  Object.assign(google.api.switches, defaultSwitches());
});

const START = '2026-05-04T10:00:00+02:00';
const END = '2026-05-04T11:00:00+02:00';

function meetingsOf(eventId: unknown) {
  return google.api.meetings().filter((meeting) => meeting.eventId === eventId);
}

describe('events.insert with Google Meet', () => {
  it('silently ignores conferenceData without conferenceDataVersion=1', async () => {
    for (const query of ['', '?conferenceDataVersion=0']) {
      const response = await insertEvent(google.api, token, timedEvent(START, END, meetRequest()), query);
      expect(response.status).toBe(200);
      expect(response.json.conferenceData).toBeUndefined();
      expect(response.json.hangoutLink).toBeUndefined();
      expect(meetingsOf(response.json.id)).toEqual([]);
    }
  });

  it('creates a Meet with conferenceDataVersion=1: success, video + more entry points, Google Meet solution, hangoutLink', async () => {
    const requestId = randomUUID();
    const response = await insertEvent(google.api, token, timedEvent(START, END, { ...meetRequest(requestId), attendees: [{ email: 'customer@example.net' }] }));
    expect(response.status).toBe(200);
    const event = response.json;
    expect(event).toMatchObject({ kind: 'calendar#event', status: 'confirmed', summary: 'CRM follow-up', organizer: { email: 'gus@example.com', self: true } });
    expect(String(event.id)).toMatch(/^[a-v0-9]{26}$/);
    expect(event.start).toEqual({ dateTime: START });
    expect(event.attendees).toEqual([{ email: 'customer@example.net', responseStatus: 'needsAction' }]);
    const conference = event.conferenceData as Record<string, unknown>;
    expect(conference.createRequest).toEqual({ requestId, conferenceSolutionKey: { type: 'hangoutsMeet' }, status: { statusCode: 'success' } });
    const [video, more] = conference.entryPoints as Array<Record<string, string>>;
    expect(video?.entryPointType).toBe('video');
    expect(video?.uri).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(video?.label).toBe(video?.uri.replace('https://', ''));
    expect(more?.entryPointType).toBe('more');
    expect(conference.conferenceSolution).toMatchObject({ key: { type: 'hangoutsMeet' }, name: 'Google Meet' });
    expect(conference.conferenceId).toBe(video?.uri.slice('https://meet.google.com/'.length));
    expect(event.hangoutLink).toBe(video?.uri);
    expect(meetingsOf(event.id)).toEqual([
      expect.objectContaining({ username: 'gus@example.com', requestId, meetUrl: video?.uri, status: 'success', start: '2026-05-04T08:00:00.000Z' }),
    ]);
  });

  it('defaults a createRequest without conferenceSolutionKey to Meet and refuses retired or third-party solution types', async () => {
    const plain = await insertEvent(google.api, token, timedEvent(START, END, { conferenceData: { createRequest: { requestId: randomUUID() } } }));
    expect(typeof plain.json.hangoutLink).toBe('string');
    for (const type of ['eventHangout', 'eventNamedHangout', 'addOn']) {
      const response = await insertEvent(
        google.api,
        token,
        timedEvent(START, END, { conferenceData: { createRequest: { requestId: randomUUID(), conferenceSolutionKey: { type } } } }),
      );
      expect(response.status, type).toBe(400);
      expect(errorOf(response).message).toBe('Invalid conference type value.');
    }
    const noRequestId = await insertEvent(google.api, token, timedEvent(START, END, { conferenceData: { createRequest: {} } }));
    expect(noRequestId.status).toBe(400);
  });

  it('ignores a reused requestId: a new event with it gets no conference', async () => {
    const requestId = randomUUID();
    const first = await insertEvent(google.api, token, timedEvent(START, END, meetRequest(requestId)));
    const second = await insertEvent(google.api, token, timedEvent(START, END, meetRequest(requestId)));
    expect(second.status).toBe(200);
    expect(second.json.id).not.toBe(first.json.id);
    expect(second.json.conferenceData).toBeUndefined();
    expect(google.api.meetings().filter((meeting) => meeting.requestId === requestId)).toHaveLength(1);
  });

  it('makes a retried insert with the client’s own event id idempotent: 409 duplicate, still exactly one meeting', async () => {
    const id = `crm${Date.now().toString(32)}a1b2c3`;
    const body = timedEvent(START, END, { id, ...meetRequest() });
    expect((await insertEvent(google.api, token, body)).status).toBe(200);
    const retry = await insertEvent(google.api, token, body);
    expect(retry.status).toBe(409);
    expect(errorOf(retry)).toEqual({
      errors: [{ domain: 'global', reason: 'duplicate', message: 'The requested identifier already exists.' }],
      code: 409,
      message: 'The requested identifier already exists.',
    });
    expect(meetingsOf(id)).toHaveLength(1);
    const invalid = await insertEvent(google.api, token, timedEvent(START, END, { id: 'Not_Base32hex!' }));
    expect(invalid.status).toBe(400);
    expect(errorOf(invalid).message).toBe('Invalid resource id value.');
  });

  it('shows "pending" for the insert response and the next conferencePendingReads reads, then "success"', async () => {
    google.api.switches.conferencePendingReads = 2;
    const inserted = await insertEvent(google.api, token, timedEvent(START, END, meetRequest()));
    const status = (event: Record<string, unknown>) =>
      ((event.conferenceData as { createRequest: { status: { statusCode: string } } }).createRequest.status.statusCode);
    expect(status(inserted.json)).toBe('pending');
    expect(inserted.json.hangoutLink).toBeUndefined();
    expect((inserted.json.conferenceData as Record<string, unknown>).entryPoints).toBeUndefined();
    expect(meetingsOf(inserted.json.id)[0]?.status).toBe('pending');
    const id = String(inserted.json.id);
    expect(status((await getEvent(google.api, token, id)).json)).toBe('pending');
    expect(status((await getEvent(google.api, token, id)).json)).toBe('pending');
    const done = (await getEvent(google.api, token, id)).json;
    expect(status(done)).toBe('success');
    expect(typeof done.hangoutLink).toBe('string');
    expect(meetingsOf(id)[0]?.status).toBe('success');
  });

  it('ends in "failure" without entry points or hangoutLink when conferenceFailure is on (and lists no meeting)', async () => {
    google.api.switches.conferenceFailure = true;
    const response = await insertEvent(google.api, token, timedEvent(START, END, meetRequest()));
    expect(response.json.conferenceData).toEqual({
      createRequest: { requestId: expect.any(String), conferenceSolutionKey: { type: 'hangoutsMeet' }, status: { statusCode: 'failure' } },
    });
    expect(response.json.hangoutLink).toBeUndefined();
    expect(meetingsOf(response.json.id)).toEqual([]);
  });
});

describe('event times', () => {
  it.each([
    [{ start: { dateTime: '2026-05-04T10:00:00' }, end: { dateTime: END } }, 'Missing time zone definition for start time.'],
    [{ start: { dateTime: 'tomorrow at ten' }, end: { dateTime: END } }, 'Invalid start time.'],
    [{ start: { dateTime: '2026-02-30T10:00:00Z' }, end: { dateTime: END } }, 'Invalid start time.'],
    [{ start: { dateTime: START, timeZone: 'Mars/Olympus' }, end: { dateTime: END } }, 'Invalid time zone definition for start time.'],
    [{ start: { dateTime: START }, end: { dateTime: '2026-05-04T11:00' } }, 'Invalid end time.'],
    [{ start: { dateTime: START } }, 'Missing end time.'],
    [{ start: { date: '2026-05-04' }, end: { dateTime: END } }, 'Start and end times must either both be date or both be dateTime.'],
  ])('%j → 400 %s', async (times, message) => {
    const response = await insertEvent(google.api, token, { summary: 'x', ...times });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ code: 400, message, errors: [{ domain: 'global', message }] });
  });

  it('rejects an end before the start with calendar/timeRangeEmpty', async () => {
    const response = await insertEvent(google.api, token, timedEvent(END, START));
    expect(response.status).toBe(400);
    expect(errorOf(response).errors[0]).toMatchObject({ domain: 'calendar', reason: 'timeRangeEmpty' });
  });

  it('accepts a local dateTime with a timeZone, and all-day dates; answers date-times with the zone’s offset', async () => {
    const zoned = await insertEvent(google.api, token, {
      summary: 'zoned',
      start: { dateTime: '2026-01-15T09:30:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-01-15T10:00:00', timeZone: 'America/New_York' },
    });
    expect(zoned.status).toBe(200);
    expect(zoned.json.start).toEqual({ dateTime: '2026-01-15T09:30:00-05:00', timeZone: 'America/New_York' });
    const utc = await insertEvent(google.api, token, timedEvent('2026-07-01T08:00:00Z', '2026-07-01T09:00:00Z'));
    expect(utc.json.start).toEqual({ dateTime: '2026-07-01T10:00:00+02:00' });
    const allDay = await insertEvent(google.api, token, { summary: 'day', start: { date: '2026-05-05' }, end: { date: '2026-05-06' } });
    expect(allDay.status).toBe(200);
    expect(allDay.json.start).toEqual({ date: '2026-05-05' });
  });
});

describe('events.get / patch / delete and errors', () => {
  it('patch adds Meet to an existing event only with conferenceDataVersion=1, and conferenceData null removes it', async () => {
    const created = await insertEvent(google.api, token, timedEvent(START, END));
    const id = String(created.json.id);
    const path = `/calendars/primary/events/${id}`;
    const ignored = await calendar(google.api, token, path, { method: 'PATCH', body: { summary: 'renamed', ...meetRequest() } });
    expect(ignored.status).toBe(200);
    expect(ignored.json.summary).toBe('renamed');
    expect(ignored.json.conferenceData).toBeUndefined();
    const added = await calendar(google.api, token, `${path}?conferenceDataVersion=1`, { method: 'PATCH', body: meetRequest() });
    expect(typeof added.json.hangoutLink).toBe('string');
    expect(added.json.summary).toBe('renamed');
    expect(added.json.etag).not.toBe(created.json.etag);
    expect(meetingsOf(id)).toHaveLength(1);
    const moved = await calendar(google.api, token, path, { method: 'PATCH', body: { start: { dateTime: '2026-05-04T12:00:00+02:00' }, end: { dateTime: '2026-05-04T13:00:00+02:00' } } });
    expect(moved.json.sequence).toBe(1);
    expect(moved.json.hangoutLink).toBe(added.json.hangoutLink);
    const removed = await calendar(google.api, token, `${path}?conferenceDataVersion=1`, { method: 'PATCH', body: { conferenceData: null } });
    expect(removed.json.hangoutLink).toBeUndefined();
    expect(meetingsOf(id)).toEqual([]);
  });

  it('delete answers 204, then the event reads as cancelled, and deleting again gets 410 deleted', async () => {
    const created = await insertEvent(google.api, token, timedEvent(START, END, meetRequest()));
    const id = String(created.json.id);
    const path = `/calendars/primary/events/${id}`;
    const response = await fetch(`${google.api.describe().calendarApiBase}${path}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(meetingsOf(id)).toEqual([]);
    expect((await getEvent(google.api, token, id)).json.status).toBe('cancelled');
    const again = await calendar(google.api, token, path, { method: 'DELETE' });
    expect(again.status).toBe(410);
    expect(errorOf(again).errors[0]).toMatchObject({ reason: 'deleted' });
  });

  it('answers unknown events and other calendars with 404 notFound; accepts the user’s address as calendar id', async () => {
    const missing = await getEvent(google.api, token, 'doesnotexist0');
    expect(missing.status).toBe(404);
    expect(errorOf(missing)).toEqual({ errors: [{ domain: 'global', reason: 'notFound', message: 'Not Found' }], code: 404, message: 'Not Found' });
    expect((await calendar(google.api, token, '/calendars/gina%40example.com/events')).status).toBe(404);
    expect((await calendar(google.api, token, '/calendars/gus%40example.com/events')).status).toBe(200);
  });

  it('validates conferenceDataVersion, sendUpdates and the JSON body', async () => {
    expect(errorOf(await insertEvent(google.api, token, timedEvent(START, END), '?conferenceDataVersion=2')).message).toBe(
      "Invalid value '2'. Values must be within the range: [0, 1]",
    );
    expect((await insertEvent(google.api, token, timedEvent(START, END), '?sendUpdates=everyone')).status).toBe(400);
    expect((await insertEvent(google.api, token, timedEvent(START, END), '?conferenceDataVersion=1&sendUpdates=none')).status).toBe(200);
    const broken = await insertEvent(google.api, token, '{"summary":');
    expect(broken.status).toBe(400);
    expect(errorOf(broken).errors[0]).toMatchObject({ reason: 'parseError' });
    expect((await insertEvent(google.api, token, { ...timedEvent(START, END), summary: 42 })).status).toBe(400);
  });

  it('answers a missing or bad token with Google’s 401 shapes', async () => {
    const none = await calendar(google.api, undefined, '/calendars/primary/events');
    expect(none.status).toBe(401);
    expect(errorOf(none)).toMatchObject({ code: 401, status: 'UNAUTHENTICATED', errors: [{ reason: 'required', location: 'Authorization' }] });
    const bad = await calendar(google.api, 'ya29.not-a-token', '/calendars/primary/events');
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toContain('invalid_token');
    expect(bad.json).toEqual({
      error: {
        code: 401,
        message: 'Invalid Credentials',
        errors: [{ domain: 'global', reason: 'authError', message: 'Invalid Credentials', locationType: 'header', location: 'Authorization' }],
        status: 'UNAUTHENTICATED',
      },
    });
  });
});

describe('granular consent', () => {
  beforeEach(() => google.api.revokeAll('gina@example.com'));

  it('leaves calendar.events out of the token scope when the user unticks it; Calendar then answers 403 insufficientPermissions', async () => {
    const result = await signIn(google.api, { untick: [CALENDAR_EVENTS] });
    expect(callbackOf(result).searchParams.get('scope')).not.toContain(CALENDAR_EVENTS);
    const tokens = await exchangeCode(google.api, result);
    expect(tokens.status).toBe(200);
    expect(String(tokens.json.scope).split(' ')).not.toContain(CALENDAR_EVENTS);
    const token = String(tokens.json.access_token);

    const insert = await insertEvent(google.api, token, timedEvent('2026-05-04T10:00:00+02:00', '2026-05-04T11:00:00+02:00'));
    expect(insert.status).toBe(403);
    expect(insert.headers.get('www-authenticate')).toContain('insufficient_scope');
    expect(errorOf(insert)).toMatchObject({
      code: 403,
      message: 'Request had insufficient authentication scopes.',
      errors: [{ message: 'Insufficient Permission', domain: 'global', reason: 'insufficientPermissions' }],
      status: 'PERMISSION_DENIED',
    });
    expect((await calendar(google.api, token, '/calendars/primary/events')).status).toBe(403);
    expect(google.api.meetings().filter((meeting) => meeting.username === 'gina@example.com')).toEqual([]);

    const { userinfo } = await endpoints(google.api);
    expect((await fetch(userinfo, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('asks for the missing scope again on the next authorization, and granting it then works', async () => {
    const first = await signIn(google.api, { untick: [CALENDAR_EVENTS] });
    await exchangeCode(google.api, first);
    const again = await signIn(google.api, { browser: first.browser });
    expect(again.pages).toEqual(['consent']);
    const tokens = await exchangeCode(google.api, again);
    expect(String(tokens.json.scope).split(' ')).toContain(CALENDAR_EVENTS);
    expect((await calendar(google.api, String(tokens.json.access_token), '/calendars/primary/events')).status).toBe(200);
  });

  it('takes a scope back when the user unticks it on a later consent (prompt=consent)', async () => {
    const first = await signIn(google.api);
    const granted = await exchangeCode(google.api, first);
    expect(String(granted.json.scope)).toContain(CALENDAR_EVENTS);
    const withdrawn = await signInForTokens(google.api, { browser: first.browser, untick: [CALENDAR_EVENTS], params: { prompt: 'consent' } });
    expect(withdrawn.scope).not.toContain(CALENDAR_EVENTS);
  });

  it('does not let calendar.events read calendar metadata (calendars.get needs calendar or calendar.readonly)', async () => {
    const tokens = await signInForTokens(google.api);
    const response = await calendar(google.api, tokens.access_token, '/calendars/primary');
    expect(response.status).toBe(403);
    const full = await signInForTokens(google.api, { params: { scope: 'openid email https://www.googleapis.com/auth/calendar' } });
    const metadata = await calendar(google.api, full.access_token, '/calendars/primary');
    expect(metadata.status).toBe(200);
    expect(metadata.json).toMatchObject({ kind: 'calendar#calendar', id: 'gina@example.com', timeZone: 'Europe/Oslo' });
  });
});
