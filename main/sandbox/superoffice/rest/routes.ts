import { currentPrincipalRoute } from './current-principal.js';
import { diaryRoutes, type DiaryRouteDeps } from './diary-routes.js';
import type { RestRoute } from './rest-route.js';

/** Every REST resource the sandbox serves on a numbered tenant host. */
export const REST_ROUTES: ReadonlyArray<RestRoute> = [currentPrincipalRoute];

/** What routes with state need from the running sandbox. */
export type RestRouteDeps = DiaryRouteDeps;

/** REST_ROUTES plus the routes that need the sandbox's state (the diary). */
export function restRoutes(deps: RestRouteDeps): ReadonlyArray<RestRoute> {
  return [...REST_ROUTES, ...diaryRoutes(deps)];
}
