import { z } from 'zod';
import type { InvitationStatus } from '../../preload/contract.js';
import type { SuperOfficeApi } from '../superoffice/superoffice-api.js';
import type { Appointment } from './appointment.js';
import { parseZonedDateTime } from './zoned-time.js';

/** The Appointment carrier fields GetMyDiary returns that the agenda uses (others are ignored). */
const carrierSchema = z.object({
  AppointmentId: z.number().int(),
  StartDate: z.string(),
  EndDate: z.string(),
  Title: z.string().nullish(),
  Description: z.string().nullish(),
  Agenda: z.string().nullish(),
  Location: z.string().nullish(),
  JoinVideomeetUrl: z.string().nullish(),
  ContactName: z.string().nullish(),
  PersonFullName: z.string().nullish(),
  IsAlldayEvent: z.boolean().nullish(),
  AllDay: z.boolean().nullish(),
  IsBooking: z.boolean().nullish(),
  IsRecurrence: z.boolean().nullish(),
  InvitationStatus: z.union([z.string(), z.number()]).nullish(),
  Task: z.string().nullish(),
  Type: z.string().nullish(),
});
export type DiaryCarrier = z.infer<typeof carrierSchema>;

const MAX_ITEMS = 500;

/** Upcoming appointments of the signed-in user: POST v1/Agents/Appointment/GetMyDiary {StartTime, EndTime, Count}. */
export async function fetchMyDiary(api: SuperOfficeApi, range: { from: number; to: number }, timeZone: string): Promise<Appointment[]> {
  const carriers = await api.post(
    'v1/Agents/Appointment/GetMyDiary',
    { StartTime: localIso(range.from, timeZone), EndTime: localIso(range.to, timeZone), Count: MAX_ITEMS },
    z.array(z.unknown()),
  );
  const appointments: Appointment[] = [];
  for (const raw of carriers) {
    // One malformed appointment must not hide the rest of the day.
    const parsed = carrierSchema.safeParse(raw);
    if (!parsed.success) continue;
    const appointment = toAppointment(parsed.data, timeZone);
    if (appointment) appointments.push(appointment);
  }
  return appointments;
}

/** Normalises a carrier; undefined when its times are unreadable. */
export function toAppointment(carrier: DiaryCarrier, timeZone: string): Appointment | undefined {
  const start = parseZonedDateTime(carrier.StartDate, timeZone);
  let end = parseZonedDateTime(carrier.EndDate, timeZone);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return undefined;
  // A start in a DST gap moves forward and may pass its end: keep the wall-clock duration instead.
  const wallDuration = parseZonedDateTime(carrier.EndDate, 'UTC') - parseZonedDateTime(carrier.StartDate, 'UTC');
  if (end <= start && wallDuration > 0) end = start + wallDuration;
  if (end < start) return undefined;
  const description = carrier.Description ?? '';
  const title = carrier.Title?.trim() || firstLine(description) || carrier.Task?.trim() || 'Appointment';
  return {
    id: carrier.AppointmentId,
    start,
    end: end === start ? start + 60_000 : end,
    allDay: Boolean(carrier.IsAlldayEvent ?? carrier.AllDay),
    title: title.slice(0, 300),
    description: [description, carrier.Agenda ?? ''].filter(Boolean).join('\n'),
    location: carrier.Location ?? '',
    joinVideomeetUrl: carrier.JoinVideomeetUrl ?? '',
    ...(carrier.ContactName ? { company: carrier.ContactName } : {}),
    ...(carrier.PersonFullName ? { contact: carrier.PersonFullName } : {}),
    invitation: invitationOf(carrier),
    recurring: Boolean(carrier.IsRecurrence),
  };
}

/**
 * SuperOffice's InvitationStatus (Unknown, None, Accepted, Hidden, Invitation, Moved, Seen, MovedSeen,
 * Declined, Cancelled) in the agenda's terms. SuperOffice has no "tentative": an invitation that was
 * opened but not answered (Seen, MovedSeen) or moved is "not answered"; Hidden and Cancelled are treated
 * like declined (not in the diary by default).
 */
export function invitationOf(carrier: Pick<DiaryCarrier, 'IsBooking' | 'InvitationStatus' | 'Type'>): InvitationStatus {
  const status = String(carrier.InvitationStatus ?? '').toLowerCase();
  if (/declin|reject|cancel|hidden/.test(status)) return 'declined';
  if (/tentative/.test(status)) return 'tentative';
  if (/accept/.test(status)) return 'accepted';
  const booking = Boolean(carrier.IsBooking) || /booking/i.test(carrier.Type ?? '');
  if (/invitation|moved|seen/.test(status)) return 'not-answered';
  return booking && status !== 'none' && status !== '' ? 'not-answered' : 'own';
}

function firstLine(text: string): string {
  return (text.replace(/<[^>]{0,200}>/g, ' ').split(/\r?\n/).find((line) => line.trim()) ?? '').trim().slice(0, 120);
}

/** An instant as SuperOffice's local ISO date-time (no offset) in `timeZone`. */
function localIso(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}
