import type {
  DiaryAppointment,
  DiaryAssociate,
  DiaryParticipant,
  DiaryScenario,
  DiaryTask,
  InvitationStatus,
} from './appointment-record.js';
import { meetUrl, safeLink, superOfficeVideo, teamsJoinUrl, webexJoinUrl, zoomJoinUrl, digits, hex } from './meeting-links.js';
import { BASE_TIME_ZONE, wallTimeToInstant } from './time-zones.js';

/**
 * The sandbox diary: a deterministic data set for one day (the tenant's "today", base time zone). The same
 * day, tenant and associates always give the same rows, ids and links. Times are base-zone wall-clock times
 * relative to that day (D = today):
 *
 * | scenario                        | when (Europe/Oslo)         | link placement / point of the case |
 * |---------------------------------|----------------------------|------------------------------------|
 * | standup                         | workdays D-7…D+13 09:00–09:15 | daily series, one row per occurrence, IsRecurrence; Teams link in JoinVideomeetUrl |
 * | completed-earlier               | D 08:00–08:30               | past, Completed, no link |
 * | superoffice-video               | D 10:00–11:00               | SuperOffice video link in JoinVideomeetUrl + CentralserviceVideomeetId; Location is an address |
 * | zoom-in-location                | D 13:00–13:45               | Zoom link (with pwd) only in Location |
 * | google-meet-in-description      | D+1 11:00–11:30             | "Join meeting: https://meet.google.com/…" in Description (plus a tel.meet trap) |
 * | webex-html-description          | D+1 14:00–15:00             | Webex invite as HTML in Description |
 * | booking-declined                | D+1 16:00–17:00             | booking by a colleague, InvitationStatus Declined; Zoom in JoinVideomeetUrl |
 * | crosses-midnight                | D+1 23:30 – D+2 00:30       | crosses midnight; Teams in JoinVideomeetUrl |
 * | safelinks-teams-in-description  | D+2 10:00–11:00             | Outlook Safe Links-wrapped Teams link in Description (plus a meetingOptions trap) |
 * | booking-invited                 | D+2 13:00–14:00             | booking, InvitationStatus Invitation (not answered); Teams in JoinVideomeetUrl |
 * | overlap-first / overlap-second  | D+2 15:00–16:00 / 15:30–16:15 | overlapping; Teams / SuperOffice video in JoinVideomeetUrl |
 * | all-day                         | D+3 (00:00 – D+4 00:00)     | IsAlldayEvent, conference day, no link |
 * | booking-seen                    | D+4 09:30–10:30             | booking, InvitationStatus Seen (opened, unanswered: SuperOffice has no "tentative") |
 * | html-title                      | D+4 14:00–15:00             | Title `<b>Q4</b> & "review"`, markup in Description |
 * | booking-accepted                | D+5 10:00–11:00             | booking, InvitationStatus Accepted; SuperOffice video |
 * | no-link                         | D+5 12:00–13:00             | empty Title; a web page and a phone number in Description, address in Location |
 * | rtl-name                        | D+6 10:00–10:30             | Arabic contact/person names, a U+202E override in Description; Teams |
 * | next-week                       | D+7 14:00–15:00             | SuperOffice video |
 * | ongoing                         | now-20 min – now+30 min     | follows the clock; SuperOffice video |
 *
 * The bookings' mother rows (`booking-mother`) are in the diary of a colleague who never signs in
 * (Kari Nordmann, associate 7); each signed-in user's row is a participant ("slave") row.
 */

/** A colleague in every tenant who organises the bookings; not a sign-in user. */
export const ORGANISER: DiaryAssociate = {
  associateId: 7,
  name: 'KARI',
  fullName: 'Kari Nordmann',
  personId: 17,
  contactId: 2,
  email: 'kari.nordmann@example.com',
};

/** The day the data set is for (a base-zone calendar date). */
export interface DiaryDay {
  year: number;
  month: number;
  day: number;
}

export function dayKey(day: DiaryDay): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

interface Company {
  contactId: number;
  name: string;
  personId: number;
  person: string;
  email: string;
  /** For Webex site names etc. */
  slug: string;
}

