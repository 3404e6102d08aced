import { randomBytes, randomInt } from 'node:crypto';
import type { ZoomAccount } from '../accounts.js';
import { INVALID_PASSWORD, validationFailed, type ZoomErrorBody } from '../api/errors.js';
import type { PasscodeRequirement } from '../switches.js';
import type { CreateMeetingBody, MeetingSettingsInput } from './create-schema.js';
import { defaultMeetingSettings, type ZoomMeeting, type ZoomMeetingSettings } from './meeting.js';
import { generatePasscode } from './passcode-generator.js';
import { passcodeViolation } from './passcode-rules.js';
import { formatZoomTime, isKnownTimeZone, parseStartTime } from './start-time.js';
import type { MeetingStore } from './store.js';

/** Where join and start links point (Zoom's web host for the account's cluster). */
export const ZOOM_WEB_ORIGIN = 'https://us05web.zoom.us';

export interface CreateMeetingInput {
  body: CreateMeetingBody;
  account: ZoomAccount;
  requirement: PasscodeRequirement;
  passcodeLocked: boolean;
  now: number;
  store: MeetingStore;
}

export type CreateOutcome = { ok: true; meeting: ZoomMeeting } | { ok: false; body: ZoomErrorBody; detail: string };

function meetingNumber(store: MeetingStore): number {
  for (;;) {
    const id = randomInt(10_000_000_000, 99_999_999_999);
    if (!store.has(id)) return id;
  }
}

/** A fresh start URL with a new ZAK (Zoom's expire after 2 hours; GET the meeting for a new one). */
export function startUrl(meetingId: number): string {
  const zak = `${Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'HS256' })).toString('base64url')}.${randomBytes(96).toString('base64url')}`;
  return `${ZOOM_WEB_ORIGIN}/s/${meetingId}?zak=${zak}`;
}

function numericPasscode(passcode: string): string {
  return /^\d+$/.test(passcode) ? passcode : String(randomInt(100_000, 999_999));
}

/** Known request settings over Zoom's defaults, then the security baseline: no passcode, waiting room or authentication → waiting room on. */
function effectiveSettings(input: MeetingSettingsInput | undefined, passcode: string | undefined): ZoomMeetingSettings {
  const settings = defaultMeetingSettings();
  for (const key of Object.keys(settings) as Array<keyof ZoomMeetingSettings>) {
    const value = input?.[key];
    if (value !== undefined) Object.assign(settings, { [key]: value });
  }
  if (passcode === undefined && !settings.waiting_room && !settings.meeting_authentication) settings.waiting_room = true;
  return settings;
}

/** The passcode the meeting ends up with, or an error when the requested one breaks the rules. */
function choosePasscode(input: CreateMeetingInput): { ok: true; passcode: string | undefined } | { ok: false; detail: string } {
  const requested = input.body.password;
  if (requested !== undefined && requested !== '') {
    const violation = passcodeViolation(requested, input.requirement);
    return violation === undefined ? { ok: true, passcode: requested } : { ok: false, detail: violation };
  }
  const generate = input.passcodeLocked || input.body.default_password === true;
  return { ok: true, passcode: generate ? generatePasscode(input.requirement) : undefined };
}

/** Validates a create request like Zoom and builds the meeting (not stored yet). */
export function createMeeting(input: CreateMeetingInput): CreateOutcome {
  const { body, account, now } = input;
  const type = body.type ?? 2;
  const timezone = body.timezone ?? account.timezone;
  if (!isKnownTimeZone(timezone)) return { ok: false, body: validationFailed(['timezone']), detail: 'unknown timezone' };
  if (type === 8 && body.recurrence === undefined) return { ok: false, body: validationFailed(['recurrence']), detail: 'type 8 needs recurrence' };
  let start = now;
  if (body.start_time !== undefined && type !== 1) {
    const parsed = parseStartTime(body.start_time, timezone);
    if (parsed === undefined) return { ok: false, body: validationFailed(['start_time']), detail: 'start_time form' };
    start = parsed;
  }
  const passcode = choosePasscode(input);
  if (!passcode.ok) return { ok: false, body: INVALID_PASSWORD, detail: passcode.detail };

  const id = meetingNumber(input.store);
  const encrypted = passcode.passcode === undefined ? undefined : `${randomBytes(22).toString('base64url')}.1`;
  const numeric = passcode.passcode === undefined ? undefined : numericPasscode(passcode.passcode);
  const meeting: ZoomMeeting = {
    uuid: randomBytes(16).toString('base64'),
    id,
    host_id: account.userId,
    host_email: account.username,
    topic: body.topic ?? `${account.displayName}'s Zoom Meeting`,
    type,
    status: 'waiting',
    ...(type === 3 ? {} : { start_time: formatZoomTime(start), duration: body.duration ?? 60 }),
    timezone,
    agenda: body.agenda ?? '',
    created_at: formatZoomTime(now),
    start_url: startUrl(id),
    join_url: `${ZOOM_WEB_ORIGIN}/j/${id}${encrypted === undefined ? '' : `?pwd=${encrypted}`}`,
    ...(passcode.passcode === undefined
      ? {}
      : {
          password: passcode.passcode,
          h323_password: numeric,
          pstn_password: numeric,
          encrypted_password: encrypted,
        }),
    pre_schedule: body.pre_schedule ?? false,
    ...(body.recurrence === undefined || (type !== 3 && type !== 8) ? {} : { recurrence: { ...body.recurrence } }),
    settings: effectiveSettings(body.settings, passcode.passcode),
    creation_source: 'open_api',
  };
  return { ok: true, meeting };
}
