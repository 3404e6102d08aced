import { z } from 'zod';
import type { WebexAccount } from '../accounts.js';
import { digits, hex32 } from '../ids.js';
import type { WebexSwitches } from '../switches.js';
import type { StoredMeeting } from './meeting-store.js';
import { generatePassword, passwordProblems } from './meeting-password.js';
import { isTimeZone, parseMeetingTime } from './meeting-times.js';
import { SITE_URL } from './meeting-view.js';

const flag = z.boolean().optional();

/** The Create a Meeting body fields the sandbox understands; unknown fields are ignored, as by Webex. */
export const createMeetingSchema = z.object({
  title: z.string(),
  agenda: z.string().optional(),
  password: z.string().optional(),
  start: z.string(),
  end: z.string(),
  timezone: z.string().optional(),
  recurrence: z.string().optional(),
  enabledAutoRecordMeeting: flag,
  allowAnyUserToBeCoHost: flag,
  enabledJoinBeforeHost: flag,
  enableConnectAudioBeforeHost: flag,
  joinBeforeHostMinutes: z.union([z.literal(0), z.literal(5), z.literal(10), z.literal(15)]).optional(),
  excludePassword: flag,
  publicMeeting: flag,
  reminderTime: z.number().int().min(0).optional(),
  unlockedMeetingJoinSecurity: z.enum(['allowJoin', 'allowJoinWithLobby', 'blockFromJoin']).optional(),
  enableAutomaticLock: flag,
  automaticLockMinutes: z.number().int().min(0).optional(),
  allowFirstUserToBeCoHost: flag,
  allowAuthenticatedDevices: flag,
  scheduledType: z.enum(['meeting', 'webinar', 'personalRoomMeeting']).optional(),
  invitees: z.array(z.object({ email: z.string(), displayName: z.string().optional(), coHost: flag, panelist: flag })).max(1000).optional(),
  sendEmail: flag,
  hostEmail: z.string().optional(),
  siteUrl: z.string().optional(),
});

export type CreateMeetingBody = z.infer<typeof createMeetingSchema>;

export type CreateResult = { ok: StoredMeeting } | { status: 400 | 403; message: string; descriptions?: string[] };

const MINUTE = 60_000;
const TEN_YEARS = 10 * 365.25 * 24 * 60 * MINUTE;

/** Webex's documented rules for a new (non-ad-hoc) meeting, then the stored meeting series. */
export function createMeeting(body: unknown, host: WebexAccount, switches: WebexSwitches, now: number): CreateResult {
  const parsed = createMeetingSchema.safeParse(body);
  if (!parsed.success) {
    const descriptions = parsed.error.issues.map((issue) => `Invalid or missing parameter '${issue.path.join('.') || '(body)'}': ${issue.message}`);
    return { status: 400, message: descriptions[0] ?? 'Invalid request body', descriptions };
  }
  const input = parsed.data;
  const bad = (message: string, descriptions?: string[]): CreateResult => ({ status: 400, message, ...(descriptions === undefined ? {} : { descriptions }) });
  if (input.title.trim() === '') return bad("Parameter 'title' cannot be empty.");
  if (input.title.length > 128) return bad("Parameter 'title' can be a maximum of 128 characters long.");
  if (input.agenda !== undefined && input.agenda.length > 1300) return bad("Parameter 'agenda' can be a maximum of 1300 characters long.");
  if (input.hostEmail !== undefined && input.hostEmail.trim().toLowerCase() !== host.email) {
    return { status: 403, message: 'Only a user with admin-level scopes can schedule a meeting for another host.' };
  }
  if (input.siteUrl !== undefined && input.siteUrl !== SITE_URL) return bad(`Parameter 'siteUrl' is not a site the user has access to: ${input.siteUrl}`);
  if ((input.scheduledType ?? 'meeting') !== 'meeting') return bad(`scheduledType ${input.scheduledType ?? ''} is not supported by the sandbox.`);
  const timezone = input.timezone ?? host.timezone;
  if (!isTimeZone(timezone)) return bad(`Parameter 'timezone' is not a valid IANA time zone: ${timezone}`);
  const requestedStart = parseMeetingTime(input.start, timezone);
  const requestedEnd = parseMeetingTime(input.end, timezone);
  if (requestedStart === undefined) return bad("Parameter 'start' is not a valid ISO 8601 date-time.");
  if (requestedEnd === undefined) return bad("Parameter 'end' is not a valid ISO 8601 date-time.");
  // Accurate to minutes: a start inside the current minute moves to the next minute; seconds are dropped.
  const nowMinute = Math.floor(now / MINUTE) * MINUTE;
  const startMinute = Math.floor(requestedStart / MINUTE) * MINUTE;
  if (requestedStart < now && startMinute !== nowMinute) return bad("Parameter 'start' or 'end' is before current time.");
  if (requestedEnd < now) return bad("Parameter 'start' or 'end' is before current time.");
  const startMs = startMinute === nowMinute ? nowMinute + MINUTE : startMinute;
  const endMs = Math.floor(requestedEnd / MINUTE) * MINUTE;
  if (endMs <= startMs) return bad("Parameter 'start' must be before 'end'.");
  if (endMs - startMs < 10 * MINUTE || endMs - startMs > (23 * 60 + 59) * MINUTE) {
    return bad('The duration between start and end cannot be shorter than 10 minutes or longer than 23 hours 59 minutes.');
  }
  if (startMs >= now + TEN_YEARS) return bad("You can't create a meeting that starts 10 years or more in the future.");
  let password = input.password;
  if (password === undefined || password === '') {
    password = generatePassword(switches.meetingPasswordPolicy);
  } else {
    const problems = passwordProblems(password, switches.meetingPasswordPolicy);
    if (problems.length > 0) return bad("Parameter 'password' does not meet the site's password complexity requirements.", problems);
  }
  const options: Record<string, boolean | number | string> = {
    enabledAutoRecordMeeting: input.enabledAutoRecordMeeting ?? false,
    allowAnyUserToBeCoHost: input.allowAnyUserToBeCoHost ?? false,
    enabledJoinBeforeHost: input.enabledJoinBeforeHost ?? false,
    enableConnectAudioBeforeHost: input.enableConnectAudioBeforeHost ?? false,
    joinBeforeHostMinutes: input.joinBeforeHostMinutes ?? 0,
    excludePassword: input.excludePassword ?? false,
    publicMeeting: input.publicMeeting ?? false,
    reminderTime: input.reminderTime ?? 10,
    unlockedMeetingJoinSecurity: input.unlockedMeetingJoinSecurity ?? 'allowJoin',
    sessionTypeId: 3,
    scheduledType: 'meeting',
    enabledWebcastView: false,
    enableAutomaticLock: input.enableAutomaticLock ?? false,
    automaticLockMinutes: input.automaticLockMinutes ?? 0,
    allowFirstUserToBeCoHost: input.allowFirstUserToBeCoHost ?? false,
    allowAuthenticatedDevices: input.allowAuthenticatedDevices ?? false,
  };
  return {
    ok: {
      id: hex32(),
      meetingNumber: digits(11),
      title: input.title,
      ...(input.agenda === undefined ? {} : { agenda: input.agenda }),
      password,
      phoneAndVideoSystemPassword: digits(8),
      timezone,
      startMs,
      endMs,
      ...(input.recurrence === undefined ? {} : { recurrence: input.recurrence }),
      hostEmail: host.email,
      hostKey: digits(6),
      options,
      createdAt: now,
    },
  };
}
