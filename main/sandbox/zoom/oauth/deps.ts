import type { Clock } from '../clock.js';
import type { GrantStore } from '../grants.js';
import type { ZoomSwitches } from '../switches.js';
import type { BrowserState } from './browser-state.js';

/** What the OAuth host's routes share. */
export interface OAuthDeps {
  grants: GrantStore;
  browser: BrowserState;
  switches: ZoomSwitches;
  clock: Clock;
  /** The API host origin, returned as `api_url` in token responses. */
  apiOrigin: string;
  log: (line: string) => void;
}