const COMPANIES: ReadonlyArray<Company> = [
  { contactId: 101, name: 'Nordlys Energi AS', personId: 1011, person: 'Ingrid Solberg', email: 'ingrid.solberg@nordlys-energi.no', slug: 'nordlys' },
  { contactId: 102, name: 'Fjellstad Bygg AS', personId: 1021, person: 'Ola Fjellstad', email: 'ola@fjellstad-bygg.no', slug: 'fjellstad' },
  { contactId: 103, name: 'Hansen Elektro AS', personId: 1031, person: 'Kristian Hansen', email: 'kristian.hansen@hansen-elektro.no', slug: 'hansenelektro' },
  { contactId: 104, name: 'Skogsberg Maskin AB', personId: 1041, person: 'Erik Lindqvist', email: 'erik.lindqvist@skogsberg.se', slug: 'skogsberg' },
  { contactId: 105, name: 'Ljungström Fastigheter AB', personId: 1051, person: 'Annika Ljungström', email: 'annika@ljungstrom-fastigheter.se', slug: 'ljungstrom' },
  { contactId: 106, name: 'Nørregaard Design ApS', personId: 1061, person: 'Mette Kjærgaard', email: 'mette@norregaard-design.dk', slug: 'norregaard' },
  { contactId: 107, name: 'Øresund Logistik A/S', personId: 1071, person: 'Søren Østergaard', email: 'soo@oresund-logistik.dk', slug: 'oresund' },
  { contactId: 108, name: 'Müller Logistik GmbH', personId: 1081, person: 'Jürgen Müller', email: 'j.mueller@mueller-logistik.de', slug: 'muellerlogistik' },
  { contactId: 109, name: 'Weißbach Präzision GmbH', personId: 1091, person: 'Anja Weißbach', email: 'anja.weissbach@weissbach-praezision.de', slug: 'weissbach' },
  { contactId: 110, name: 'Van der Berg Techniek B.V.', personId: 1101, person: 'Sanne de Vries', email: 's.devries@vanderberg-techniek.nl', slug: 'vanderberg' },
  { contactId: 111, name: 'IJsselmeer Software B.V.', personId: 1111, person: 'Joost van IJssel', email: 'joost@ijsselmeer-software.nl', slug: 'ijsselmeer' },
];

const RTL_COMPANY: Company = {
  contactId: 120,
  name: 'شركة النور للتجارة',
  personId: 1201,
  person: 'نورا الحسن',
  email: 'nora@alnoor-trading.ae',
  slug: 'alnoor',
};

const TASKS = {
  meeting: { id: 1, name: 'Meeting', taskType: 'Appointment' },
  internal: { id: 2, name: 'Internal meeting', taskType: 'Appointment' },
  video: { id: 3, name: 'Video meeting', taskType: 'Appointment' },
  phone: { id: 4, name: 'Phone call', taskType: 'Phone' },
  lunch: { id: 5, name: 'Lunch', taskType: 'Appointment' },
  conference: { id: 6, name: 'Conference', taskType: 'Appointment' },
  followUp: { id: 7, name: 'Follow-up', taskType: 'Appointment' },
} satisfies Record<string, DiaryTask>;

/** The bookings the organiser sends to every signed-in user, and how each user has answered. */
const BOOKINGS: ReadonlyArray<{ scenario: DiaryScenario; status: InvitationStatus }> = [
  { scenario: 'booking-invited', status: 'Invitation' },
  { scenario: 'booking-seen', status: 'Seen' },
  { scenario: 'booking-declined', status: 'Declined' },
  { scenario: 'booking-accepted', status: 'Accepted' },
];

interface Slot {
  day: number;
  hour: number;
  minute: number;
}

const BOOKING_TIMES: Record<string, { from: Slot; to: Slot; title: string; task: DiaryTask }> = {
  'booking-invited': { from: { day: 2, hour: 13, minute: 0 }, to: { day: 2, hour: 14, minute: 0 }, title: 'Product roadmap workshop', task: TASKS.internal },
  'booking-seen': { from: { day: 4, hour: 9, minute: 30 }, to: { day: 4, hour: 10, minute: 30 }, title: 'Budget alignment next year', task: TASKS.internal },
  'booking-declined': { from: { day: 1, hour: 16, minute: 0 }, to: { day: 1, hour: 17, minute: 0 }, title: 'Partner webinar dry-run', task: TASKS.video },
  'booking-accepted': { from: { day: 5, hour: 10, minute: 0 }, to: { day: 5, hour: 11, minute: 0 }, title: 'Sales kick-off planning', task: TASKS.internal },
};

