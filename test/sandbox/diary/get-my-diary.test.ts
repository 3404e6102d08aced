import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { byTitle, myDiary, NOW, postMyDiary, startDiaryFixture, WEEK, type AppointmentCarrier, type DiaryFixture } from './support.js';

let fixture: DiaryFixture;
beforeAll(async () => {
  fixture = await startDiaryFixture();
});
afterAll(() => fixture.sandbox.close());
afterEach(() => {
  fixture.sandbox.superoffice.switches.diaryNow = NOW;
});

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

/** The documented Appointment carrier fields, in the documented order. */
const CARRIER_FIELDS = [
  'AppointmentId', 'StartDate', 'EndDate', 'Type', 'Task', 'AssociateFullName', 'ContactName', 'Description', 'PersonFullName',
  'PersonId', 'ContactId', 'ProjectId', 'ProjectName', 'IsPublished', 'AssociateId', 'ColorIndex', 'IsFree', 'HasAlarm',
  'IsAlldayEvent', 'Private', 'PriorityId', 'PriorityName', 'TaskType', 'IsBookingMain', 'IsRecurrence', 'IsBooking', 'ActiveDate',
  'AssignmentStatus', 'InvitationStatus', 'BookingType', 'Completed', 'RecurringPattern', 'RecurringStartDate', 'RecurringEndDate',
  'MotherId', 'AssignedBy', 'AssignedByFullName', 'RejectReason', 'Location', 'AlarmLeadTime', 'SaleId', 'SaleName', 'AssociateName',
  'CreatedDate', 'CreatedBy', 'CreatedByFullName', 'CreatedByAssociateId', 'CautionWarning', 'OwnedExternally', 'JoinVideomeetUrl',
  'PreferredTZLocation', 'Title', 'Agenda', 'InternalNotes', 'TableRight', 'FieldProperties',
];

function ids(rows: AppointmentCarrier[]): number[] {
  return rows.map((row) => row.AppointmentId);
}

function day(rows: AppointmentCarrier[], date: string): AppointmentCarrier[] {
  return rows.filter((row) => row.StartDate.startsWith(date));
}

