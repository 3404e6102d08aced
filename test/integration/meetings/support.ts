import type { AgendaItem, ProviderId } from '../../../preload/contract.js';
import type { CoreApp } from '../../support/core-app.js';

/**
 * Signs in to SuperOffice and loads a week's agenda. The clock stays real: provider tokens and id_tokens are
 * checked against it, and a week of the sandbox diary always holds own appointments without a link.
 */
export async function signedInApp(app: CoreApp): Promise<void> {
  await app.call('connect', 'superoffice');
  await app.call('setPreferences', { horizonDays: 7 });
  await app.call('refreshAgenda');
}

/** The user's own upcoming appointments (not all-day) that can get a video meeting, soonest first. */
export async function addable(app: CoreApp): Promise<AgendaItem[]> {
  return (await app.call('getAgenda')).items.filter((item) => item.canAddVideo && item.phase === 'upcoming' && !item.allDay);
}

/** The appointment as the SuperOffice sandbox holds it now. */
export function stored(app: CoreApp, appointmentId: number) {
  const row = app.sandbox.superoffice.diary.get(appointmentId);
  if (!row) throw new Error(`appointment ${appointmentId} is not in the sandbox`);
  return row;
}

/** Meetings that exist at the provider's sandbox now (not deleted). */
export function liveMeetings(app: CoreApp, provider: ProviderId): Array<{ joinUrl: string }> {
  const { zoom, google, microsoft, webex } = app.sandbox;
  switch (provider) {
    case 'zoom':
      return zoom.meetings().map((meeting) => ({ joinUrl: meeting.join_url }));
    case 'google':
      return google.meetings().map((meeting) => ({ joinUrl: meeting.meetUrl }));
    case 'teams':
      return microsoft.meetings().flatMap((meeting) => (meeting.joinUrl ? [{ joinUrl: meeting.joinUrl }] : []));
    case 'webex':
      return webex.meetings().map((meeting) => ({ joinUrl: String(meeting.webLink) }));
    case 'superoffice-video':
      return app.sandbox.superoffice.videoMeetings.reservations().filter((reservation) => !reservation.deleted).map((reservation) => ({ joinUrl: reservation.url }));
    default:
      return [];
  }
}

/** The sandbox accounts the person signs in with at each provider. */
export const PROVIDER_USERS = {
  zoom: { username: 'zoe@example.com', password: 'sandbox' },
  google: { username: 'gina@example.com', password: 'sandbox' },
  teams: { username: 'adele@contoso.example', password: 'sandbox' },
  webex: { username: 'wendy@example.com', password: 'sandbox' },
} as const;

/** Connects the provider (the sandbox's person signs in and allows) and makes it the active one. */
export async function useProvider(app: CoreApp, provider: ProviderId): Promise<void> {
  if (provider === 'superoffice-video') app.sandbox.superoffice.videoMeetings.authorise(5);
  if (provider in PROVIDER_USERS) app.person.user = { ...PROVIDER_USERS[provider as keyof typeof PROVIDER_USERS] };
  await app.call('connect', provider);
  await app.call('setActiveProvider', provider);
}

/** The sandbox's own appointment without a link that is always in a week's agenda ('no-link', D+5 12:00–13:00). */
export function noLinkRow(app: CoreApp) {
  const row = app.sandbox.superoffice.diary.list(5).find((candidate) => candidate.scenario === 'no-link');
  if (!row) throw new Error('the sandbox diary has no no-link row');
  return row;
}

/** A Location a user typed into SuperOffice. */
export const USER_LOCATION = 'Lysverket, Rasmus Meyers allé 9, 5015 Bergen';

/**
 * Pins the appointment a test works on: the 'no-link' row, titled and with `location` (empty, or one the user
 * wrote) as if the user had edited it in SuperOffice; the agenda is refreshed and its item returned.
 */
export async function pinnedAppointment(app: CoreApp, location: string): Promise<AgendaItem> {
  const { appointmentId } = noLinkRow(app);
  app.sandbox.superoffice.diary.update(appointmentId, (row) => {
    row.title = 'Budget review with Fjord AS';
    row.location = location;
  });
  await app.call('refreshAgenda');
  const item = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === appointmentId);
  if (!item?.canAddVideo) throw new Error(`appointment ${appointmentId} is not addable in the agenda`);
  return item;
}

/** The meeting as the provider's sandbox holds it: title, start, duration, time zone and passcode where it keeps them. */
export function providerMeeting(app: CoreApp, provider: ProviderId, joinUrl: string): { title?: string | null; start: number; minutes: number; timeZone?: string; passcode?: string } | undefined {
  const minutes = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / 60_000;
  switch (provider) {
    case 'zoom': {
      const meeting = app.sandbox.zoom.meetings().find((candidate) => candidate.join_url === joinUrl);
      return meeting && { title: meeting.topic, start: Date.parse(meeting.start_time ?? ''), minutes: meeting.duration ?? 0, timeZone: meeting.timezone, ...(meeting.password ? { passcode: meeting.password } : {}) };
    }
    case 'google': {
      const meeting = app.sandbox.google.meetings().find((candidate) => candidate.meetUrl === joinUrl);
      return meeting && { title: meeting.summary ?? null, start: Date.parse(meeting.start), minutes: minutes(meeting.start, meeting.end), ...(meeting.timeZone ? { timeZone: meeting.timeZone } : {}) };
    }
    case 'teams': {
      const meeting = app.sandbox.microsoft.meetings().find((candidate) => candidate.joinUrl === joinUrl);
      return meeting && { title: meeting.subject, start: Date.parse(meeting.start), minutes: minutes(meeting.start, meeting.end) };
    }
    case 'webex': {
      const meeting = app.sandbox.webex.meetings().find((candidate) => String(candidate.webLink) === joinUrl);
      return meeting && { title: String(meeting.title), start: Date.parse(String(meeting.start)), minutes: minutes(String(meeting.start), String(meeting.end)), timeZone: String(meeting.timezone), passcode: String(meeting.password) };
    }
    default:
      return undefined;
  }
}

/** Waits (polling) until `condition` holds, e.g. for a write the SuperOffice sandbox applies late. */
export async function eventually(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
