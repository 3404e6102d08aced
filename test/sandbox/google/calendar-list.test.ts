import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultSwitches } from '../../../main/sandbox/google/switches.js';
import { calendar, signInForTokens, type JsonResponse } from './support/google-oauth.js';
import { errorOf, insertEvent, timedEvent } from './support/events.js';
import { startTestGoogle } from './support/start.js';

let google: Awaited<ReturnType<typeof startTestGoogle>>;
let token: string;
beforeAll(async () => {
  google = await startTestGoogle();
  token = (await signInForTokens(google.api)).access_token;
  // Inserted out of order on purpose: without orderBy the order is unspecified.
  await insertEvent(google.api, token, timedEvent('2026-06-01T12:00:00+02:00', '2026-06-01T13:00:00+02:00', { summary: 'C noon' }));
  await insertEvent(google.api, token, timedEvent('2026-06-01T08:00:00+02:00', '2026-06-01T09:00:00+02:00', { summary: 'A morning' }));
  await insertEvent(google.api, token, timedEvent('2026-06-01T10:00:00+02:00', '2026-06-01T11:00:00+02:00', {
    summary: 'B ten',
    extendedProperties: { private: { superofficeAppointmentId: '4711' } },
  }));
  await insertEvent(google.api, token, { summary: 'D all day', start: { date: '2026-06-02' }, end: { date: '2026-06-03' } });
  const gone = await insertEvent(google.api, token, timedEvent('2026-06-01T14:00:00+02:00', '2026-06-01T15:00:00+02:00', { summary: 'E deleted' }));
  await calendar(google.api, token, `/calendars/primary/events/${String(gone.json.id)}`, { method: 'DELETE' });
});
afterAll(() => google.close());
afterEach(() => {
  Object.assign(google.api.switches, defaultSwitches());
});

function list(query: Record<string, string>): Promise<JsonResponse> {
  return calendar(google.api, token, `/calendars/primary/events?${new URLSearchParams(query).toString()}`);
}

function summaries(response: JsonResponse): string[] {
  return (response.json.items as Array<{ summary: string }>).map((item) => item.summary);
}

describe('events.list', () => {
  it('answers a calendar#events page in the calendar’s zone', async () => {
    const response = await list({});
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ kind: 'calendar#events', summary: 'gina@example.com', timeZone: 'Europe/Oslo', accessRole: 'owner' });
    expect(summaries(response).sort()).toEqual(['A morning', 'B ten', 'C noon', 'D all day']);
  });

  it('filters with timeMin on the end and timeMax on the start, both exclusive', async () => {
    const response = await list({ timeMin: '2026-06-01T09:00:00+02:00', timeMax: '2026-06-01T12:00:00+02:00' });
    expect(summaries(response)).toEqual(['B ten']);
    const allDay = await list({ timeMin: '2026-06-02T12:00:00+02:00', timeMax: '2026-06-02T13:00:00+02:00' });
    expect(summaries(allDay)).toEqual(['D all day']);
    expect((allDay.json.items as Array<Record<string, unknown>>)[0]?.start).toEqual({ date: '2026-06-02' });
  });

  it('requires an offset in timeMin/timeMax (400 badRequest) and a non-empty range (timeRangeEmpty)', async () => {
    const noOffset = await list({ timeMin: '2026-06-01T00:00:00' });
    expect(noOffset.status).toBe(400);
    expect(errorOf(noOffset).errors[0]).toMatchObject({ reason: 'badRequest' });
    const empty = await list({ timeMin: '2026-06-02T00:00:00Z', timeMax: '2026-06-01T00:00:00Z' });
    expect(empty.status).toBe(400);
    expect(errorOf(empty).errors[0]).toMatchObject({ domain: 'calendar', reason: 'timeRangeEmpty', location: 'timeMax' });
  });

  it('allows orderBy=startTime only with singleEvents=true', async () => {
    const refused = await list({ orderBy: 'startTime' });
    expect(refused.status).toBe(400);
    expect(errorOf(refused).message).toBe('The requested ordering is not available for the particular query.');
    const ordered = await list({ orderBy: 'startTime', singleEvents: 'true' });
    expect(summaries(ordered)).toEqual(['A morning', 'B ten', 'C noon', 'D all day']);
  });

  it('pages with maxResults and nextPageToken', async () => {
    const seen: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const response = await list({ orderBy: 'startTime', singleEvents: 'true', maxResults: '3', ...(pageToken === undefined ? {} : { pageToken }) });
      seen.push(...summaries(response));
      pageToken = typeof response.json.nextPageToken === 'string' ? response.json.nextPageToken : undefined;
      pages++;
    } while (pageToken !== undefined);
    expect(pages).toBe(2);
    expect(seen).toEqual(['A morning', 'B ten', 'C noon', 'D all day']);
    expect((await list({ pageToken: 'garbage' })).status).toBe(400);
    expect((await list({ maxResults: '0' })).status).toBe(400);
  });

  it('returns short pages that still carry nextPageToken when listPageLimit is set', async () => {
    google.api.switches.listPageLimit = 1;
    const first = await list({ orderBy: 'startTime', singleEvents: 'true', maxResults: '250' });
    expect(summaries(first)).toEqual(['A morning']);
    expect(typeof first.json.nextPageToken).toBe('string');
  });

  it('hides deleted events unless showDeleted=true, and filters by privateExtendedProperty and q', async () => {
    const withDeleted = await list({ showDeleted: 'true' });
    expect(summaries(withDeleted)).toContain('E deleted');
    expect(summaries(await list({ privateExtendedProperty: 'superofficeAppointmentId=4711' }))).toEqual(['B ten']);
    expect(summaries(await list({ privateExtendedProperty: 'superofficeAppointmentId=1' }))).toEqual([]);
    expect(summaries(await list({ q: 'noon' }))).toEqual(['C noon']);
  });

  it('answers a syncToken with 410 fullSyncRequired (incremental sync is not emulated)', async () => {
    const response = await list({ syncToken: 'anything' });
    expect(response.status).toBe(410);
    expect(errorOf(response).errors[0]).toMatchObject({ reason: 'fullSyncRequired' });
  });
});