describe('GetMyDiary: the response', () => {
  it('is a JSON array of Appointment carriers with every documented field, enums as strings, local date-times', async () => {
    const response = await postMyDiary(fixture, WEEK, { token: fixture.tokens.alice });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const rows = (await response.json()) as AppointmentCarrier[];
    expect(Array.isArray(rows)).toBe(true);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(CARRIER_FIELDS);
      expect(row.StartDate).toMatch(LOCAL);
      expect(row.EndDate).toMatch(LOCAL);
      expect(row.ActiveDate).toBe(row.StartDate);
      expect(row.CreatedDate).toMatch(LOCAL);
      expect(Date.parse(row.EndDate)).toBeGreaterThanOrEqual(Date.parse(row.StartDate));
      expect(['inDiary', 'BookingForDiary']).toContain(row.Type);
      expect(['None', 'Invitation', 'Seen', 'Accepted', 'Declined']).toContain(row.InvitationStatus);
      expect(['None', 'Owner', 'Participant']).toContain(row.BookingType);
      expect(['NotStarted', 'Started', 'Completed']).toContain(row.Completed);
      expect(['Unknown', 'Daily']).toContain(row.RecurringPattern);
      expect(['Appointment', 'Phone']).toContain(row.TaskType);
      expect(row.AlarmLeadTime).toMatch(/^\d{2}:\d{2}:00$/);
      expect(typeof row.JoinVideomeetUrl).toBe('string');
      expect(typeof row.Description).toBe('string');
      expect(row.AssociateId).toBe(5);
      expect(row.AssociateFullName).toBe('Alice Andersen');
    }
  });

  it('is in start order (then id)', async () => {
    const rows = await myDiary(fixture, WEEK);
    const starts = rows.map((row) => Date.parse(row.StartDate));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('covers today and the next 7 days with the whole data set', async () => {
    const rows = await myDiary(fixture, WEEK);
    expect(day(rows, '2026-11-23').map((row) => row.Title)).toEqual([
      'Prepare offer for Fjellstad Bygg AS',
      'Daily stand-up',
      'Quarterly review – Nordlys Energi AS',
      'Support escalation – Øresund Logistik A/S',
      'Logistics sync – Müller Logistik GmbH',
    ]);
    expect(day(rows, '2026-11-24').map((row) => row.Title)).toEqual([
      'Daily stand-up',
      'Design handoff',
      'Service contract renewal',
      'Partner webinar dry-run',
      'Production release window',
    ]);
    expect(day(rows, '2026-11-25').map((row) => row.Title)).toEqual([
      'Daily stand-up',
      'Machine maintenance planning',
      'Product roadmap workshop',
      'Pipeline review',
      'Call with Annika Ljungström',
    ]);
    expect(day(rows, '2026-11-26').map((row) => row.Title)).toEqual(['Nordic CRM Summit', 'Daily stand-up']);
    expect(day(rows, '2026-11-27').map((row) => row.Title)).toEqual(['Daily stand-up', 'Budget alignment next year', '<b>Q4</b> & "review"']);
    expect(day(rows, '2026-11-28').map((row) => row.Title)).toEqual(['Sales kick-off planning', '']);
    expect(day(rows, '2026-11-29').map((row) => row.Title)).toEqual(['Intro call: نورا الحسن']);
    expect(day(rows, '2026-11-30').map((row) => row.Title)).toEqual(['Daily stand-up', 'Onboarding follow-up – IJsselmeer Software B.V.']);
    expect(rows).toHaveLength(25);
    expect(new Set(ids(rows)).size).toBe(rows.length);
  });

  it('answers 405 to GET', async () => {
    const base = fixture.sandbox.superoffice.tenantEndpoint('Cust12345');
    const response = await fetch(`${base}/api/v1/Agents/Appointment/GetMyDiary`, { headers: { authorization: `Bearer ${fixture.tokens.alice}` } });
    expect(response.status).toBe(405);
  });

  it('matches the path case-insensitively', async () => {
    const base = fixture.sandbox.superoffice.tenantEndpoint('Cust12345');
    const response = await fetch(`${base}/api/v1/agents/appointment/getmydiary`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fixture.tokens.alice}`, 'content-type': 'application/json' },
      body: JSON.stringify(WEEK),
    });
    expect(response.status).toBe(200);
  });
});

describe('GetMyDiary: range and Count', () => {
  it('treats the range as [StartTime, EndTime): a row is in when it ends after StartTime and starts before EndTime', async () => {
    // 09:15 is the stand-up's end, 10:00 the start of the review and of the ongoing meeting (10:20 - 20 min).
    expect(await myDiary(fixture, { StartTime: '2026-11-23T09:15:00', EndTime: '2026-11-23T10:00:00', Count: 50 })).toEqual([]);
    const touching = await myDiary(fixture, { StartTime: '2026-11-23T09:14:59', EndTime: '2026-11-23T10:00:01', Count: 50 });
    expect(touching.map((row) => row.Title)).toEqual(['Daily stand-up', 'Quarterly review – Nordlys Energi AS', 'Support escalation – Øresund Logistik A/S']);
  });

  it('includes meetings already running at StartTime (the ongoing one and a long one)', async () => {
    const rows = await myDiary(fixture, { StartTime: '2026-11-23T10:20:00', EndTime: '2026-11-23T10:21:00', Count: 10 });
    expect(rows.map((row) => row.Title)).toEqual(['Quarterly review – Nordlys Energi AS', 'Support escalation – Øresund Logistik A/S']);
  });

  it('EndTime = StartTime is allowed: the rows running at that instant (not those starting or ending then)', async () => {
    const running = await myDiary(fixture, { StartTime: '2026-11-23T10:30:00', EndTime: '2026-11-23T10:30:00', Count: 10 });
    expect(running.map((row) => row.Title)).toEqual(['Quarterly review – Nordlys Energi AS', 'Support escalation – Øresund Logistik A/S']);
    expect(await myDiary(fixture, { StartTime: '2026-11-23T10:00:00', EndTime: '2026-11-23T10:00:00', Count: 10 })).toEqual([]);
  });

  it('includes the all-day event and the midnight-crossing meeting in ranges inside them', async () => {
    const allDay = await myDiary(fixture, { StartTime: '2026-11-26T12:00:00', EndTime: '2026-11-26T12:30:00', Count: 10 });
    expect(allDay.map((row) => row.Title)).toEqual(['Nordic CRM Summit']);
    const afterMidnight = await myDiary(fixture, { StartTime: '2026-11-25T00:00:00', EndTime: '2026-11-25T01:00:00', Count: 10 });
    expect(afterMidnight.map((row) => row.Title)).toEqual(['Production release window']);
  });

  it('returns the first Count rows in start order', async () => {
    const all = await myDiary(fixture, WEEK);
    const three = await myDiary(fixture, { ...WEEK, Count: 3 });
    expect(ids(three)).toEqual(ids(all).slice(0, 3));
    expect(await myDiary(fixture, { ...WEEK, Count: 1 })).toHaveLength(1);
  });

  it('accepts a huge Count (capped, not an error)', async () => {
    const rows = await myDiary(fixture, { StartTime: '2026-11-01T00:00:00', EndTime: '2026-12-31T00:00:00', Count: 2_000_000_000 });
    // The data set spans D-7 … D+13: 15 stand-ups, 15 one-off rows and 4 booking rows.
    expect(rows).toHaveLength(34);
  });

  it('has past rows too (earlier stand-ups, a completed task this morning)', async () => {
    const lastWeek = await myDiary(fixture, { StartTime: '2026-11-16T00:00:00', EndTime: '2026-11-23T00:00:00', Count: 100 });
    expect(lastWeek.map((row) => row.Title)).toEqual(Array(5).fill('Daily stand-up'));
    const morning = await myDiary(fixture, { StartTime: '2026-11-23T07:00:00', EndTime: '2026-11-23T09:00:00', Count: 10 });
    expect(morning[0]).toMatchObject({ Title: 'Prepare offer for Fjellstad Bygg AS', Completed: 'Completed', JoinVideomeetUrl: '' });
  });
});

describe('GetMyDiary: per-user data', () => {
  it("returns only the signed-in user's rows: alice, bob and admin each get their own", async () => {
    const alice = await myDiary(fixture, WEEK, { token: fixture.tokens.alice });
    const bob = await myDiary(fixture, WEEK, { token: fixture.tokens.bob });
    const admin = await myDiary(fixture, WEEK, { token: fixture.tokens.admin });
    expect(new Set(alice.map((row) => row.AssociateId))).toEqual(new Set([5]));
    expect(new Set(bob.map((row) => row.AssociateId))).toEqual(new Set([6]));
    expect(new Set(admin.map((row) => row.AssociateId))).toEqual(new Set([1]));
    expect(bob.every((row) => row.AssociateFullName === 'Bob Berg')).toBe(true);
    expect(admin.every((row) => row.AssociateFullName === 'Ada Admin')).toBe(true);
    const aliceIds = new Set(ids(alice));
    expect(ids(bob).some((id) => aliceIds.has(id))).toBe(false);
    expect(ids(admin).some((id) => aliceIds.has(id))).toBe(false);
    // Same kinds of meeting at the same times, other customers.
    expect(bob.map((row) => row.StartDate)).toEqual(alice.map((row) => row.StartDate));
    const aliceReview = byTitle(alice, /^Quarterly review/);
    const bobReview = byTitle(bob, /^Quarterly review/);
    expect(bobReview.ContactName).not.toBe(aliceReview.ContactName);
    expect(bobReview.JoinVideomeetUrl).not.toBe(aliceReview.JoinVideomeetUrl);
  });

  it('uses realistic Nordic, German and Dutch company and person names', async () => {
    const names = new Set<string>();
    for (const token of Object.values(fixture.tokens)) for (const row of await myDiary(fixture, WEEK, { token })) names.add(row.ContactName);
    const companies = [...names].filter((name) => name !== '');
    expect(companies.some((name) => name.endsWith(' AS'))).toBe(true);
    expect(companies.some((name) => name.endsWith(' AB'))).toBe(true);
    expect(companies.some((name) => name.endsWith(' ApS') || name.endsWith(' A/S'))).toBe(true);
    expect(companies.some((name) => name.endsWith(' GmbH'))).toBe(true);
    expect(companies.some((name) => name.endsWith(' B.V.'))).toBe(true);
  });
});

describe('GetMyDiary: the cases in the data set', () => {
  it('expands the daily stand-up into one row per workday occurrence, all IsRecurrence with the series dates', async () => {
    const rows = await myDiary(fixture, WEEK);
    const standups = rows.filter((row) => row.Title === 'Daily stand-up');
    expect(standups.map((row) => row.StartDate)).toEqual([
      '2026-11-23T09:00:00',
      '2026-11-24T09:00:00',
      '2026-11-25T09:00:00',
      '2026-11-26T09:00:00',
      '2026-11-27T09:00:00',
      '2026-11-30T09:00:00',
    ]);
    expect(new Set(ids(standups)).size).toBe(6);
    for (const row of standups) {
      expect(row).toMatchObject({
        EndDate: row.StartDate.replace('09:00:00', '09:15:00'),
        IsRecurrence: true,
        RecurringPattern: 'Daily',
        RecurringStartDate: '2026-11-16T09:00:00',
        RecurringEndDate: '2026-12-04T09:00:00',
        IsBooking: false,
        Location: 'Microsoft Teams Meeting',
        JoinVideomeetUrl: standups[0]?.JoinVideomeetUrl,
      });
      expect(row.JoinVideomeetUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_[A-Za-z0-9%]+%40thread\.v2\/0\?context=%7b%22Tid%22%3a%22[0-9a-f-]{36}%22%2c%22Oid%22%3a%22[0-9a-f-]{36}%22%7d$/);
    }
    for (const row of rows.filter((r) => r.Title !== 'Daily stand-up')) {
      expect(row).toMatchObject({ IsRecurrence: false, RecurringPattern: 'Unknown', RecurringStartDate: '0001-01-01T00:00:00', RecurringEndDate: '0001-01-01T00:00:00' });
    }
  });

  it('has an all-day conference day from midnight to midnight', async () => {
    const summit = byTitle(await myDiary(fixture, WEEK), 'Nordic CRM Summit');
    expect(summit).toMatchObject({
      IsAlldayEvent: true,
      StartDate: '2026-11-26T00:00:00',
      EndDate: '2026-11-27T00:00:00',
      Task: 'Conference',
      JoinVideomeetUrl: '',
      Location: 'Oslo Spektrum, Sonja Henies plass 2, 0185 Oslo',
    });
  });

  it('has bookings from a colleague in every answer state SuperOffice has for an invitee', async () => {
    const bookings = (await myDiary(fixture, WEEK)).filter((row) => row.IsBooking);
    expect(bookings.map((row) => [row.Title, row.InvitationStatus])).toEqual([
      ['Partner webinar dry-run', 'Declined'],
      ['Product roadmap workshop', 'Invitation'],
      ['Budget alignment next year', 'Seen'],
      ['Sales kick-off planning', 'Accepted'],
    ]);
    for (const row of bookings) {
      expect(row).toMatchObject({ Type: 'BookingForDiary', IsBookingMain: false, BookingType: 'Participant', AssignedBy: 7, AssignedByFullName: 'Kari Nordmann', CreatedByAssociateId: 7 });
      expect(row.MotherId).toBeGreaterThan(0);
      expect(row.MotherId).not.toBe(row.AppointmentId);
      expect(row.JoinVideomeetUrl).not.toBe('');
    }
    expect(byTitle(bookings, 'Partner webinar dry-run').RejectReason).toBe('Travelling that day');
    // The other rows are plain diary appointments.
    const plain = (await myDiary(fixture, WEEK)).filter((row) => !row.IsBooking);
    expect(plain.every((row) => row.Type === 'inDiary' && row.InvitationStatus === 'None' && row.BookingType === 'None' && row.MotherId === 0)).toBe(true);
  });

  it('puts the SuperOffice video link in JoinVideomeetUrl and an address in Location', async () => {
    const review = byTitle(await myDiary(fixture, WEEK), 'Quarterly review – Nordlys Energi AS');
    expect(review.JoinVideomeetUrl).toMatch(/^https:\/\/cust12345\.meetings\.superoffice\.com\/join\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(review).toMatchObject({ Location: 'Solheimsgaten 15, 5058 Bergen', ContactName: 'Nordlys Energi AS', PersonFullName: 'Ingrid Solberg', Task: 'Video meeting' });
    expect(review.ContactId).toBeGreaterThan(0);
    expect(review.PersonId).toBeGreaterThan(0);
  });

  it('has a Zoom link (with pwd) only in Location', async () => {
    const zoom = byTitle(await myDiary(fixture, WEEK), /^Logistics sync/);
    expect(zoom.Location).toMatch(/^https:\/\/us06web\.zoom\.us\/j\/\d{11}\?pwd=[A-Za-z0-9]{32}\.1$/);
    expect(zoom.JoinVideomeetUrl).toBe('');
    expect(zoom.Description).not.toMatch(/https?:/);
  });

  it('has a Google Meet link only in the description ("Join meeting: …"), next to a tel.meet link that is not one', async () => {
    const meet = byTitle(await myDiary(fixture, WEEK), 'Design handoff');
    expect(meet.Description).toMatch(/\nJoin meeting: https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}\n/);
    expect(meet.Description).toMatch(/https:\/\/tel\.meet\/[a-z-]+\?pin=\d+/);
    expect(meet.JoinVideomeetUrl).toBe('');
    expect(meet.Location).toBe('');
  });

  it('has a Webex invite as HTML in the description', async () => {
    const webex = byTitle(await myDiary(fixture, WEEK), 'Service contract renewal');
    expect(webex.Description).toMatch(/^<html><body>/);
    expect(webex.Description).toMatch(/<a href="https:\/\/[a-z]+\.webex\.com\/[a-z]+\/j\.php\?MTID=m[0-9a-f]{32}"[^>]*>Join meeting<\/a>/);
    expect(webex.Description).toContain('&amp;');
    expect(webex.JoinVideomeetUrl).toBe('');
  });

  it('has a Teams link wrapped by Outlook Safe Links in the description', async () => {
    const row = byTitle(await myDiary(fixture, WEEK), 'Machine maintenance planning');
    const match = /Click here to join the meeting<(https:\/\/eur02\.safelinks\.protection\.outlook\.com\/\?[^>]+)>/.exec(row.Description);
    expect(match).not.toBeNull();
    const wrapped = new URL(match?.[1] ?? '');
    expect(wrapped.searchParams.get('reserved')).toBe('0');
    expect(wrapped.searchParams.get('url')).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_/);
    expect(row.Description).toContain('https://teams.microsoft.com/meetingOptions/');
    expect(row.JoinVideomeetUrl).toBe('');
  });

  it('has two overlapping meetings', async () => {
    const rows = await myDiary(fixture, WEEK);
    const first = byTitle(rows, 'Pipeline review');
    const second = byTitle(rows, 'Call with Annika Ljungström');
    expect(Date.parse(second.StartDate)).toBeLessThan(Date.parse(first.EndDate));
    expect(Date.parse(second.StartDate)).toBeGreaterThan(Date.parse(first.StartDate));
    expect(first.JoinVideomeetUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(second.JoinVideomeetUrl).toMatch(/^https:\/\/cust12345\.meetings\.superoffice\.com\/join\//);
  });

  it('has a meeting without any meeting link: no Title, a web page and a phone number in the text', async () => {
    const lunch = (await myDiary(fixture, WEEK)).find((row) => row.Title === '');
    expect(lunch).toMatchObject({ Task: 'Lunch', JoinVideomeetUrl: '', StartDate: '2026-11-28T12:00:00' });
    expect(lunch?.Description.split('\n')[0]).toBe('Lunch with Kristian Hansen');
    expect(lunch?.Description).toContain('https://lysverket.no/meny');
    expect(lunch?.Description).toContain('+47 922 33 445');
    expect(lunch?.Location).not.toMatch(/https?:/);
  });

  it('has a meeting that started 20 minutes ago and runs 30 more, following the diary clock', async () => {
    const so = fixture.sandbox.superoffice;
    expect(byTitle(await myDiary(fixture, WEEK), /^Support escalation/)).toMatchObject({ StartDate: '2026-11-23T10:00:00', EndDate: '2026-11-23T10:50:00' });
    so.switches.diaryNow = '2026-11-23T14:05:30+01:00';
    const later = byTitle(await myDiary(fixture, WEEK), /^Support escalation/);
    expect(later).toMatchObject({ StartDate: '2026-11-23T13:45:00', EndDate: '2026-11-23T14:35:00' });
    expect(later.JoinVideomeetUrl).toMatch(/^https:\/\/cust12345\.meetings\.superoffice\.com\/join\//);
  });

  it('has a meeting crossing midnight', async () => {
    const release = byTitle(await myDiary(fixture, WEEK), 'Production release window');
    expect(release).toMatchObject({ StartDate: '2026-11-24T23:30:00', EndDate: '2026-11-25T00:30:00' });
  });

  it('sends HTML-like and bidi text as is (JSON-escaped only)', async () => {
    const response = await postMyDiary(fixture, WEEK, { token: fixture.tokens.alice });
    const raw = await response.text();
    expect(raw).toContain('"Title":"<b>Q4</b> & \\"review\\""');
    const rows = JSON.parse(raw) as AppointmentCarrier[];
    const html = byTitle(rows, '<b>Q4</b> & "review"');
    expect(html.Description).toContain('<script>');
    expect(html.Location).toBe('<i>Board room</i> & "Fjorden"');
    const rtl = byTitle(rows, /^Intro call: /);
    expect(rtl.PersonFullName).toBe('نورا الحسن');
    expect(rtl.ContactName).toMatch(/[\u0600-\u06FF]/);
    expect(rtl.Description).toContain('\u202E');
    expect(rtl.Description).toContain('\u2067');
  });
});

describe('GetMyDiary: time zones (SO-TimeZone)', () => {
  const review = { StartTime: '2026-11-23T00:00:00', EndTime: '2026-11-24T00:00:00', Count: 50 };

  it('without the header: base-zone (Oslo) wall-clock times without offset; CreatedDate in UTC', async () => {
    const row = byTitle(await myDiary(fixture, review), /^Quarterly review/);
    expect(row.StartDate).toBe('2026-11-23T10:00:00');
    expect(row.CreatedDate).toMatch(/^2026-11-13T\d{2}:\d{2}:00$/);
  });

  it('converts to the zone asked for, by code or id, and adds the offset only with includeTZOffset', async () => {
    const utc = byTitle(await myDiary(fixture, review, { headers: { 'SO-TimeZone': 'UTC' } }), /^Quarterly review/);
    expect(utc.StartDate).toBe('2026-11-23T09:00:00');
    const ny = byTitle(await myDiary(fixture, review, { headers: { 'SO-TimeZone': 'US-NY, includeTZOffset' } }), /^Quarterly review/);
    expect(ny.StartDate).toBe('2026-11-23T04:00:00-0500');
    expect(ny.EndDate).toBe('2026-11-23T05:00:00-0500');
    expect(ny.CreatedDate).toMatch(/^2026-11-13T\d{2}:\d{2}:00Z$/);
    const byId = byTitle(await myDiary(fixture, review, { headers: { 'SO-TimeZone': '261' } }), /^Quarterly review/);
    expect(byId.StartDate).toBe('2026-11-23T10:00:00');
    const plainOffset = byTitle(await myDiary(fixture, review, { headers: { 'SO-TimeZone': 'NO, includeTZOffset' } }), /^Quarterly review/);
    expect(plainOffset.StartDate).toBe('2026-11-23T10:00:00+0100');
  });

  it('reads StartTime/EndTime without offset in the request zone, with an offset as an instant', async () => {
    // 04:00–04:30 in New York is 10:00–10:30 in Oslo.
    const ny = await myDiary(fixture, { StartTime: '2026-11-23T04:00:00', EndTime: '2026-11-23T04:30:00', Count: 10 }, { headers: { 'SO-TimeZone': 'US-NY' } });
    expect(ny.map((row) => row.Title)).toEqual(['Quarterly review – Nordlys Energi AS', 'Support escalation – Øresund Logistik A/S']);
    const instant = await myDiary(fixture, { StartTime: '2026-11-23T12:00:00Z', EndTime: '2026-11-23T12:30:00.0000000Z', Count: 10 });
    expect(instant.map((row) => row.Title)).toEqual(['Logistics sync – Müller Logistik GmbH']);
    const offset = await myDiary(fixture, { StartTime: '2026-11-23T13:00:00.4460417+01:00', EndTime: '2026-11-23T13:10:00+01:00', Count: 10 });
    expect(offset.map((row) => row.Title)).toEqual(['Logistics sync – Müller Logistik GmbH']);
  });

  it('uses summer time in summer (+0200)', async () => {
    fixture.sandbox.superoffice.switches.diaryNow = '2026-06-15T08:00:00+02:00';
    const rows = await myDiary(fixture, { StartTime: '2026-06-15T00:00:00', EndTime: '2026-06-16T00:00:00', Count: 20 }, { headers: { 'SO-TimeZone': 'NO, includeTZOffset' } });
    expect(byTitle(rows, 'Daily stand-up').StartDate).toBe('2026-06-15T09:00:00+0200');
    const utc = await myDiary(fixture, { StartTime: '2026-06-15T00:00:00', EndTime: '2026-06-16T00:00:00', Count: 20 }, { headers: { 'SO-TimeZone': 'UTC' } });
    expect(byTitle(utc, 'Daily stand-up').StartDate).toBe('2026-06-15T07:00:00');
  });

  it('answers 400 to an unknown zone', async () => {
    const response = await postMyDiary(fixture, WEEK, { token: fixture.tokens.alice, headers: { 'SO-TimeZone': 'Europe/Oslo' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { Error: string }).Error).toMatch(/Unknown time zone/);
  });
});

describe('GetMyDiary: the data set is deterministic per day', () => {
  it('is the same all day long (except the meeting that follows the clock) and new the next day', async () => {
    const so = fixture.sandbox.superoffice;
    so.switches.diaryNow = '2026-11-23T07:00:00+01:00';
    const morning = await myDiary(fixture, WEEK);
    so.switches.diaryNow = '2026-11-23T22:00:00+01:00';
    const evening = await myDiary(fixture, WEEK);
    const stable = (rows: AppointmentCarrier[]) => rows.filter((row) => !row.Title.startsWith('Support escalation'));
    expect(stable(evening)).toEqual(stable(morning));
    so.switches.diaryNow = '2026-11-24T07:00:00+01:00';
    const tomorrow = await myDiary(fixture, { StartTime: '2026-11-24T00:00:00', EndTime: '2026-11-25T00:00:00', Count: 50 });
    expect(tomorrow.map((row) => row.Title)).toEqual([
      'Support escalation – Øresund Logistik A/S',
      'Prepare offer for Fjellstad Bygg AS',
      'Daily stand-up',
      'Quarterly review – Nordlys Energi AS',
      'Logistics sync – Müller Logistik GmbH',
    ]);
    const todayReview = byTitle(morning, /^Quarterly review/);
    expect(byTitle(tomorrow, /^Quarterly review/).JoinVideomeetUrl).not.toBe(todayReview.JoinVideomeetUrl);
    // The stand-up is the same Teams meeting every day.
    expect(byTitle(tomorrow, 'Daily stand-up').JoinVideomeetUrl).toBe(byTitle(morning, 'Daily stand-up').JoinVideomeetUrl);
  });
});

describe('GetMyDiary: $select', () => {
  it('nulls the fields not selected (names case-insensitive)', async () => {
    const rows = await myDiary(fixture, { ...WEEK, Count: 2 }, { query: '?$select=appointmentId,StartDate,joinvideomeeturl' });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(CARRIER_FIELDS);
      expect(row.AppointmentId).toBeGreaterThan(0);
      expect(row.StartDate).toMatch(LOCAL);
      expect(typeof row.JoinVideomeetUrl).toBe('string');
      expect(row.Title).toBeNull();
      expect(row.Description).toBeNull();
    }
  });
});
