import type { MicrosoftUser } from '../users.js';
import { formatInZone, resolveTimeZone } from './event-time.js';
import type { EventRecord } from './meeting-store.js';

/** How to show start/end: in the zones the client sent ('original'), or in one zone (UTC by default on GET). */
export type EventView = 'original' | { name: string; zone: string };

function when(ms: number, zoneName: string, view: EventView): { dateTime: string; timeZone: string } {
  if (view === 'original') return { dateTime: formatInZone(ms, resolveTimeZone(zoneName) ?? 'UTC'), timeZone: zoneName };
  return { dateTime: formatInZone(ms, view.zone), timeZone: view.name };
}

/** Graph appends the Teams join block to an HTML body once the meeting exists. */
function bodyWithJoinInfo(event: EventRecord, meeting: EventRecord['onlineMeeting']): { contentType: string; content: string } {
  if (meeting === null || event.body.contentType !== 'html') return event.body;
  const href = meeting.joinUrl.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const block = `<div><hr><div>Microsoft Teams meeting</div><div><a href="${href}">Join the meeting now</a></div><div>Conference ID: ${meeting.conferenceId}</div><hr></div>`;
  return { contentType: 'html', content: `${event.body.content}${block}` };
}

/** An event resource as Graph returns it; `onlineMeeting` is passed in because reads may hide it. */
export function eventJson(event: EventRecord, user: MicrosoftUser, view: EventView, onlineMeeting: EventRecord['onlineMeeting']): Record<string, unknown> {
  const location = event.location ?? (event.isOnlineMeeting && event.onlineMeetingProvider === 'teamsForBusiness' ? { displayName: 'Microsoft Teams Meeting' } : { displayName: '' });
  const body = bodyWithJoinInfo(event, onlineMeeting);
  return {
    '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${user.id}')/events/$entity`,
    '@odata.etag': `W/"${event.changeKey}"`,
    id: event.id,
    createdDateTime: event.createdDateTime,
    lastModifiedDateTime: event.lastModifiedDateTime,
    changeKey: event.changeKey,
    categories: [],
    transactionId: event.transactionId,
    originalStartTimeZone: event.startZone,
    originalEndTimeZone: event.endZone,
    iCalUId: event.iCalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview: event.body.content.replace(/<[^>]*>/g, '').slice(0, 255),
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: false,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: true,
    seriesMasterId: null,
    showAs: 'busy',
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.onlineMeetingProvider,
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    body,
    start: when(event.startUtc, event.startZone, view),
    end: when(event.endUtc, event.endZone, view),
    location: { locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {}, ...location },
    locations: [],
    recurrence: null,
    attendees: event.attendees.map((attendee) => ({ type: 'required', status: { response: 'none', time: '0001-01-01T00:00:00Z' }, ...(attendee as object) })),
    organizer: { emailAddress: { name: user.displayName, address: user.username } },
    onlineMeeting,
  };
}

/** Applies `$select` (case-insensitive): the OData annotations and `id` always stay. */
export function selectFields(json: Record<string, unknown>, select: string | undefined): Record<string, unknown> {
  if (select === undefined || select.trim() === '') return json;
  const wanted = new Set(select.split(',').map((name) => name.trim().toLowerCase()));
  return Object.fromEntries(Object.entries(json).filter(([key]) => key.startsWith('@odata.') || key === 'id' || wanted.has(key.toLowerCase())));
}
