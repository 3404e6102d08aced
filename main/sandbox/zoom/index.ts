import { listenLoopback, type Listener } from '../http/listen.js';
import { publicUser, ZOOM_ACCOUNTS, type ZoomSandboxUser } from './accounts.js';
import { apiHostHandler } from './api/index.js';
import { CONFIDENTIAL_CLIENT, PUBLIC_CLIENT, REGISTERED_REDIRECT_URI } from './clients.js';
import { Clock } from './clock.js';
import { GrantStore } from './grants.js';
import type { ZoomMeeting } from './meetings/meeting.js';
import { MeetingStore } from './meetings/store.js';
import { BrowserState } from './oauth/browser-state.js';
import { oauthHostHandler } from './oauth/index.js';
import { defaultSwitches, type ZoomSwitches } from './switches.js';

export type { ZoomSandboxUser } from './accounts.js';
export type { ZoomMeeting, ZoomMeetingSettings } from './meetings/meeting.js';
export type { PasscodeRequirement, RetryAfterForm, ZoomSwitches } from './switches.js';

/** What the app is configured with to talk to Zoom (or to this sandbox). */
export interface ZoomDescription {
  /** Like https://zoom.us: serves /oauth/authorize, /oauth/token, /oauth/revoke. */
  oauthOrigin: string;
  /** Like https://api.zoom.us/v2: a separate listener, e.g. http://127.0.0.1:P2/v2. */
  apiBase: string;
  clientId: string;
  clientSecret: string;
}

/** The Zoom part of the sandbox. */
export interface ZoomSandbox {
  /** The confidential General app's configuration (JSON-serialisable). */
  describe(): ZoomDescription;
  /** The 2026 public client id (PKCE, `client_id` in the body, no secret); also accepted everywhere. */
  publicClientId: string;
  /** The registered redirect URL; any port may be added (`http://127.0.0.1:{port}/zoom/callback`). */
  redirectUri: string;
  users: ReadonlyArray<ZoomSandboxUser>;
  /** Mutable: tests flip fields directly. */
  switches: ZoomSwitches;
  /** As if the user removed the app in the Zoom Marketplace: grants and tokens die, consent is asked again. */
  revokeAll(username: string): void;
  /** The meetings that exist now (copies), every user's. */
  meetings(): ZoomMeeting[];
  /** Moves the sandbox clock forward: codes (5 min) and access tokens expire without waiting. */
  advanceTime(seconds: number): void;
}

export interface RunningZoom {
  api: ZoomSandbox;
  close(): Promise<void>;
}

/** Starts the zoom.us (OAuth) and api.zoom.us emulators on two loopback listeners. */
export async function startZoom(log: (line: string) => void): Promise<RunningZoom> {
  const listeners = await Promise.allSettled([listenLoopback(), listenLoopback()]);
  const opened = listeners.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  if (opened.length !== 2) {
    await Promise.all(opened.map((listener) => listener.close()));
    throw new Error('zoom sandbox: could not open its loopback listeners');
  }
  const [oauthListener, apiListener] = opened as [Listener, Listener];
  const lifetime = new AbortController();
  const clock = new Clock();
  const grants = new GrantStore(clock);
  const meetings = new MeetingStore();
  const browser = new BrowserState(clock);
  const switches = defaultSwitches(() => {
    const count = grants.supersedeAll();
    log(`[zoom] anotherDevice: ${count} grant(s) superseded (4741)`);
  });

  oauthListener.setHandler(oauthHostHandler({ grants, browser, switches, clock, apiOrigin: apiListener.origin, log }));
  apiListener.setHandler(apiHostHandler({ grants, meetings, switches, clock, log, signal: lifetime.signal }));

  const api: ZoomSandbox = {
    describe: () => ({
      oauthOrigin: oauthListener.origin,
      apiBase: `${apiListener.origin}/v2`,
      clientId: CONFIDENTIAL_CLIENT.clientId,
      clientSecret: CONFIDENTIAL_CLIENT.clientSecret ?? '',
    }),
    publicClientId: PUBLIC_CLIENT.clientId,
    redirectUri: REGISTERED_REDIRECT_URI,
    users: ZOOM_ACCOUNTS.map(publicUser),
    switches,
    revokeAll(username) {
      const user = username.trim().toLowerCase();
      const count = grants.revokeUser(user);
      browser.forgetApprovals(user);
      log(`[zoom] app removed by ${user}: ${count} grant(s) revoked`);
    },
    meetings: () => meetings.list(),
    advanceTime: (seconds) => clock.advance(seconds),
  };

  let closing: Promise<void> | undefined;
  return {
    api,
    close() {
      closing ??= (async () => {
        lifetime.abort();
        await Promise.all([oauthListener.close(), apiListener.close()]);
      })();
      return closing;
    },
  };
}
