import { randomBytes, randomUUID } from 'node:crypto';
import Koa from 'koa';
import mount from 'koa-mount';
import { exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'oidc-provider';
import { controlRoutes } from '../control/switches-api.js';
import { listenLoopback, type Listener } from '../http/listen.js';
import { loadOidcProvider, type LoadedOidcProvider } from '../http/quiet-oidc-provider.js';
import { requestLog } from '../http/request-log.js';
import { publicUser, SANDBOX_ACCOUNTS, sandboxTenants, type SandboxUser } from './accounts.js';
import { Approvals } from './approvals.js';
import { discoveryQuirks } from './discovery-quirks.js';
import { interactionRoutes } from './interactions.js';
import { OidcMemoryStore } from '../http/oidc-memory-store.js';
import { misdirectedOnAuthority } from './misdirected.js';
import { buildOidcConfiguration, OIDC_MOUNT_PATH, OIDC_ROUTES, SANDBOX_CLIENT } from './oidc-config.js';
import { pkcePlainFallback } from './pkce-plain.js';
import { tokenEndpointSwitch } from './token-endpoint-switch.js';
import { installRedirectUriRule } from './redirect-uri-rule.js';
import { tenantHostHandler } from './rest/index.js';
import { restRoutes } from './rest/routes.js';
import { diaryApi, SandboxDiary, type SuperOfficeDiaryApi } from './diary/diary-store.js';
import { foreignSystemApi, SandboxForeignSystem, type SuperOfficeForeignSystemApi } from './foreign-system/foreign-system-store.js';
import { authoriseRoutes } from './video-meetings/authorise-routes.js';
import { LoginLinks } from './video-meetings/login-links.js';
import { SandboxVideoMeetings, videoMeetingsApi, type SuperOfficeVideoMeetingsApi } from './video-meetings/video-meeting-store.js';
import { stateApiRoutes } from './state-api.js';
import { defaultSwitches, type SuperOfficeSwitches } from './switches.js';
import { TenantHosts } from './tenant-hosts.js';

/** The SuperOffice part of the sandbox, as `Sandbox.superoffice` exposes it. */
export interface SuperOfficeSandbox {
  /** The unnumbered "sod" origin (auth + state API), e.g. http://127.0.0.1:41234; also the OIDC issuer. */
  authority: string;
  clientId: string;
  clientSecret: string;
  users: ReadonlyArray<SandboxUser>;
  /** Mutable: tests flip fields directly. */
  switches: SuperOfficeSwitches;
  /** The tenant moves to a new numbered host; the old one answers 421 from then on. */
  moveTenant(ctx: string): Promise<void>;
  /** The tenant's current numbered endpoint, e.g. http://127.0.0.1:41250/Cust12345. */
  tenantEndpoint(ctx: string): string;
  /** As if the tenant admin uninstalled the app: the user's grants, tokens and approval are gone. */
  revokeAllGrants(username: string): Promise<void>;
  /** The diary behind GetMyDiary and GET/PATCH v1/Appointment/{id} (see diary/diary-data.ts for the data set). */
  diary: SuperOfficeDiaryApi;
  /** The central video meeting service behind the VideoMeeting agent calls (who authorised it, the reservations). */
  videoMeetings: SuperOfficeVideoMeetingsApi;
  /** The foreign key system behind the ForeignSystem agent calls (applications, devices, keys). */
  foreignSystem: SuperOfficeForeignSystemApi;
}

export interface RunningSuperOffice {
  api: SuperOfficeSandbox;
  close(): Promise<void>;
}

/** Starts the SuperID emulator (authority host) and the numbered tenant hosts on loopback. */
export async function startSuperOffice(log: (line: string) => void): Promise<RunningSuperOffice> {
  const cleanups: Array<() => unknown> = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const listening = listenLoopback();
    cleanups.push(async () => (await listening.catch(() => undefined))?.close());
    const loading = loadOidcProvider(log);
    cleanups.push(async () => (await loading.catch(() => undefined))?.release());
    // RSA key generation runs on the thread pool while oidc-provider loads: together they are most of the startup.
    const [authorityListener, oidc, signingKey] = await Promise.all([listening, loading, createSigningKey()]);
    return await assemble(log, authorityListener, oidc, signingKey, cleanups);
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

async function assemble(
  log: (line: string) => void,
  authorityListener: Listener,
  oidc: LoadedOidcProvider,
  signingKey: JWK,
  cleanups: Array<() => unknown>,
): Promise<RunningSuperOffice> {
  const authority = authorityListener.origin;
  const lifetime = new AbortController();
  cleanups.push(() => lifetime.abort());
  const switches = defaultSwitches();
  const store = new OidcMemoryStore();
  cleanups.push(() => store.clear());
  const approvals = new Approvals();
  const diary = new SandboxDiary(switches);
  const videoMeetings = new SandboxVideoMeetings(() => diary.now());
  const foreignSystem = new SandboxForeignSystem(() => diary.now());
  const loginLinks = new LoginLinks(authority);
  const routes = restRoutes({ diary, lifetime: lifetime.signal, videoMeetings, loginLinks, switches, foreignSystem });
  const cookieKeys = [randomBytes(32).toString('base64url')];

  const provider = new oidc.Provider(
    authority,
    buildOidcConfiguration({ authority, signingKey, cookieKeys, switches, store, approvals, policy: oidc.interactionPolicy.base() }),
  );
  installRedirectUriRule(provider);
  provider.on('server_error', (_ctx: unknown, error: unknown) => log(`[sod] oidc-provider server_error: ${describe(error)}`));

  const tenants = new TenantHosts((host, servesTenant) =>
    tenantHostHandler({ provider, clientId: SANDBOX_CLIENT.clientId, switches, routes, log }, host, servesTenant),
  );
  cleanups.push(() => tenants.close());

  const api: SuperOfficeSandbox = {
    authority,
    clientId: SANDBOX_CLIENT.clientId,
    clientSecret: SANDBOX_CLIENT.clientSecret,
    users: SANDBOX_ACCOUNTS.map(publicUser),
    switches,
    async moveTenant(ctx) {
      const endpoint = await tenants.move(ctx);
      log(`[sod] tenant ${ctx} moved to ${endpoint}`);
    },
    tenantEndpoint(ctx) {
      const endpoint = tenants.endpoint(ctx);
      if (endpoint === undefined) throw new Error(`unknown tenant ${ctx}`);
      return endpoint;
    },
    async revokeAllGrants(username) {
      const accountId = username.trim().toLowerCase();
      for (const grantId of store.grantIdsOf(accountId)) store.revokeGrant(grantId);
      approvals.revokeAll(accountId);
      log(`[sod] app uninstalled for ${accountId}: grants, tokens and approval revoked`);
    },
    diary: diaryApi(diary, sandboxTenants()[0] ?? 'Cust12345'),
    videoMeetings: videoMeetingsApi(videoMeetings, sandboxTenants()[0] ?? 'Cust12345'),
    foreignSystem: foreignSystemApi(foreignSystem, sandboxTenants()[0] ?? 'Cust12345'),
  };

  const app = new Koa();
  app.keys = cookieKeys;
  app.silent = true;
  app.on('error', (error: unknown) => log(`[sod] error: ${describe(error)}`));
  const oidcPath = (route: string) => `${OIDC_MOUNT_PATH}${route}`;
  app.use(requestLog('sod', log));
  app.use(
    controlRoutes({
      switches,
      moveTenant: (ctx) => api.moveTenant(ctx),
      tenantEndpoint: (ctx) => api.tenantEndpoint(ctx),
      hasTenant: (ctx) => tenants.endpoint(ctx) !== undefined,
    }).routes(),
  );
  app.use(stateApiRoutes(tenants, switches).routes());
  app.use(authoriseRoutes({ links: loginLinks, meetings: videoMeetings }).routes());
  app.use(misdirectedOnAuthority());
  app.use(interactionRoutes({ provider, approvals }).routes());
  app.use(pkcePlainFallback(oidcPath(OIDC_ROUTES.authorization)));
  app.use(tokenEndpointSwitch(oidcPath(OIDC_ROUTES.token), switches, lifetime.signal));
  app.use(discoveryQuirks(oidcPath('/.well-known/openid-configuration')));
  app.use(mount(OIDC_MOUNT_PATH, provider));

  await tenants.start(sandboxTenants());
  authorityListener.setHandler(app.callback());

  let closing: Promise<void> | undefined;
  return {
    api,
    close() {
      closing ??= (async () => {
        lifetime.abort();
        await Promise.all([authorityListener.close(), tenants.close()]);
        store.clear();
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

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
