import type { AgendaItem, AppointmentVideo, InvitationDisplay, JoinOption, Preferences } from '../../preload/contract.js';
import type { JoinLinkDecision } from '../links/resolve-join-link.js';
import { occurrenceKey, type Appointment } from './appointment.js';

/** A meeting about to start takes over from one still running (a meeting running late) this long before its start. */
export const SWITCH_WINDOW_MS = 5 * 60_000;

export interface AgendaComputation {
  items: AgendaItem[];
  nextKey?: string;
}

/**
 * The agenda at `now` (the rules are in the README, "What is next"):
 * - ended appointments drop out; all-day items are listed but never "next" and never joined automatically;
 * - invitations are shown, dimmed or hidden per the user's preferences (declined: hidden by default);
 * - the next meeting is, among items with a join link that are not declined: an upcoming one starting within
 *   5 minutes (it takes over from one running late), else the ongoing one that started last, else the
 *   earliest upcoming one; ties prefer accepted or own appointments, then the earlier listed;
 * - all times are instants, so time zones and DST changes cannot shift them; a clock moved by the user
 *   simply moves `now`;
 * - a video meeting can be added to the user's own appointments (not to invitations: the organiser owns
 *   those) that have no meeting link yet.
 */
export function computeAgenda(
  appointments: readonly Appointment[],
  now: number,
  preferences: Pick<Preferences, 'invitations'>,
  resolve: (appointment: Appointment) => JoinLinkDecision,
  /** The video meeting this app created for an appointment, if any. */
  videoOf: (appointmentId: number) => AppointmentVideo | undefined = () => undefined,
): AgendaComputation {
  const items: AgendaItem[] = [];
  const sorted = [...appointments].sort((a, b) => a.start - b.start || Number(b.allDay) - Number(a.allDay) || a.title.localeCompare(b.title));
  for (const appointment of sorted) {
    if (appointment.end <= now) continue;
    const display = displayOf(appointment, preferences);
    if (display === 'hide') continue;
    const decision = resolve(appointment);
    const join = decision.url && decision.service && decision.serviceName ? { service: decision.service, serviceName: decision.serviceName, url: decision.url } : undefined;
    const alternatives: JoinOption[] = decision.alternatives.map((c) => ({ service: c.service, serviceName: c.serviceName, url: c.url }));
    const video = videoOf(appointment.id);
    items.push({
      key: occurrenceKey(appointment),
      appointmentId: appointment.id,
      title: appointment.title,
      start: new Date(appointment.start).toISOString(),
      end: new Date(appointment.end).toISOString(),
      allDay: appointment.allDay,
      ...(appointment.company ? { company: appointment.company } : {}),
      ...(appointment.contact ? { contact: appointment.contact } : {}),
      ...(appointment.location ? { location: appointment.location } : {}),
      invitation: appointment.invitation,
      dimmed: display === 'dim',
      phase: appointment.start <= now ? 'ongoing' : 'upcoming',
      ...(join ? { join } : {}),
      alternatives,
      canAddVideo: !join && !appointment.joinVideomeetUrl && appointment.invitation === 'own' && video === undefined,
      ...(video ? { video } : {}),
    });
  }
  const next = pickNext(items, now);
  return next ? { items, nextKey: next.key } : { items };
}

function displayOf(appointment: Appointment, preferences: Pick<Preferences, 'invitations'>): InvitationDisplay {
  switch (appointment.invitation) {
    case 'declined':
      return preferences.invitations.declined;
    case 'tentative':
      return preferences.invitations.tentative;
    case 'not-answered':
      return preferences.invitations.notAnswered;
    default:
      return 'show';
  }
}

function pickNext(items: AgendaItem[], now: number): AgendaItem | undefined {
  const candidates = items.filter((item) => item.join && !item.allDay && item.invitation !== 'declined');
  const committed = (item: AgendaItem) => (item.invitation === 'own' || item.invitation === 'accepted' ? 0 : 1);
  const byPreference = (a: AgendaItem, b: AgendaItem) => committed(a) - committed(b);
  const startOf = (item: AgendaItem) => Date.parse(item.start);

  const imminent = candidates.filter((item) => item.phase === 'upcoming' && startOf(item) - now <= SWITCH_WINDOW_MS);
  if (imminent.length) return [...imminent].sort((a, b) => startOf(a) - startOf(b) || byPreference(a, b))[0];
  const ongoing = candidates.filter((item) => item.phase === 'ongoing');
  if (ongoing.length) return [...ongoing].sort((a, b) => startOf(b) - startOf(a) || byPreference(a, b))[0];
  const upcoming = candidates.filter((item) => item.phase === 'upcoming');
  return [...upcoming].sort((a, b) => startOf(a) - startOf(b) || byPreference(a, b))[0];
}
