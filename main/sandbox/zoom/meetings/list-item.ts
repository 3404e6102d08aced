import type { ZoomMeeting } from './meeting.js';

/** One entry of List meetings' `meetings` array: a summary of the meeting (no passcode, settings or start URL). */
export type ZoomMeetingListItem = Pick<
  ZoomMeeting,
  'uuid' | 'id' | 'host_id' | 'topic' | 'type' | 'start_time' | 'duration' | 'timezone' | 'created_at' | 'join_url'
> & { agenda?: string };

/** The fields Zoom lists for a meeting, in its order; `agenda` only when the meeting has one. */
export function listItem(meeting: ZoomMeeting): ZoomMeetingListItem {
  return {
    uuid: meeting.uuid,
    id: meeting.id,
    host_id: meeting.host_id,
    topic: meeting.topic,
    type: meeting.type,
    ...(meeting.start_time === undefined ? {} : { start_time: meeting.start_time }),
    ...(meeting.duration === undefined ? {} : { duration: meeting.duration }),
    timezone: meeting.timezone,
    ...(meeting.agenda === '' ? {} : { agenda: meeting.agenda }),
    created_at: meeting.created_at,
    join_url: meeting.join_url,
  };
}
