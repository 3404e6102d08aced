import { applySelect } from '../diary/carriers.js';
import type { SuperOfficeSwitches } from '../switches.js';
import type { LoginLinks } from '../video-meetings/login-links.js';
import { VIDEO_MEETING_PROVIDER_ID } from '../video-meetings/provider.js';
import type { SandboxVideoMeetings } from '../video-meetings/video-meeting-store.js';
import { sendRestError } from './rest-errors.js';
import { jsonBody, selectParam } from './rest-request.js';
import type { RestContext, RestRoute } from './rest-route.js';

/** What the VideoMeeting agent calls need from the running sandbox. */
export interface VideoMeetingRouteDeps {
  videoMeetings: SandboxVideoMeetings;
  loginLinks: LoginLinks;
  switches: SuperOfficeSwitches;
}

const NOT_AUTHORISED =
  'The user has not authorised the video meeting service: open the LoginUrl from GetVideoMeetingConnectedState and authorise it first';

function service(deps: VideoMeetingRouteDeps): NonNullable<SuperOfficeSwitches['videoMeetingService']> {
  return deps.switches.videoMeetingService ?? 'available';
}

/**
 * 400 when the service cannot act for the caller: no provider on the tenant ('not-configured'), or the
 * user has not authorised it ("a user creating a video meeting needs to be configured"). True when it can.
 */
function ready(ctx: RestContext, deps: VideoMeetingRouteDeps): boolean {
  const { tenant, principal } = ctx.state;
  if (service(deps) === 'not-configured') {
    sendRestError(ctx, 400, `No video meeting provider is configured for ${tenant}`, 'SoException');
    return false;
  }
  if (!deps.videoMeetings.isAuthorised(tenant, principal.account.associateId)) {
    sendRestError(ctx, 400, NOT_AUTHORISED, 'SoException');
    return false;
  }
  return true;
}

/**
 * `POST v1/Agents/Appointment/GetVideoMeetingConnectedState` (no body) → UserConnectedState
 * `{IsConnected, ProviderId, LoginUrl}`; LoginUrl is the sandbox's authorise page on the sod host.
 * 'not-configured': false, "", ""; 'unsupported' (NetServer before 11.4): 404 like an unknown route.
 */
function connectedStateRoute(deps: VideoMeetingRouteDeps): RestRoute {
  return {
    method: 'POST',
    path: 'v1/Agents/Appointment/GetVideoMeetingConnectedState',
    handle(ctx: RestContext) {
      const mode = service(deps);
      if (mode === 'unsupported') {
        sendRestError(ctx, 404, `No resource at ${ctx.path}`, 'NotFound');
        return;
      }
      const { tenant, principal } = ctx.state;
      const associateId = principal.account.associateId;
      const state =
        mode === 'not-configured'
          ? { IsConnected: false, ProviderId: '', LoginUrl: '' }
          : {
              IsConnected: deps.videoMeetings.isAuthorised(tenant, associateId),
              ProviderId: VIDEO_MEETING_PROVIDER_ID,
              LoginUrl: deps.loginLinks.url({ ctx: tenant, associateId }),
            };
      ctx.body = applySelect(state, selectParam(ctx));
    },
  };
}

/**
 * `POST v1/Agents/Appointment/CreateVideoMeetingReservation` (no body) → VideoMeetingReservation
 * `{VideoMeetingId, VideoMeetingUrl, TableRight, FieldProperties}` for a connected user; 400 otherwise;
 * 'reservation_error': 500.
 */
function createReservationRoute(deps: VideoMeetingRouteDeps): RestRoute {
  return {
    method: 'POST',
    path: 'v1/Agents/Appointment/CreateVideoMeetingReservation',
    handle(ctx: RestContext) {
      if (!ready(ctx, deps)) return;
      if (service(deps) === 'reservation_error') {
        sendRestError(ctx, 500, 'The central video meeting service could not create a reservation (sandbox switch videoMeetingService=reservation_error)', 'SoServerException');
        return;
      }
      const { tenant, principal } = ctx.state;
      const reservation = deps.videoMeetings.reserve(tenant, principal.account.associateId);
      ctx.body = applySelect(
        { VideoMeetingId: reservation.videoMeetingId, VideoMeetingUrl: reservation.url, TableRight: null, FieldProperties: {} },
        selectParam(ctx),
      );
    },
  };
}

/** The VideoMeetingId of a `{"VideoMeetingId": "…"}` body (property name case-insensitive), or undefined. */
function videoMeetingId(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const entry = Object.entries(body).find(([key]) => key.toLowerCase() === 'videomeetingid');
  const value: unknown = entry?.[1];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * `POST v1/Agents/Appointment/DeleteVideoMeetingReservation` `{"VideoMeetingId": "<guid>"}` → 204.
 * A malformed body → 400; not configured / not connected → 400; an id that is unknown, already deleted
 * or someone else's → 404 (sandbox rule: SuperOffice documents only the 204).
 */
function deleteReservationRoute(deps: VideoMeetingRouteDeps): RestRoute {
  return {
    method: 'POST',
    path: 'v1/Agents/Appointment/DeleteVideoMeetingReservation',
    async handle(ctx: RestContext) {
      const body = await jsonBody(ctx, { empty: 'The request body is empty: send {"VideoMeetingId": "<guid>"}' });
      if (body === undefined) return;
      const id = videoMeetingId(body.value);
      if (id === undefined) {
        sendRestError(ctx, 400, 'The request body must be {"VideoMeetingId": "<guid>"}', 'ArgumentException');
        return;
      }
      if (!ready(ctx, deps)) return;
      const { tenant, principal } = ctx.state;
      if (!deps.videoMeetings.delete(tenant, principal.account.associateId, id)) {
        sendRestError(ctx, 404, `No video meeting reservation ${id} of this user`, 'NotFound');
        return;
      }
      ctx.status = 204;
    },
  };
}

/** The three VideoMeeting agent calls. */
export function videoMeetingRoutes(deps: VideoMeetingRouteDeps): RestRoute[] {
  return [connectedStateRoute(deps), createReservationRoute(deps), deleteReservationRoute(deps)];
}
