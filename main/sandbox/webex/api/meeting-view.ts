import { findAccount } from '../accounts.js';
import type { StoredMeeting } from './meeting-store.js';
import { formatMeetingTime } from './meeting-times.js';

/** The sandbox's Webex site. */
export const SITE_NAME = 'sandbox';
export const SITE_URL = `${SITE_NAME}.webex.com`;

/** The meeting series as GET/POST /meetings return it, with start and end in `timeZone`. */
export function renderMeeting(meeting: StoredMeeting, timeZone: string = meeting.timezone): Record<string, unknown> {
  const host = findAccount(meeting.hostEmail);
  return {
    id: meeting.id,
    meetingNumber: meeting.meetingNumber,
    title: meeting.title,
    ...(meeting.agenda === undefined ? {} : { agenda: meeting.agenda }),
    password: meeting.password,
    phoneAndVideoSystemPassword: meeting.phoneAndVideoSystemPassword,
    meetingType: 'meetingSeries',
    state: meeting.endMs > Date.now() ? 'active' : 'expired',
    timezone: timeZone,
    start: formatMeetingTime(meeting.startMs, timeZone),
    end: formatMeetingTime(meeting.endMs, timeZone),
    ...(meeting.recurrence === undefined ? {} : { recurrence: meeting.recurrence }),
    hostUserId: host?.personId ?? '',
    hostDisplayName: host?.displayName ?? meeting.hostEmail,
    hostEmail: meeting.hostEmail,
    hostKey: meeting.hostKey,
    siteUrl: SITE_URL,
    webLink: `https://${SITE_URL}/${SITE_NAME}/j.php?MTID=m${meeting.id}`,
    sipAddress: `${meeting.meetingNumber}@${SITE_URL}`,
    dialInIpAddress: '192.0.2.68',
    ...meeting.options,
  };
}
