import { z } from 'zod';
import { AppError, appError } from '../../core/app-error.js';
import { toAppError } from '../../oauth/oauth-errors.js';
import type { SuperOfficeApi } from '../../superoffice/superoffice-api.js';
import type { CreatedMeeting } from '../provider-adapter.js';

const reservationSchema = z.object({ VideoMeetingId: z.string().min(1), VideoMeetingUrl: z.url() });

/**
 * POST v1/Agents/Appointment/CreateVideoMeetingReservation: a meeting in SuperOffice's central meeting
 * service. The id goes into the appointment's CentralserviceVideomeetId, the URL into JoinVideomeetUrl.
 */
export async function reserveVideoMeeting(api: SuperOfficeApi): Promise<CreatedMeeting> {
  try {
    const reservation = await api.post('v1/Agents/Appointment/CreateVideoMeetingReservation', {}, reservationSchema);
    return { id: reservation.VideoMeetingId, joinUrl: reservation.VideoMeetingUrl, meetingId: reservation.VideoMeetingId };
  } catch (error) {
    throw asReservationError(error);
  }
}

/** POST v1/Agents/Appointment/DeleteVideoMeetingReservation {VideoMeetingId}; an unknown id is already gone. */
export async function deleteVideoMeetingReservation(api: SuperOfficeApi, videoMeetingId: string): Promise<void> {
  try {
    await api.postNoContent('v1/Agents/Appointment/DeleteVideoMeetingReservation', { VideoMeetingId: videoMeetingId });
  } catch (error) {
    if (toAppError(error).code !== 'not_found') throw error;
  }
}

/** SuperOffice's own failure text for a reservation that did not work; the network and sign-in keep theirs. */
function asReservationError(error: unknown): AppError {
  const failure = toAppError(error);
  return failure.code === 'server_error' || failure.code === 'bad_response' ? appError('reservation_failed') : failure;
}
