import type { StoredMeeting } from './meeting-store.js';
import { renderMeeting } from './meeting-view.js';

/** A scheduled meeting's id: the series id, `_`, and its start in UTC (`…_20191101T120000Z`), as Webex forms them. */
export function scheduledMeetingId(meeting: StoredMeeting): string {
  return `${meeting.id}_${new Date(meeting.startMs).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')}`;
}

/**
 * The (first) scheduled occurrence of a series as List Meetings returns it with `meetingType=scheduledMeeting`:
 * the series' fields without `recurrence`, its own id, `meetingSeriesId`, and state scheduled (missed once it
 * ended, since nobody starts meetings in the sandbox).
 */
export function renderScheduledMeeting(meeting: StoredMeeting, timeZone: string, now: number): Record<string, unknown> {
  const rendered = renderMeeting(meeting, timeZone);
  delete rendered.recurrence;
  return {
    ...rendered,
    id: scheduledMeetingId(meeting),
    meetingSeriesId: meeting.id,
    meetingType: 'scheduledMeeting',
    state: meeting.endMs > now ? 'scheduled' : 'missed',
    isModified: false,
  };
}
