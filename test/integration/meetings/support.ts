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
