import type { InvitationStatus } from '../../preload/contract.js';
import type { Appointment } from '../agenda/appointment.js';

/**
 * A deterministic diary for the agenda benchmark: N appointments with realistic invite texts of about
 * 1 kB each (Teams with Safe Links, Zoom with dial-in numbers, Webex as HTML, Google Meet, a SuperOffice
 * video link in JoinVideomeetUrl, and visits without a link but with web, document and phone links),
 * spread over two weeks from `now`. Same seed, same diary.
 */

/** mulberry32: a small seeded PRNG, good enough for test data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPANIES = [
  ['Nordlys Energi AS', 'Ingrid Solberg', 'nordlys'],
  ['Fjellstad Bygg AS', 'Ola Fjellstad', 'fjellstad'],
  ['Skogsberg Maskin AB', 'Erik Lindqvist', 'skogsberg'],
  ['Nørregaard Design ApS', 'Mette Kjærgaard', 'norregaard'],
  ['Müller Logistik GmbH', 'Jürgen Müller', 'muellerlogistik'],
  ['Van der Berg Techniek B.V.', 'Sanne de Vries', 'vanderberg'],
  ['Brekke Marine AS', 'Hilde Brekke', 'brekke'],
  ['Lunde Regnskap AS', 'Per Lunde', 'lunde'],
] as const;

const TOPICS = ['Contract renewal', 'Onboarding check-in', 'Pricing follow-up', 'Support review', 'Project status', 'Demo of new modules', 'Quarterly review'];

const NOTES = [
  'Agenda: 1) status since last meeting 2) open support cases and response times 3) volumes, prices and delivery dates for next quarter.',
  'Please send questions in advance so that we can bring the right people; minutes will be shared in the customer portal afterwards.',
  'Parking is available in the garage under the building, entrance from the side street. Ask for a visitor card in the reception.',
  'We will also look at the integration with the ERP system and the migration plan for the old data (about 40 000 records).',
  'Bring the signed NDA if you have not sent it yet. The updated price list (v3, 12 pages) is attached to the follow-up in SuperOffice.',
];

export interface SyntheticDiary {
  appointments: Appointment[];
  /** Characters of JoinVideomeetUrl, Location and Description over all appointments (the text the resolver reads). */
  textChars: number;
}

