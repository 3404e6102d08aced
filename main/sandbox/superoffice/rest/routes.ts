import { currentPrincipalRoute } from './current-principal.js';
import type { RestRoute } from './rest-route.js';

/** Every REST resource the sandbox serves on a numbered tenant host. */
export const REST_ROUTES: ReadonlyArray<RestRoute> = [currentPrincipalRoute];
