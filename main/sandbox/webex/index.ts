import { listenLoopback } from '../http/listen.js';
import { publicUser, WEBEX_ACCOUNTS, type WebexSandboxUser } from './accounts.js';
import { apiHostHandler } from './api-host.js';
import { MeetingStore } from './api/meeting-store.js';
import { renderMeeting } from './api/meeting-view.js';
import { brokerHostHandler } from './broker-host.js';
import { BrokerState } from './idbroker/transactions.js';
import { SANDBOX_INTEGRATION } from './integration.js';
import { OAuthStore } from './oauth/oauth-store.js';
import { defaultSwitches, type WebexSwitches } from './switches.js';

export type { WebexSandboxUser } from './accounts.js';
export type { MeetingPasswordPolicy, RetryAfterForm, WebexSwitches } from './switches.js';

/** What the app is configured with to reach this Webex. */
export interface WebexDescription {
  /** Like https://webexapis.com/v1, e.g. http://127.0.0.1:41234/v1. */
  apiBase: string;
  clientId: string;
  clientSecret: string;
}

/** A meeting that exists now, in the shape Get a Meeting returns (start/end in its own time zone). */
export type WebexMeeting = Record<string, unknown> & {
  id: string;
  meetingNumber: string;
  hostEmail: string;
  title: string;
  /** Absent when the meeting was created without one. */
  agenda?: string;
  start: string;
  end: string;
  webLink: string;
};

/** The Webex part of the sandbox. */
export interface WebexSandbox {
  describe(): WebexDescription;
  users: ReadonlyArray<WebexSandboxUser>;
  /** Mutable: tests flip fields directly. */
  switches: WebexSwitches;
  /** As if the user removed the integration in Webex: grants, tokens, codes and consent are gone. */
  revokeAll(username: string): void;
  meetings(): WebexMeeting[];
  /** The webexapis.com emulator's origin (API, /v1/authorize, /v1/access_token). */
  apiOrigin: string;
  /** The idbroker.webex.com emulator's origin (sign-in and permission pages). */
  brokerOrigin: string;
}

export interface RunningWebex {
  api: WebexSandbox;
  close(): Promise<void>;
}

/** Starts the webexapis.com and idbroker.webex.com emulators on 127.0.0.1, random ports. */
export async function startWebex(log: (line: string) => void): Promise<RunningWebex> {
  const listeners = await Promise.allSettled([listenLoopback(), listenLoopback()]);
  const [apiResult, brokerResult] = listeners;
  if (apiResult.status === 'rejected' || brokerResult.status === 'rejected') {
    await Promise.all(listeners.map((result) => (result.status === 'fulfilled' ? result.value.close() : undefined)));
    throw apiResult.status === 'rejected' ? apiResult.reason : (brokerResult as PromiseRejectedResult).reason;
  }
  const apiListener = apiResult.value;
  const brokerListener = brokerResult.value;
  const switches = defaultSwitches();
  const store = new OAuthStore();
  const brokerState = new BrokerState();
  const meetings = new MeetingStore();

  apiListener.setHandler(apiHostHandler({ store, switches, meetings, brokerOrigin: brokerListener.origin, log }));
  brokerListener.setHandler(brokerHostHandler({ store, state: brokerState, switches, log }));

  const api: WebexSandbox = {
    describe: () => ({ apiBase: `${apiListener.origin}/v1`, clientId: SANDBOX_INTEGRATION.clientId, clientSecret: SANDBOX_INTEGRATION.clientSecret }),
    users: WEBEX_ACCOUNTS.map(publicUser),
    switches,
    revokeAll(username) {
      const email = username.trim().toLowerCase();
      store.revokeUser(email);
      log(`[idbroker] integration removed by ${email}: grants, tokens and consent revoked`);
    },
    meetings: () => meetings.all().map((meeting) => renderMeeting(meeting) as WebexMeeting),
    apiOrigin: apiListener.origin,
    brokerOrigin: brokerListener.origin,
  };

  let closing: Promise<void> | undefined;
  return {
    api,
    close() {
      closing ??= (async () => {
        await Promise.all([apiListener.close(), brokerListener.close()]);
        store.clear();
        brokerState.clear();
        meetings.clear();
      })();
      return closing;
    },
  };
}