export function syntheticDiary(count: number, now: number, seed = 20261123): SyntheticDiary {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const digits = (length: number): string => Array.from({ length }, (_, i) => String(Math.floor(random() * 10) || (i === 0 ? 7 : 0))).join('');
  const hex = (length: number): string => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
  const alpha = (length: number): string => Array.from({ length }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]).join('');
  const guid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const pad = (text: string, target: number): string => {
    let out = text;
    while (out.length < target) out += `\n${pick(NOTES)}`;
    return out;
  };

  const dayStart = Math.floor(now / 86_400_000) * 86_400_000;
  const appointments: Appointment[] = [];
  let textChars = 0;
  for (let id = 1; id <= count; id++) {
    const [company, person, slug] = pick(COMPANIES);
    const first = person.split(' ')[0]!;
    const topic = pick(TOPICS);
    // Two weeks from today, 07:00–18:55 UTC in 5-minute steps, 15–90 minutes long.
    const start = dayStart + Math.floor(random() * 14) * 86_400_000 + (7 * 60 + Math.floor(random() * 144) * 5) * 60_000;
    const end = start + (1 + Math.floor(random() * 6)) * 15 * 60_000;
    let description = '';
    let location = '';
    let joinVideomeetUrl = '';
    switch (id % 6) {
      case 0: {
        const join = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${encodeURIComponent(btoa(guid()).replace(/=+$/, ''))}%40thread.v2/0?context=%7b%22Tid%22%3a%22${guid()}%22%2c%22Oid%22%3a%22${guid()}%22%7d`;
        const safe = `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(join)}&data=05%7C02%7Calice%40example.com%7C${hex(32)}%7C${guid()}%7C0%7C0%7C638${digits(15)}&sdata=${hex(40)}%3D&reserved=0`;
        location = 'Microsoft Teams Meeting';
        description = pad(
          `Hi ${first},\n\n${pick(NOTES)}\n${'_'.repeat(64)}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n` +
            `Click here to join the meeting<${safe}>\nMeeting ID: ${digits(3)} ${digits(3)} ${digits(3)} ${digits(3)}\nPasscode: ${hex(6)}\n` +
            `Or call in (audio only)\n+47 21 40 32 66,,${digits(9)}# Norway, Oslo\nLearn More<https://aka.ms/JoinTeamsMeeting> | ` +
            `Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=${guid()}&tenantId=${guid()}>\n${'_'.repeat(64)}`,
          1000,
        );
        break;
      }
      case 1: {
        const meeting = `8${digits(10)}`;
        description = pad(
          `Alice Andersen is inviting you to a scheduled Zoom meeting.\n\nTopic: ${topic}\nTime: see the appointment\n\nJoin Zoom Meeting\n` +
            `https://us06web.zoom.us/j/${meeting}?pwd=${alpha(32)}.1\n\nMeeting ID: ${meeting.slice(0, 3)} ${meeting.slice(3, 7)} ${meeting.slice(7)}\nPasscode: ${digits(6)}\n\n---\n\n` +
            `One tap mobile\n+4721933737,,${meeting}# Norway\n+4723965010,,${meeting}# Norway\n\nDial by your location\n• +47 2193 3737 Norway\n• +46 8 4468 2488 Sweden\n` +
            `Find your local number: https://us06web.zoom.us/u/k${alpha(8)}`,
          1000,
        );
        break;
      }
      case 2: {
        const url = `https://${slug}.webex.com/${slug}/j.php?MTID=m${hex(32)}`;
        const number = `2${digits(9)}`;
        description =
          `<html><body><p>Hello ${first},</p><p>Alice Andersen invites you to join this Webex meeting. Sales &amp; Service topics.</p>` +
          `<table><tr><td style="background-color:#00823b"><a href="${url}" style="color:#ffffff">Join meeting</a></td></tr></table>` +
          `<p>More ways to join:<br><a href="${url}">${url}</a></p><p>Meeting number (access code): ${number.slice(0, 4)} ${number.slice(4, 7)} ${number.slice(7)}<br>` +
          `Meeting password: ${hex(10)}</p><p><a href="tel:%2B47-2103-9850,,${number}##">+47-2103-9850,,${number}##</a> Norway toll</p>` +
          `<p>${pick(NOTES)}</p></body></html>`;
        break;
      }
      case 3: {
        const code = `${alpha(3)}-${alpha(4)}-${alpha(3)}`;
        description = pad(
          `Hi ${first},\n\n${pick(NOTES)}\n\nJoin with Google Meet: https://meet.google.com/${code}\nJoin by phone: +47 21 04 28 85 PIN: ${digits(9)}#\n` +
            `More phone numbers: https://tel.meet/${code}?pin=${digits(13)}\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720`,
          1000,
        );
        break;
      }
      case 4:
        joinVideomeetUrl = `https://cust12345.meetings.superoffice.com/join/${guid()}`;
        location = 'Solheimsgaten 15, 5058 Bergen';
        description = pad(`Meeting with ${person} (${company}).\nBackground: https://www.${slug}.example/about\nMobile: +47 9${digits(7)}`, 1000);
        break;
      default:
        location = `${company}, Storgata ${1 + Math.floor(random() * 90)}, 0155 Oslo`;
        description = pad(
          `Visit at ${company}. Meet ${person} in the reception.\nOffer draft: https://cust12345.sharepoint.com/sites/sales/Shared%20Documents/offer-${hex(6)}.docx\n` +
            `Call ${first} if we are late: +47 9${digits(7)}, switchboard +47 22 00 00 00.`,
          1000,
        );
    }
    const roll = random();
    const invitation: InvitationStatus = roll < 0.7 ? 'own' : roll < 0.85 ? 'accepted' : roll < 0.95 ? 'not-answered' : 'declined';
    textChars += description.length + location.length + joinVideomeetUrl.length;
    appointments.push({
      id,
      start,
      end,
      allDay: id % 97 === 0,
      title: `${topic} – ${company}`,
      description,
      location,
      joinVideomeetUrl,
      company,
      contact: person,
      invitation,
      recurring: false,
    });
  }
  // The app's texts come from JSON (GetMyDiary): flat strings, not the rope strings concatenation builds.
  return { appointments: JSON.parse(JSON.stringify(appointments)) as Appointment[], textChars };
}
