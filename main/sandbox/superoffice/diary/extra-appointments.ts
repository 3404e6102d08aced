import type { DiaryAppointment, DiaryAssociate, DiaryTask } from './appointment-record.js';
import type { DiaryDay } from './diary-data.js';
import { digits, hex, meetUrl, safeLink, superOfficeVideo, teamsJoinUrl, webexJoinUrl, zoomJoinUrl } from './meeting-links.js';
import { BASE_TIME_ZONE, wallTimeToInstant } from './time-zones.js';

/**
 * The `diaryExtraPerDay` switch: a big diary for load and benchmark runs (`npm run bench`). With N > 0, each
 * signed-in user's diary gets N more appointments on every day of the data set (D-7 … D+13), between 07:00
 * and 19:00 base-zone time, overlapping freely, each with a realistic invite text of about 1 kB: Teams
 * (Safe Links-wrapped), Zoom, Webex (HTML), Google Meet, a SuperOffice video link in JoinVideomeetUrl, or
 * no link at all (an address, a document link and phone numbers). Deterministic: the same day, tenant,
 * user and N give the same rows. Their ids are `associateId * 1_000_000 + 100_000 + dayIndex * 1000 + n`
 * (dayIndex 0 … 20 for D-7 … D+13), so they never collide with the scripted rows' `associateId * 1000 + n`.
 */
export const MAX_EXTRA_PER_DAY = 500;

const FIRST_DAY = -7;
const LAST_DAY = 13;

const TASK: DiaryTask = { id: 1, name: 'Meeting', taskType: 'Appointment' };
const VIDEO_TASK: DiaryTask = { id: 3, name: 'Video meeting', taskType: 'Appointment' };

const PEOPLE = [
  { contactId: 201, company: 'Brekke Marine AS', person: 'Hilde Brekke', email: 'hilde@brekke-marine.no', slug: 'brekke' },
  { contactId: 202, company: 'Lunde Regnskap AS', person: 'Per Lunde', email: 'per.lunde@lunde-regnskap.no', slug: 'lunde' },
  { contactId: 203, company: 'Sundqvist Verkstad AB', person: 'Maja Sundqvist', email: 'maja@sundqvist-verkstad.se', slug: 'sundqvist' },
  { contactId: 204, company: 'Holm & Friis ApS', person: 'Rasmus Holm', email: 'rh@holm-friis.dk', slug: 'holmfriis' },
  { contactId: 205, company: 'Keller Antriebstechnik GmbH', person: 'Lena Keller', email: 'l.keller@keller-antrieb.de', slug: 'keller' },
  { contactId: 206, company: 'De Wit Installaties B.V.', person: 'Pieter de Wit', email: 'p.dewit@dewit-installaties.nl', slug: 'dewit' },
] as const;

const TOPICS = ['Contract renewal', 'Onboarding check-in', 'Pricing follow-up', 'Support review', 'Project status', 'Demo of new modules'];

const NOTES =
  'Agenda:\n1. Status since last meeting\n2. Open support cases and response times\n3. Next quarter: volumes, prices and delivery dates\n' +
  '4. Any other business\nPlease send questions in advance so that we can bring the right people. ' +
  'Minutes will be shared in the customer portal afterwards.';

/** The extra rows of every signed-in user for the data set of `day` (none when `perDay` is 0). */
export function generateExtraAppointments(ctx: string, users: ReadonlyArray<DiaryAssociate>, day: DiaryDay, perDay: number): DiaryAppointment[] {
  const count = Math.max(0, Math.min(MAX_EXTRA_PER_DAY, Math.floor(perDay)));
  if (count === 0) return [];
  const rows: DiaryAppointment[] = [];
  for (const user of users) {
    for (let offset = FIRST_DAY; offset <= LAST_DAY; offset++) {
      for (let n = 0; n < count; n++) rows.push(extraRow(ctx, user, day, offset, n, count));
    }
  }
  return rows;
}

