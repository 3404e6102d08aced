import type { Clock } from '../clock.js';
import type { Grant, GrantStore } from '../grants.js';
import type { MeetingStore } from '../meetings/store.js';
import type { ZoomSwitches } from '../switches.js';

/** What the API host's middleware and routes share. */
export interface ApiDeps {
  grants: GrantStore;
  meetings: MeetingStore;
  switches: ZoomSwitches;
  clock: Clock;
  log: (line: string) => void;
  /** Aborted when the sandbox closes (cuts slowMs waits short). */
  signal: AbortSignal;
}

/** Koa state after bearer authentication. */
export interface ApiState {
  grant: Grant;
}
