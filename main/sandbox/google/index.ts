import { randomBytes, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'oidc-provider';
import { listenLoopback, type Listener } from '../http/listen.js';
import { loadOidcProvider, type LoadedOidcProvider } from '../http/quiet-oidc-provider.js';
import { findByEmail, GOOGLE_ACCOUNTS, publicUser, type GoogleUser } from './accounts.js';
import { CalendarStore, type GoogleMeeting } from './calendar/calendar-store.js';
import { googlePolicy } from './consent-policy.js';
import { accountsHost, apisHost, oauthHost } from './hosts.js';
import { OfflineCodes } from './offline-codes.js';
import { AUTHORIZATION_CODE_TTL_SECONDS, buildOidcConfiguration, GOOGLE_CLIENT } from './oidc-config.js';
import { installRedirectUriRule } from './redirect-uri-rule.js';
import { defaultSwitches, type GoogleSwitches } from './switches.js';
import { TokenStore } from './token-store.js';

export type { GoogleUser } from './accounts.js';
export type { GoogleMeeting } from './calendar/calendar-store.js';
export type { GoogleSwitches, RetryAfterForm } from './switches.js';

/** What the app is configured with to talk to the Google sandbox (JSON-serialisable). */
export interface GoogleDescription {
  /** Like https://accounts.google.com: discovery at {issuer}/.well-known/openid-configuration, authorize at {issuer}/o/oauth2/v2/auth. */
  issuer: string;
  /** Like https://www.googleapis.com/calendar/v3. */
  calendarApiBase: string;
  clientId: string;
  clientSecret: string;
}

/** The Google part of the sandbox: OpenID sign-in (oidc-provider at Google's paths) and Calendar with Meet. */
export interface GoogleSandbox {
  describe(): GoogleDescription;
  /** The sandbox accounts (password "sandbox"). */
  users: ReadonlyArray<GoogleUser>;
  /** Mutable: tests flip fields directly. */
  switches: GoogleSwitches;
  /** As if the user removed the app under "Third-party access": every token and the consent are gone. */
  revokeAll(username: string): Promise<void>;
  /** The Meet conferences that exist now (not failed, event not deleted), across all users. */
  meetings(): GoogleMeeting[];
}

export interface RunningGoogle {
  api: GoogleSandbox;
  close(): Promise<void>;
}

/**
 * Starts the Google emulator on three loopback listeners, one per Google host: accounts.google.com
 * (issuer), oauth2.googleapis.com (token, revoke, userinfo) and www.googleapis.com (JWKS, Calendar).
 */
export async function startGoogle(log: (line: string) => void): Promise<RunningGoogle> {
  const cleanups: Array<() => unknown> = [];
  try {
    const listening = Promise.all([listenLoopback(), listenLoopback(), listenLoopback()]);
    cleanups.push(async () => Promise.all(((await listening.catch(() => undefined)) ?? []).map((listener) => listener.close())));
    const loading = loadOidcProvider(log);
    cleanups.push(async () => (await loading.catch(() => undefined))?.release());
    const [listeners, oidc, signingKey] = await Promise.all([listening, loading, createSigningKey()]);
    return assemble(log, listeners, oidc, signingKey);
  } catch (error) {
    for (const cleanup of cleanups.reverse()) await cleanup();
    throw error;
  }
}

function assemble(
  log: (line: string) => void,
  [accountsListener, oauthListener, apisListener]: Listener[],
  oidc: LoadedOidcProvider,
  signingKey: JWK,
): RunningGoogle {
  if (accountsListener === undefined || oauthListener === undefined || apisListener === undefined) throw new Error('three listeners expected');
  const origins = { issuer: accountsListener.origin, oauth: oauthListener.origin, apis: apisListener.origin };
  const lifetime = new AbortController();
  const switches = defaultSwitches();
  const store = new TokenStore(() => switches.refreshTokenLimit);
  const offlineCodes = new OfflineCodes(AUTHORIZATION_CODE_TTL_SECONDS * 1000);
  const calendars = new CalendarStore();
  const cookieKeys = [randomBytes(32).toString('base64url')];

  const provider = new oidc.Provider(
    origins.issuer,
    buildOidcConfiguration({ signingKey, cookieKeys, switches, store, offlineCodes, policy: googlePolicy(oidc.interactionPolicy) }),
  );
  installRedirectUriRule(provider);
  provider.on('server_error', (_ctx: unknown, error: unknown) => log(`[google] oidc-provider server_error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));

  const deps = { provider, origins, store, offlineCodes, cookieKeys, log };
  accountsListener.setHandler(accountsHost(deps).callback());
  oauthListener.setHandler(oauthHost(deps).callback());
  apisListener.setHandler(apisHost(deps, { switches, store: calendars, lifetime: lifetime.signal }).callback());

  const api: GoogleSandbox = {
    describe: () => ({
      issuer: origins.issuer,
      calendarApiBase: `${origins.apis}/calendar/v3`,
      clientId: GOOGLE_CLIENT.clientId,
      clientSecret: GOOGLE_CLIENT.clientSecret,
    }),
    users: GOOGLE_ACCOUNTS.map(publicUser),
    switches,
    async revokeAll(username) {
      const account = findByEmail(username);
      if (account === undefined) throw new Error(`unknown Google sandbox user ${username}`);
      const grants = store.revokeAccess(account.sub, GOOGLE_CLIENT.clientId);
      log(`[google] ${account.username} removed the app under Third-party access (${grants} grant(s) revoked)`);
    },
    meetings: () => calendars.meetings(),
  };

  let closing: Promise<void> | undefined;
  return {
    api,
    close() {
      closing ??= (async () => {
        lifetime.abort();
        await Promise.all([accountsListener.close(), oauthListener.close(), apisListener.close()]);
        store.clear();
        offlineCodes.clear();
        calendars.clear();
        oidc.release();
      })();
      return closing;
    },
  };
}

async function createSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: randomUUID(), alg: 'RS256', use: 'sig' };
}