function extraRow(ctx: string, user: DiaryAssociate, day: DiaryDay, offset: number, n: number, count: number): DiaryAppointment {
  const appointmentId = user.associateId * 1_000_000 + 100_000 + (offset - FIRST_DAY) * 1000 + n;
  const seed = `${ctx}:${user.associateId}:extra:${offset}:${n}`;
  const who = PEOPLE[(n + offset + 14) % PEOPLE.length]!;
  const topic = TOPICS[(n * 7 + offset + 21) % TOPICS.length]!;
  // Starts spread over 07:00–18:00 in 5-minute steps; 15 to 60 minutes long, so all end by 19:00.
  const startMinute = 7 * 60 + Math.floor((n * (11 * 60)) / count / 5) * 5;
  const minutes = 15 * (1 + (n % 4));
  const at = (minute: number): string => {
    const date = new Date(Date.UTC(day.year, day.month - 1, day.day + offset));
    const wall = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: 0, minute: 0, second: 0, millisecond: 0 };
    return new Date(wallTimeToInstant(wall, BASE_TIME_ZONE.iana) + minute * 60_000).toISOString();
  };
  const stamp = new Date(Date.UTC(day.year, day.month - 1, day.day - 2, 7, 0, 0) + (n % 600) * 60_000).toISOString();
  const row: DiaryAppointment = {
    appointmentId,
    scenario: 'extra',
    associateId: user.associateId,
    start: at(startMinute),
    end: at(startMinute + minutes),
    allDay: false,
    title: `${topic} – ${who.company}`,
    description: '',
    agenda: '',
    location: '',
    task: TASK,
    type: 'inDiary',
    private: 'Public',
    isFree: false,
    contact: { id: who.contactId, name: who.company },
    person: { id: who.contactId * 10 + 1, fullName: who.person, email: who.email },
    hasAlarm: true,
    alarmLeadMinutes: 10,
    completed: 'NotStarted',
    invitationStatus: 'None',
    joinVideomeetUrl: '',
    centralserviceVideomeetId: '',
    ownedExternally: '',
    participants: [
      { associateId: user.associateId, personId: user.personId, contactId: user.contactId, name: user.fullName, emailAddress: user.email, invitationStatus: 'None' },
      { associateId: 0, personId: who.contactId * 10 + 1, contactId: who.contactId, name: who.person, emailAddress: who.email, invitationStatus: 'None' },
    ],
    createdByAssociateId: user.associateId,
    created: stamp,
    updated: stamp,
    updatedByAssociateId: user.associateId,
  };
  const first = who.person.split(' ')[0] ?? who.person;
  switch (n % 6) {
    case 0: {
      const url = teamsJoinUrl(`${who.slug}-tenant`, seed);
      row.location = 'Microsoft Teams Meeting';
      row.task = VIDEO_TASK;
      row.description =
        `Hi ${first},\n\n${NOTES}\n${'_'.repeat(64)}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n` +
        `Click here to join the meeting<${safeLink(url, user.email, seed)}>\n` +
        `Meeting ID: ${digits(`${seed}:id`, 3)} ${digits(`${seed}:id2`, 3)} ${digits(`${seed}:id3`, 3)}\nPasscode: ${hex(`${seed}:pc`, 6)}\n` +
        `Or call in (audio only)\n+47 21 40 32 66,,${digits(`${seed}:conf`, 9)}# Norway, Oslo\n` +
        `Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=${hex(`${seed}:o`, 8)}>\n${'_'.repeat(64)}`;
      break;
    }
    case 1: {
      const url = zoomJoinUrl(seed);
      const id = /\/j\/(\d+)/.exec(url)?.[1] ?? '';
      row.task = VIDEO_TASK;
      row.description =
        `${user.fullName} is inviting you to a scheduled Zoom meeting.\n\nTopic: ${row.title}\n\nJoin Zoom Meeting\n${url}\n\n` +
        `Meeting ID: ${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7)}\nPasscode: ${digits(`${seed}:pc`, 6)}\n\n---\n\nOne tap mobile\n` +
        `+4721933737,,${id}# Norway\n+4723965010,,${id}# Norway\n\nDial by your location\n• +47 2193 3737 Norway\n• +46 8 4468 2488 Sweden\n` +
        `Find your local number: https://us06web.zoom.us/u/k${hex(`${seed}:u`, 8)}\n\n${NOTES}`;
      break;
    }
    case 2: {
      const url = webexJoinUrl(who.slug, seed);
      const number = `2${digits(`${seed}:n`, 9)}`;
      row.task = VIDEO_TASK;
      row.description =
        `<html><body><p>Hello ${first},</p><p>${user.fullName} invites you to join this Webex meeting.</p>` +
        `<table><tr><td style="background-color:#00823b"><a href="${url}" style="color:#ffffff">Join meeting</a></td></tr></table>` +
        `<p>More ways to join:<br><a href="${url}">${url}</a></p>` +
        `<p>Meeting number (access code): ${number.slice(0, 4)} ${number.slice(4, 7)} ${number.slice(7)}<br>Meeting password: ${hex(`${seed}:pw`, 10)}</p>` +
        `<p><a href="tel:%2B47-2103-9850,,${number}##">+47-2103-9850,,${number}##</a> Norway toll</p>` +
        `<p>${NOTES.replaceAll('\n', '<br>')}</p></body></html>`;
      break;
    }
    case 3: {
      const url = meetUrl(seed);
      row.description =
        `Hi ${first},\n\n${NOTES}\n\nJoin with Google Meet: ${url}\nJoin by phone: +47 21 04 28 85 PIN: ${digits(`${seed}:pin`, 9)}#\n` +
        `More phone numbers: https://tel.meet/${url.slice('https://meet.google.com/'.length)}?pin=${digits(`${seed}:pin2`, 13)}\n` +
        'Learn more about Meet at: https://support.google.com/a/users/answer/9282720';
      break;
    }
    case 4: {
      const video = superOfficeVideo(ctx, seed);
      row.task = VIDEO_TASK;
      row.joinVideomeetUrl = video.url;
      row.centralserviceVideomeetId = video.id;
      row.description = `Meeting with ${who.person} (${who.company}).\n${NOTES}\nBackground: https://www.${who.slug}.example/about\nMobile: +47 9${digits(`${seed}:m`, 7)}`;
      break;
    }
    default: {
      row.location = `${who.company}, Storgata ${1 + (n % 90)}, 0155 Oslo`;
      row.description =
        `Visit at ${who.company}. Meet ${who.person} in the reception.\n${NOTES}\n` +
        `Offer draft: https://${ctx.toLowerCase()}.sharepoint.com/sites/sales/Shared%20Documents/offer-${hex(`${seed}:doc`, 6)}.docx\n` +
        `Call ${first} if we are late: +47 9${digits(`${seed}:tel`, 7)}, switchboard +47 22 00 00 00.`;
    }
  }
  return row;
}