/** Generates every row of the tenant's diary for `day`: the organiser's booking mothers, then each user's rows. */
export function generateDiary(ctx: string, users: ReadonlyArray<DiaryAssociate>, day: DiaryDay): DiaryAppointment[] {
  const key = dayKey(day);
  const at = (slot: Slot): string => {
    const date = new Date(Date.UTC(day.year, day.month - 1, day.day + slot.day));
    const ms = wallTimeToInstant(
      { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: slot.hour, minute: slot.minute, second: 0, millisecond: 0 },
      BASE_TIME_ZONE.iana,
    );
    return new Date(ms).toISOString();
  };
  const weekday = (offset: number): number => new Date(Date.UTC(day.year, day.month - 1, day.day + offset)).getUTCDay();
  const stamp = (offsetDays: number, minutes: number): string =>
    new Date(Date.UTC(day.year, day.month - 1, day.day + offsetDays, 7, 0, 0) + minutes * 60_000).toISOString();

  const rows: DiaryAppointment[] = [];
  const counters = new Map<number, number>();
  const nextId = (associateId: number): number => {
    const next = (counters.get(associateId) ?? 0) + 1;
    counters.set(associateId, next);
    return associateId * 1000 + next;
  };

  const base = (owner: DiaryAssociate, scenario: DiaryScenario, from: Slot, to: Slot): DiaryAppointment => {
    const appointmentId = nextId(owner.associateId);
    return {
      appointmentId,
      scenario,
      associateId: owner.associateId,
      start: at(from),
      end: at(to),
      allDay: false,
      title: '',
      description: '',
      agenda: '',
      location: '',
      task: TASKS.meeting,
      type: 'inDiary',
      private: 'Public',
      isFree: false,
      hasAlarm: true,
      alarmLeadMinutes: 10,
      completed: 'NotStarted',
      invitationStatus: 'None',
      joinVideomeetUrl: '',
      centralserviceVideomeetId: '',
      ownedExternally: '',
      participants: [participant(owner, 'None')],
      createdByAssociateId: owner.associateId,
      created: stamp(-10, appointmentId % 600),
      updated: stamp(-1, appointmentId % 600),
      updatedByAssociateId: owner.associateId,
    };
  };

  // The organiser's booking mothers: one per booking, every signed-in user invited.
  const mothers = new Map<DiaryScenario, DiaryAppointment>();
  for (const booking of BOOKINGS) {
    const plan = BOOKING_TIMES[booking.scenario];
    if (plan === undefined) continue;
    const mother = base(ORGANISER, 'booking-mother', plan.from, plan.to);
    mother.title = plan.title;
    mother.task = plan.task;
    mother.type = 'BookingForDiary';
    mother.booking = { motherId: mother.appointmentId, bookingType: 'Owner', organizerAssociateId: ORGANISER.associateId, rejectReason: '' };
    mother.participants = [participant(ORGANISER, 'Accepted'), ...users.map((user) => participant(user, booking.status))];
    const seed = `${ctx}:booking:${booking.scenario}:${key}`;
    if (booking.scenario === 'booking-declined') {
      mother.joinVideomeetUrl = zoomJoinUrl(seed);
      mother.location = mother.joinVideomeetUrl;
    } else if (booking.scenario === 'booking-invited') {
      mother.joinVideomeetUrl = teamsJoinUrl(ctx, seed);
      mother.location = 'Microsoft Teams Meeting';
    } else {
      const video = superOfficeVideo(ctx, seed);
      mother.joinVideomeetUrl = video.url;
      mother.centralserviceVideomeetId = video.id;
    }
    mother.description = `${plan.title}\nOrganised by ${ORGANISER.fullName}. Agenda follows.`;
    mothers.set(booking.scenario, mother);
    rows.push(mother);
  }

  users.forEach((user, index) => {
    const company = (slot: number): Company => COMPANIES[(slot + index * 4) % COMPANIES.length] as Company;
    const first = (name: string): string => name.split(' ')[0] ?? name;
    const seed = (what: string): string => `${ctx}:${user.associateId}:${what}:${key}`;
    const withContact = (row: DiaryAppointment, c: Company): DiaryAppointment => {
      row.contact = { id: c.contactId, name: c.name };
      row.person = { id: c.personId, fullName: c.person, email: c.email };
      row.participants = [participant(user, 'None'), { associateId: 0, personId: c.personId, contactId: c.contactId, name: c.person, emailAddress: c.email, invitationStatus: 'None' }];
      return row;
    };

    // Daily stand-up on workdays, one row per occurrence; the same Teams meeting for the whole team.
    const ruleId = user.associateId * 100 + 1;
    const occurrences: number[] = [];
    for (let offset = -7; offset <= 13; offset++) if (weekday(offset) !== 0 && weekday(offset) !== 6) occurrences.push(offset);
    const standupUrl = teamsJoinUrl(ctx, `${ctx}:standup`);
    const firstOccurrence = occurrences[0] ?? 0;
    const lastOccurrence = occurrences[occurrences.length - 1] ?? 0;
    for (const offset of occurrences) {
      const row = base(user, 'standup', { day: offset, hour: 9, minute: 0 }, { day: offset, hour: 9, minute: 15 });
      row.title = 'Daily stand-up';
      row.task = TASKS.internal;
      row.location = 'Microsoft Teams Meeting';
      row.joinVideomeetUrl = standupUrl;
      row.alarmLeadMinutes = 5;
      row.recurrence = {
        ruleId,
        pattern: 'Daily',
        dailyPattern: 'EveryWorkday',
        seriesStart: at({ day: firstOccurrence, hour: 9, minute: 0 }),
        seriesEnd: at({ day: lastOccurrence, hour: 9, minute: 0 }),
      };
      row.created = stamp(-30, 5);
      row.updated = stamp(-30, 5);
      rows.push(row);
    }

    const done = withContact(base(user, 'completed-earlier', { day: 0, hour: 8, minute: 0 }, { day: 0, hour: 8, minute: 30 }), company(1));
    done.title = `Prepare offer for ${company(1).name}`;
    done.task = TASKS.followUp;
    done.completed = 'Completed';
    done.hasAlarm = false;
    done.alarmLeadMinutes = 0;
    rows.push(done);

    const so = withContact(base(user, 'superoffice-video', { day: 0, hour: 10, minute: 0 }, { day: 0, hour: 11, minute: 0 }), company(0));
    const soVideo = superOfficeVideo(ctx, seed('superoffice-video'));
    so.title = `Quarterly review – ${company(0).name}`;
    so.task = TASKS.video;
    so.joinVideomeetUrl = soVideo.url;
    so.centralserviceVideomeetId = soVideo.id;
    so.location = 'Solheimsgaten 15, 5058 Bergen';
    so.description = `Quarterly review with ${company(0).person}.\nJoin from the video meeting link in the appointment.`;
    rows.push(so);

    const zoom = withContact(base(user, 'zoom-in-location', { day: 0, hour: 13, minute: 0 }, { day: 0, hour: 13, minute: 45 }), company(7));
    zoom.title = `Logistics sync – ${company(7).name}`;
    zoom.location = zoomJoinUrl(seed('zoom-in-location'));
    zoom.description = 'Agenda:\n1. Delivery schedule\n2. Prices for next year';
    rows.push(zoom);

    const meet = withContact(base(user, 'google-meet-in-description', { day: 1, hour: 11, minute: 0 }, { day: 1, hour: 11, minute: 30 }), company(5));
    const meetLink = meetUrl(seed('google-meet'));
    meet.title = 'Design handoff';
    meet.description =
      `Hi ${first(company(5).person)},\n\nlooking forward to walking through the new designs.\n\n` +
      `Join meeting: ${meetLink}\n` +
      `Join by phone: +47 21 04 28 85 PIN: ${digits(seed('meet-pin'), 9)}#\n` +
      `More phone numbers: https://tel.meet/${meetLink.slice('https://meet.google.com/'.length)}?pin=${digits(seed('meet-pin2'), 13)}`;
    rows.push(meet);

    const webexCompany = company(9);
    const webex = withContact(base(user, 'webex-html-description', { day: 1, hour: 14, minute: 0 }, { day: 1, hour: 15, minute: 0 }), webexCompany);
    const webexUrl = webexJoinUrl(webexCompany.slug, seed('webex'));
    const meetingNumber = `2${digits(seed('webex-number'), 9)}`;
    webex.title = 'Service contract renewal';
    webex.description =
      `<html><body><p>Hi ${first(user.fullName)},</p>` +
      `<p>${webexCompany.person} invites you to join this Webex meeting. Sales &amp; Service topics.</p>` +
      `<table><tr><td style="background-color:#00823b"><a href="${webexUrl}" style="color:#ffffff">Join meeting</a></td></tr></table>` +
      `<p>More ways to join:<br>Join from the meeting link<br><a href="${webexUrl}">${webexUrl}</a></p>` +
      `<p>Join by meeting number<br>Meeting number (access code): ${meetingNumber.slice(0, 4)} ${meetingNumber.slice(4, 7)} ${meetingNumber.slice(7)}<br>` +
      `Meeting password: ${hex(seed('webex-pw'), 10)}</p>` +
      `<p>Tap to join from a mobile device (attendees only)<br><a href="tel:%2B31-20-808-2256,,${meetingNumber}##">+31-20-808-2256,,${meetingNumber}##</a> Netherlands toll</p>` +
      `</body></html>`;
    rows.push(webex);

    const teamsCompany = company(3);
    const safe = withContact(base(user, 'safelinks-teams-in-description', { day: 2, hour: 10, minute: 0 }, { day: 2, hour: 11, minute: 0 }), teamsCompany);
    const teamsUrl = teamsJoinUrl(`${teamsCompany.slug}-tenant`, seed('safelinks-teams'));
    const recipient = user.email;
    safe.title = 'Machine maintenance planning';
    safe.description =
      `${'_'.repeat(80)}\n` +
      'Microsoft Teams meeting\n' +
      'Join on your computer, mobile app or room device\n' +
      `Click here to join the meeting<${safeLink(teamsUrl, recipient, seed('sl-join'))}>\n` +
      `Meeting ID: ${digits(seed('teams-id'), 3)} ${digits(seed('teams-id2'), 3)} ${digits(seed('teams-id3'), 3)} ${digits(seed('teams-id4'), 3)}\n` +
      `Passcode: ${hex(seed('teams-pass'), 6)}\n` +
      `Download Teams<${safeLink('https://www.microsoft.com/en-us/microsoft-teams/download-app', recipient, seed('sl-dl'))}> | ` +
      `Join on the web<${safeLink('https://www.microsoft.com/microsoft-teams/join-a-meeting', recipient, seed('sl-web'))}>\n` +
      `Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=${hex(seed('org'), 8)}&tenantId=${hex(seed('tid'), 8)}&threadId=19_meeting&messageId=0&language=en-US>\n` +
      `${'_'.repeat(80)}`;
    rows.push(safe);

    const allDay = base(user, 'all-day', { day: 3, hour: 0, minute: 0 }, { day: 4, hour: 0, minute: 0 });
    allDay.allDay = true;
    allDay.title = 'Nordic CRM Summit';
    allDay.task = TASKS.conference;
    allDay.location = 'Oslo Spektrum, Sonja Henies plass 2, 0185 Oslo';
    allDay.description = 'Conference day. Keynotes from 09:00, partner expo all day: https://example.com/nordic-crm-summit';
    allDay.hasAlarm = false;
    allDay.alarmLeadMinutes = 0;
    rows.push(allDay);

    for (const booking of BOOKINGS) {
      const plan = BOOKING_TIMES[booking.scenario];
      const mother = mothers.get(booking.scenario);
      if (plan === undefined || mother === undefined) continue;
      const row = base(user, booking.scenario, plan.from, plan.to);
      row.title = mother.title;
      row.task = mother.task;
      row.description = mother.description;
      row.location = mother.location;
      row.type = 'BookingForDiary';
      row.invitationStatus = booking.status;
      row.booking = {
        motherId: mother.appointmentId,
        bookingType: 'Participant',
        organizerAssociateId: ORGANISER.associateId,
        rejectReason: booking.status === 'Declined' ? 'Travelling that day' : '',
      };
      row.joinVideomeetUrl = mother.joinVideomeetUrl;
      row.centralserviceVideomeetId = mother.centralserviceVideomeetId;
      row.participants = mother.participants.map((p) => ({ ...p }));
      row.createdByAssociateId = ORGANISER.associateId;
      row.updatedByAssociateId = ORGANISER.associateId;
      row.hasAlarm = booking.status === 'Accepted';
      row.alarmLeadMinutes = row.hasAlarm ? 10 : 0;
      rows.push(row);
    }

    const overlapA = base(user, 'overlap-first', { day: 2, hour: 15, minute: 0 }, { day: 2, hour: 16, minute: 0 });
    overlapA.title = 'Pipeline review';
    overlapA.task = TASKS.internal;
    overlapA.joinVideomeetUrl = teamsJoinUrl(ctx, seed('pipeline'));
    overlapA.location = 'Microsoft Teams Meeting';
    rows.push(overlapA);

    const overlapB = withContact(base(user, 'overlap-second', { day: 2, hour: 15, minute: 30 }, { day: 2, hour: 16, minute: 15 }), company(4));
    const overlapVideo = superOfficeVideo(ctx, seed('overlap-second'));
    overlapB.title = `Call with ${company(4).person}`;
    overlapB.task = TASKS.video;
    overlapB.joinVideomeetUrl = overlapVideo.url;
    overlapB.centralserviceVideomeetId = overlapVideo.id;
    rows.push(overlapB);

    const lunchCompany = company(2);
    const lunch = withContact(base(user, 'no-link', { day: 5, hour: 12, minute: 0 }, { day: 5, hour: 13, minute: 0 }), lunchCompany);
    lunch.task = TASKS.lunch;
    lunch.title = '';
    lunch.location = 'Lysverket, Rasmus Meyers allé 9, 5015 Bergen';
    lunch.description =
      `Lunch with ${lunchCompany.person}\n` +
      'Table booked at Lysverket. Menu: https://lysverket.no/meny\n' +
      `Call ${first(lunchCompany.person)} if we are late: +47 922 33 445`;
    rows.push(lunch);

    const ongoingCompany = company(6);
    const ongoing = withContact(base(user, 'ongoing', { day: 0, hour: 0, minute: 0 }, { day: 0, hour: 0, minute: 50 }), ongoingCompany);
    const ongoingVideo = superOfficeVideo(ctx, seed('ongoing'));
    ongoing.followsClock = { startMinutes: -20, endMinutes: 30 };
    ongoing.title = `Support escalation – ${ongoingCompany.name}`;
    ongoing.task = TASKS.video;
    ongoing.joinVideomeetUrl = ongoingVideo.url;
    ongoing.centralserviceVideomeetId = ongoingVideo.id;
    rows.push(ongoing);

    const midnight = base(user, 'crosses-midnight', { day: 1, hour: 23, minute: 30 }, { day: 2, hour: 0, minute: 30 });
    midnight.title = 'Production release window';
    midnight.task = TASKS.internal;
    midnight.joinVideomeetUrl = teamsJoinUrl(ctx, seed('release'));
    midnight.location = 'Microsoft Teams Meeting';
    midnight.description = 'Deploy starts 23:30, rollback decision by 00:15.';
    rows.push(midnight);

    const htmlCompany = company(8);
    const html = withContact(base(user, 'html-title', { day: 4, hour: 14, minute: 0 }, { day: 4, hour: 15, minute: 0 }), htmlCompany);
    const htmlVideo = superOfficeVideo(ctx, seed('html-title'));
    html.title = '<b>Q4</b> & "review"';
    html.description = `Numbers & forecast for <Q4>. <img src=x onerror="alert(1)"> <script>alert('x')</script>\nWith ${htmlCompany.person}.`;
    html.location = '<i>Board room</i> & "Fjorden"';
    html.joinVideomeetUrl = htmlVideo.url;
    html.centralserviceVideomeetId = htmlVideo.id;
    rows.push(html);

    const rtl = withContact(base(user, 'rtl-name', { day: 6, hour: 10, minute: 0 }, { day: 6, hour: 10, minute: 30 }), RTL_COMPANY);
    rtl.title = `Intro call: ${RTL_COMPANY.person}`;
    rtl.task = TASKS.video;
    rtl.location = 'دبي';
    rtl.description = `مرحبا ${RTL_COMPANY.person}! Attachment: invoice\u202Efdp.exe\nPrice list \u2067v2\u2069 attached.`;
    rtl.joinVideomeetUrl = teamsJoinUrl(ctx, seed('rtl'));
    rows.push(rtl);

    const nextWeekCompany = company(10);
    const nextWeek = withContact(base(user, 'next-week', { day: 7, hour: 14, minute: 0 }, { day: 7, hour: 15, minute: 0 }), nextWeekCompany);
    const nextWeekVideo = superOfficeVideo(ctx, seed('next-week'));
    nextWeek.title = `Onboarding follow-up – ${nextWeekCompany.name}`;
    nextWeek.task = TASKS.video;
    nextWeek.joinVideomeetUrl = nextWeekVideo.url;
    nextWeek.centralserviceVideomeetId = nextWeekVideo.id;
    rows.push(nextWeek);
  });

  return rows;
}

function participant(who: DiaryAssociate, status: InvitationStatus): DiaryParticipant {
  return { associateId: who.associateId, personId: who.personId, contactId: who.contactId, name: who.fullName, emailAddress: who.email, invitationStatus: status };
}
