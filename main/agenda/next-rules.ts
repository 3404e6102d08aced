import type { AgendaItem, AppointmentVideo, InvitationDisplay, JoinOption, Preferences } from '../../preload/contract.js';
import type { MeetingLinks } from '../links/resolve-join-link.js';
import { occurrenceKey, type Appointment } from './appointment.js';

/** A meeting about to start takes over from one still running (a meeting running late) this long before its start. */
export const SWITCH_WINDOW_MS = 5 * 60_000;

/** What the agenda uses of a join-link decision: the links, not the explanation (see findMeetingLinks). */
export type AgendaLinks = MeetingLinks;

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
  resolve: (appointment: Appointment) => AgendaLinks,
  /** The video meeting this app created for an appointment, if any. */
  videoOf: (appointmentId: number) => AppointmentVideo | undefined = () => undefined,
): AgendaComputation {
  const items: AgendaItem[] = [];
  const iso = isoTimes();
  const next = new NextMeeting(now);
  for (const appointment of inAgendaOrder(appointments)) {
    if (appointment.end <= now) continue;
    const display = displayOf(appointment, preferences);
    if (display === 'hide') continue;
    const decision = resolve(appointment);
    const join = decision.url && decision.service && decision.serviceName ? { service: decision.service, serviceName: decision.serviceName, url: decision.url } : undefined;
    const alternatives: JoinOption[] = decision.alternatives.map((c) => ({ service: c.service, serviceName: c.serviceName, url: c.url }));
    const video = videoOf(appointment.id);
    const start = iso(appointment.start);
    // Written field by field in the order the item has always had (optional ones only when present): cheaper
    // than spreading optional parts, and the same object.
    const item: ItemUnderConstruction = { key: occurrenceKey(appointment, start), appointmentId: appointment.id, title: appointment.title, start, end: iso(appointment.end), allDay: appointment.allDay };
    if (appointment.company) item.company = appointment.company;
    if (appointment.contact) item.contact = appointment.contact;
    if (appointment.location) item.location = appointment.location;
    item.invitation = appointment.invitation;
    item.dimmed = display === 'dim';
    item.phase = appointment.start <= now ? 'ongoing' : 'upcoming';
    if (join) item.join = join;
    item.alternatives = alternatives;
    item.canAddVideo = !join && !appointment.joinVideomeetUrl && appointment.invitation === 'own' && video === undefined;
    if (video) item.video = video;
    const complete = item as AgendaItem;
    items.push(complete);
    next.consider(complete);
  }
  const nextKey = next.pick()?.key;
  return nextKey ? { items, nextKey } : { items };
}

/** Agenda order: by start, all-day items first, then by title; ties keep the diary's order. */
function compareAppointments(a: Appointment, b: Appointment): number {
  return a.start - b.start || Number(b.allDay) - Number(a.allDay) || (a.title === b.title ? 0 : a.title.localeCompare(b.title));
}

/**
 * The appointments in agenda order (a stable sort by compareAppointments), with the start times sorted as
 * numbers (no comparator calls) and only the appointments sharing a start compared one by one.
 */
function inAgendaOrder(appointments: readonly Appointment[]): Appointment[] {
  const byStart = new Map<number, Appointment[]>();
  for (const appointment of appointments) {
    if (!Number.isFinite(appointment.start)) return [...appointments].sort(compareAppointments);
    const group = byStart.get(appointment.start);
    if (group) group.push(appointment);
    else byStart.set(appointment.start, [appointment]);
  }
  const sorted: Appointment[] = [];
  for (const start of Float64Array.from(byStart.keys()).sort()) {
    const group = byStart.get(start)!;
    if (group.length > 1) group.sort(compareAppointments);
    for (const appointment of group) sorted.push(appointment);
  }
  return sorted;
}

/** An AgendaItem while computeAgenda writes it: the leading fields set, the rest set in order before it is used. */
type ItemUnderConstruction = Pick<AgendaItem, 'key' | 'appointmentId' | 'title' | 'start' | 'end' | 'allDay'> & Partial<AgendaItem>;

/**
 * Epoch ms as ISO 8601, remembered per value for one computation: many appointments share a start or end
 * time, and writing a date out costs more than looking it up.
 */
function isoTimes(): (ms: number) => string {
  const written = new Map<number, string>();
  return (ms) => {
    let text = written.get(ms);
    if (text === undefined) {
      text = new Date(ms).toISOString();
      written.set(ms, text);
    }
    return text;
  };
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

/**
 * "What is next" in one pass over the items (in agenda order): the best imminent, ongoing and upcoming candidate
 * are kept as the items go by. Imminent and upcoming prefer the earliest start, ongoing the latest; then
 * accepted or own appointments; then the earlier listed (a later item replaces the best only when strictly better).
 */
class NextMeeting {
  private imminent: Candidate | undefined;
  private ongoing: Candidate | undefined;
  private upcoming: Candidate | undefined;

  constructor(private readonly now: number) {}

  consider(item: AgendaItem): void {
    if (!item.join || item.allDay || item.invitation === 'declined') return;
    const candidate: Candidate = { item, start: Date.parse(item.start), committed: item.invitation === 'own' || item.invitation === 'accepted' ? 0 : 1 };
    if (item.phase === 'ongoing') {
      if (!this.ongoing || candidate.start > this.ongoing.start || (candidate.start === this.ongoing.start && candidate.committed < this.ongoing.committed)) this.ongoing = candidate;
      return;
    }
    if (candidate.start - this.now <= SWITCH_WINDOW_MS && earlier(candidate, this.imminent)) this.imminent = candidate;
    if (earlier(candidate, this.upcoming)) this.upcoming = candidate;
  }

  pick(): AgendaItem | undefined {
    return (this.imminent ?? this.ongoing ?? this.upcoming)?.item;
  }
}

interface Candidate {
  item: AgendaItem;
  start: number;
  /** 0 for accepted or own appointments, 1 for the rest. */
  committed: number;
}

function earlier(candidate: Candidate, best: Candidate | undefined): boolean {
  return !best || candidate.start < best.start || (candidate.start === best.start && candidate.committed < best.committed);
}
