import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byTitle, getAppointment, myDiary, startDiaryFixture, WEEK, type AppointmentCarrier, type DiaryFixture } from './support.js';

let fixture: DiaryFixture;
let week: AppointmentCarrier[];
beforeAll(async () => {
  fixture = await startDiaryFixture();
  week = await myDiary(fixture, WEEK);
});
afterAll(() => fixture.sandbox.close());

interface Participant {
  AssociateId: number;
  PersonId: number;
  ContactId: number;
  EmailId: number;
  SendEmail: boolean;
  InvitationStatus: string;
  EmailAddress: string;
  Description: string;
}

interface Entity {
  AppointmentId: number;
  StartDate: string;
  EndDate: string;
  Title: string;
  Description: string;
  Location: string;
  JoinVideomeetUrl: string;
  CentralserviceVideomeetId: string;
  UpdatedDate: string;
  CreatedDate: string;
  Participants: Participant[];
  Recurrence: null | { RecurrenceId: number; Pattern: string; StartDate: string; EndDate: string; IsRecurrence: boolean; RecurrenceCounter: number; DayPattern: { Pattern: string } };
  BookingType: string;
  InvitationStatus: string;
  MotherId: number;
  Type: string;
  Associate: { AssociateId: number; FullName: string } | null;
  Task: { Value: string } | null;
  _Links: { Self: string };
  [field: string]: unknown;
}

async function entity(id: number, headers: Record<string, string> = {}): Promise<Entity> {
  const response = await getAppointment(fixture, id, { headers });
  expect(response.status).toBe(200);
  return (await response.json()) as Entity;
}

