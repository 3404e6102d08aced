import { beforeEach, describe, expect, it } from 'vitest';
import { useZoomSandbox } from './support/setup.js';
import { apiCall, createMeeting, listMeetings, signInForTokens, zoomTime } from './support/zoom-client.js';

// Its own sandbox: these tests move the sandbox clock forward.
const fixture = useZoomSandbox();
const HOUR = 3600_000;
const DAY = 24 * HOUR;
let token = '';
/** How far the tests have moved the sandbox clock. */
let offsetMs = 0;

beforeEach(async () => {
  token = (await signInForTokens(fixture.zoom)).access_token;
  for (const meeting of fixture.zoom.meetings()) await apiCall(fixture.zoom, `/meetings/${meeting.id}`, { token, method: 'DELETE' });
});

/** Moves the sandbox clock on and signs in again (access tokens live an hour). */
async function advance(ms: number): Promise<void> {
  fixture.zoom.advanceTime(ms / 1000);
  offsetMs += ms;
  token = (await signInForTokens(fixture.zoom)).access_token;
}

async function topics(type: string): Promise<string[]> {
  const response = await listMeetings(fixture.zoom, token, { type });
  expect(response.status, type).toBe(200);
  return (response.json.meetings as Array<{ topic: string }>).map((item) => item.topic);
}

describe('List meetings by type, relative to the sandbox clock', () => {
  it('scheduled, upcoming, upcoming_meetings, previous_meetings and live', async () => {
    const { zoom } = fixture;
    const now = Date.now() + offsetMs;
    const make = (body: Record<string, unknown>) => createMeeting(zoom, token, { duration: 60, ...body });
    await make({ topic: 'ended', start_time: zoomTime(now - 3 * HOUR) });
    await make({ topic: 'slot running', start_time: zoomTime(now - 10 * 60_000) });
    await make({ topic: 'tomorrow', start_time: zoomTime(now + DAY) });
    await make({ topic: 'in five days', start_time: zoomTime(now + 5 * DAY) });
    await make({ topic: 'no fixed time', type: 3 });
    await make({ topic: 'instant', type: 1 });

    expect(await topics('scheduled')).toEqual(['ended', 'slot running', 'no fixed time', 'tomorrow', 'in five days']);
    expect((await listMeetings(zoom, token)).json.total_records).toBe(5);
    expect(await topics('upcoming')).toEqual(['slot running', 'no fixed time', 'tomorrow', 'in five days']);
    expect(await topics('upcoming_meetings')).toEqual(['slot running', 'no fixed time', 'tomorrow', 'in five days']);
    expect(await topics('previous_meetings')).toEqual(['ended']);
    expect(await topics('live')).toEqual([]);

    await advance(2 * DAY);
    expect(await topics('upcoming')).toEqual(['no fixed time', 'in five days']);
    expect(await topics('previous_meetings')).toEqual(['ended', 'slot running', 'tomorrow']);

    // A never-started meeting expires 30 days after its scheduled time: gone from `scheduled`, still previous.
    await advance(29 * DAY);
    expect(await topics('scheduled')).toEqual(['no fixed time', 'in five days']);
    expect(await topics('previous_meetings')).toEqual(['ended', 'slot running', 'tomorrow', 'in five days']);
  });

  it('next_page_token keeps the type of the first request and expires after 15 minutes', async () => {
    const { zoom } = fixture;
    const now = Date.now() + offsetMs;
    for (let i = 1; i <= 3; i++) await createMeeting(zoom, token, { topic: `future ${i}`, start_time: zoomTime(now + i * DAY), duration: 30 });
    await createMeeting(zoom, token, { topic: 'past', start_time: zoomTime(now - DAY), duration: 30 });

    const first = await listMeetings(zoom, token, { type: 'upcoming', page_size: '1' });
    const pageToken = String(first.json.next_page_token);
    const second = await listMeetings(zoom, token, { next_page_token: pageToken });
    expect((first.json.meetings as Array<{ topic: string }>).map((item) => item.topic)).toEqual(['future 1']);
    expect(second.json).toMatchObject({ page_size: 30, next_page_token: '' });
    expect((second.json.meetings as Array<{ topic: string }>).map((item) => item.topic)).toEqual(['future 2', 'future 3']);

    const again = await listMeetings(zoom, token, { type: 'upcoming', page_size: '1' });
    await advance(15 * 60_000 + 1000);
    const expired = await listMeetings(zoom, token, { next_page_token: String(again.json.next_page_token) });
    expect(expired.status).toBe(400);
    expect(expired.json).toMatchObject({ code: 300, errors: [{ field: 'next_page_token' }] });
  });
});
