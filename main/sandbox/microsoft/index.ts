import { listenLoopback } from '../http/listen.js';
import { SANDBOX_APP } from './app-registration.js';
import { SandboxClock } from './clock.js';
import { AuthCodes } from './codes.js';
import { ConsentGrants } from './consent.js';
import type { EntraContext } from './context.js';
import { AuthFlows } from './flows.js';
import { graphHandler } from './graph/graph-app.js';
import { MeetingStore } from './graph/meeting-store.js';
import { loginHandler } from './login-app.js';
import { listMeetings, type SandboxMeeting } from './meetings-view.js';
import { SignInSessions } from './sessions.js';
import { SigningKey } from './signing-key.js';
import { defaultSwitches, type MicrosoftSwitches } from './switches.js';
import { TENANT } from './tenant.js';
import { TokenStore } from './token-store.js';
import { findUser, SANDBOX_USERS, type MicrosoftUser } from './users.js';

export type { MicrosoftSwitches, RateLimitSwitch, RetryAfterForm } from './switches.js';
export type { MicrosoftUser } from './users.js';
export type { SandboxMeeting } from './meetings-view.js';

/** What the app is configured with to talk to this emulator (JSON-serialisable). */
export interface MicrosoftDescription {
  /** Origin only; stands for https://login.microsoftonline.com. */
  authority: string;
  /** The path segment the app uses: 'organizations'. */
  tenant: string;
  /** Stands for https://graph.microsoft.com/v1.0 (a separate listener). */
  graphBase: string;
  /** The public client's application id (no secret). */
  clientId: string;
}

/** The Microsoft (Entra ID + Graph) part of the sandbox. */
export interface MicrosoftSandbox {
  describe(): MicrosoftDescription;
  /** The Contoso tenant's id (what tokens carry in `tid` and `iss`). */
  tenantId: string;
  users: ReadonlyArray<MicrosoftUser>;
  /** Mutable: tests flip fields directly. */
  switches: MicrosoftSwitches;
  /** As if the user removed the app at myapps.microsoft.com: their consent, refresh and access tokens are gone (refresh → AADSTS50173). */
  revokeAll(username: string): void;
  /** As if an admin deleted the tenant-wide consent ("consent on behalf of your organization"). */
  revokeAdminConsent(): void;
  /** Standalone Teams meetings and calendar events that exist now. */
  meetings(): SandboxMeeting[];
  /** How many times anything called `POST /me/revokeSignInSessions` (the app never should). */
  readonly revokeSignInSessionsCalls: number;
  /** Moves the emulator's clock forward (code and token expiry); JWT claims keep real time. */
  advanceClock(seconds: number): void;
}

export interface RunningMicrosoft {
  api: MicrosoftSandbox;
  close(): Promise<void>;
}

/** Starts the Entra login host and the Graph host on 127.0.0.1 (random ports). */
export async function startMicrosoft(log: (line: string) => void): Promise<RunningMicrosoft> {
  const started = await Promise.allSettled([listenLoopback(), listenLoopback(), SigningKey.create()]);
  const [loginResult, graphResult, keyResult] = started;
  if (loginResult.status !== 'fulfilled' || graphResult.status !== 'fulfilled' || keyResult.status !== 'fulfilled') {
    await Promise.all([loginResult, graphResult].map((result) => (result.status === 'fulfilled' ? result.value.close() : undefined)));
    const failure = started.find((result) => result.status === 'rejected');
    throw failure?.status === 'rejected' ? failure.reason : new Error('microsoft sandbox failed to start');
  }
  const [login, graph, key] = [loginResult.value, graphResult.value, keyResult.value];
  const lifetime = new AbortController();
  const entra: EntraContext = {
    authority: login.origin,
    graphOrigin: graph.origin,
    switches: defaultSwitches(),
    clock: new SandboxClock(),
    key,
    consent: new ConsentGrants(),
    sessions: new SignInSessions(),
    flows: new AuthFlows(),
    codes: new AuthCodes(),
    tokens: new TokenStore(),
  };
  const store = new MeetingStore();
  let revokeCalls = 0;

  login.setHandler(loginHandler(entra, log));
  graph.setHandler(graphHandler({ entra, store, onRevokeSignInSessions: () => (revokeCalls += 1), signal: lifetime.signal, log }));

  const api: MicrosoftSandbox = {
    describe: () => ({ authority: login.origin, tenant: 'organizations', graphBase: `${graph.origin}/v1.0`, clientId: SANDBOX_APP.clientId }),
    tenantId: TENANT.id,
    users: SANDBOX_USERS,
    switches: entra.switches,
    revokeAll(username) {
      const user = findUser(username);
      if (user === undefined) throw new Error(`unknown sandbox user ${username}`);
      entra.consent.revokeUser(user.id);
      entra.tokens.revokeUser(user.id, 'app-removed', true);
      log(`[ms-login] app removed by ${user.username}: consent, refresh and access tokens revoked`);
    },
    revokeAdminConsent() {
      entra.consent.revokeTenant();
      log('[ms-login] tenant-wide admin consent removed');
    },
    meetings: () => listMeetings(store),
    get revokeSignInSessionsCalls() {
      return revokeCalls;
    },
    advanceClock(seconds) {
      entra.clock.advance(seconds);
    },
  };

  let closing: Promise<void> | undefined;
  return {
    api,
    close() {
      closing ??= (async () => {
        lifetime.abort();
        await Promise.all([login.close(), graph.close()]);
        entra.codes.clear();
        entra.tokens.clear();
        store.clear();
      })();
      return closing;
    },
  };
}