describe('GET v1/Appointment/{id}', () => {
  it('returns the AppointmentEntity subset, with the video meeting fields of a SuperOffice video meeting', async () => {
    const carrier = byTitle(week, /^Quarterly review/);
    const response = await getAppointment(fixture, carrier.AppointmentId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('last-modified')).toMatch(/GMT$/);
    const body = (await response.json()) as Entity;
    expect(body).toMatchObject({
      AppointmentId: carrier.AppointmentId,
      StartDate: '2026-11-23T10:00:00',
      EndDate: '2026-11-23T11:00:00',
      Title: carrier.Title,
      Description: carrier.Description,
      Location: 'Solheimsgaten 15, 5058 Bergen',
      JoinVideomeetUrl: carrier.JoinVideomeetUrl,
      Type: 'inDiary',
      BookingType: 'None',
      InvitationStatus: 'None',
      Recurrence: null,
      Associate: { AssociateId: 5, FullName: 'Alice Andersen' },
      Task: { Value: 'Video meeting' },
    });
    expect(carrier.JoinVideomeetUrl.endsWith(`/join/${body.CentralserviceVideomeetId}`)).toBe(true);
    expect(body.UpdatedDate).toMatch(/^2026-11-22T\d{2}:\d{2}:00$/);
    expect(body.CreatedDate).toMatch(/^2026-11-13T\d{2}:\d{2}:00$/);
    expect(body.Participants).toEqual([
      expect.objectContaining({ AssociateId: 5, EmailAddress: 'alice@example.com', InvitationStatus: 'None' }),
      expect.objectContaining({ AssociateId: 0, PersonId: carrier.PersonId, ContactId: carrier.ContactId, Description: 'Ingrid Solberg' }),
    ]);
    expect(body._Links.Self).toMatch(new RegExp(`/Cust12345/api/v1/Appointment/${carrier.AppointmentId}$`));
    for (const key of ['AppointmentId', 'StartDate', 'EndDate', 'Description', 'Location', 'JoinVideomeetUrl', 'CentralserviceVideomeetId', 'UpdatedDate', 'Participants']) {
      expect(body).toHaveProperty(key);
    }
  });

  it('has empty video meeting fields where the link is elsewhere or absent', async () => {
    for (const title of [/^Logistics sync/, 'Design handoff', '']) {
      const body = await entity(byTitle(week, title).AppointmentId);
      expect(body.JoinVideomeetUrl).toBe('');
      expect(body.CentralserviceVideomeetId).toBe('');
    }
    // A Teams link in JoinVideomeetUrl did not come from SuperOffice's central service.
    const pipeline = await entity(byTitle(week, 'Pipeline review').AppointmentId);
    expect(pipeline.JoinVideomeetUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(pipeline.CentralserviceVideomeetId).toBe('');
  });

  it('describes the recurrence of a stand-up occurrence', async () => {
    const body = await entity(byTitle(week, 'Daily stand-up').AppointmentId);
    expect(body.Recurrence).toMatchObject({
      Pattern: 'Daily',
      DayPattern: { Pattern: 'EveryWorkday' },
      StartDate: '2026-11-16T09:00:00',
      EndDate: '2026-12-04T09:00:00',
      RecurrenceCounter: 15,
      IsRecurrence: true,
    });
    const other = await entity(week.filter((row) => row.Title === 'Daily stand-up')[3]?.AppointmentId ?? 0);
    expect(other.Recurrence?.RecurrenceId).toBe(body.Recurrence?.RecurrenceId);
  });

  it("links a booking to the organiser's mother appointment, whose participants carry every invitee's answer", async () => {
    const invited = byTitle(week, 'Product roadmap workshop');
    const slave = await entity(invited.AppointmentId);
    expect(slave).toMatchObject({ Type: 'BookingForDiary', BookingType: 'Participant', InvitationStatus: 'Invitation', MotherId: invited.MotherId });
    const mother = await entity(invited.MotherId);
    expect(mother).toMatchObject({ AppointmentId: invited.MotherId, BookingType: 'Owner', MotherId: invited.MotherId, Associate: { AssociateId: 7, FullName: 'Kari Nordmann' } });
    expect(mother.JoinVideomeetUrl).toBe(invited.JoinVideomeetUrl);
    expect(mother.Participants.map((p) => [p.AssociateId, p.InvitationStatus])).toEqual([
      [7, 'Accepted'],
      [5, 'Invitation'],
      [6, 'Invitation'],
      [1, 'Invitation'],
    ]);
    const declined = await entity(byTitle(week, 'Partner webinar dry-run').MotherId);
    expect(declined.Participants.find((p) => p.AssociateId === 5)?.InvitationStatus).toBe('Declined');
    expect(declined.RejectCounter).toBe(3);
  });

  it('converts times with SO-TimeZone; UpdatedDate stays UTC', async () => {
    const id = byTitle(week, /^Quarterly review/).AppointmentId;
    const plain = await entity(id);
    const ny = await entity(id, { 'SO-TimeZone': 'US-NY, includeTZOffset' });
    expect(ny.StartDate).toBe('2026-11-23T04:00:00-0500');
    expect(ny.UpdatedDate).toBe(`${plain.UpdatedDate}Z`);
  });

  it('supports $select', async () => {
    const id = byTitle(week, /^Quarterly review/).AppointmentId;
    const response = await getAppointment(fixture, id, { query: '?$select=JoinVideomeetUrl,CentralserviceVideomeetId' });
    const body = (await response.json()) as Entity;
    expect(body.JoinVideomeetUrl).toMatch(/^https:/);
    expect(body.CentralserviceVideomeetId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.Title).toBeNull();
  });

  it('404 for unknown and non-numeric ids, 401 without a token', async () => {
    expect((await getAppointment(fixture, 999_999)).status).toBe(404);
    expect((await getAppointment(fixture, 'abc')).status).toBe(404);
    const anonymous = await getAppointment(fixture, byTitle(week, 'Daily stand-up').AppointmentId, { token: undefined });
    expect(anonymous.status).toBe(401);
  });

  it("lets a user of the tenant read a colleague's appointment", async () => {
    const bobs = await myDiary(fixture, WEEK, { token: fixture.tokens.bob });
    const body = await entity(bobs[0]?.AppointmentId ?? 0);
    expect(body.Associate?.AssociateId).toBe(6);
  });
});

describe('SuperOfficeSandbox.diary (the in-process view)', () => {
  it('lists the same rows GetMyDiary returns, with scenario labels and UTC instants', () => {
    const diary = fixture.sandbox.superoffice.diary;
    expect(diary.now().toISOString()).toBe('2026-11-23T09:20:00.000Z');
    const rows = diary.list(5);
    const inWeek = rows.filter((row) => Date.parse(row.end) > Date.parse('2026-11-22T23:00:00Z') && Date.parse(row.start) < Date.parse('2026-11-30T23:00:00Z'));
    expect(inWeek.map((row) => row.appointmentId)).toEqual(week.map((row) => row.AppointmentId));
    const review = rows.find((row) => row.scenario === 'superoffice-video');
    expect(review?.start).toBe('2026-11-23T09:00:00.000Z');
    expect(new Set(rows.map((row) => row.scenario))).toEqual(
      new Set([
        'standup', 'completed-earlier', 'superoffice-video', 'zoom-in-location', 'google-meet-in-description', 'webex-html-description',
        'safelinks-teams-in-description', 'all-day', 'booking-invited', 'booking-seen', 'booking-declined', 'booking-accepted',
        'overlap-first', 'overlap-second', 'no-link', 'ongoing', 'crosses-midnight', 'html-title', 'rtl-name', 'next-week',
      ]),
    );
    expect(diary.get(review?.appointmentId ?? 0)?.joinVideomeetUrl).toBe(review?.joinVideomeetUrl);
    expect(diary.list(7).every((row) => row.scenario === 'booking-mother')).toBe(true);
  });
});
