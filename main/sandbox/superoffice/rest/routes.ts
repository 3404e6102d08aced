import { appointmentPatchRoute } from './appointment-patch-route.js';
import { currentPrincipalRoute } from './current-principal.js';
import { diaryRoutes, type DiaryRouteDeps } from './diary-routes.js';
import { foreignSystemRoutes, type ForeignSystemRouteDeps } from './foreign-system-routes.js';
import type { RestRoute } from './rest-route.js';
import { videoMeetingRoutes, type VideoMeetingRouteDeps } from './video-meeting-routes.js';

/** Every REST resource the sandbox serves on a numbered tenant host. */
export const REST_ROUTES: ReadonlyArray<RestRoute> = [currentPrincipalRoute];

/** What routes with state need from the running sandbox. */
export type RestRouteDeps = DiaryRouteDeps & VideoMeetingRouteDeps & ForeignSystemRouteDeps;

/** REST_ROUTES plus the routes that need the sandbox's state (the diary, the video meeting service, foreign keys). */
export function restRoutes(deps: RestRouteDeps): ReadonlyArray<RestRoute> {
  return [...REST_ROUTES, ...diaryRoutes(deps), appointmentPatchRoute(deps), ...videoMeetingRoutes(deps), ...foreignSystemRoutes(deps)];
}
