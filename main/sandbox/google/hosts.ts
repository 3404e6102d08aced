import Koa, { type Middleware } from 'koa';
import mount from 'koa-mount';
import type { Provider } from 'oidc-provider';
import { requestLog } from '../http/request-log.js';
import { authorizationResponse } from './authorization-response.js';
import { authorizeRequest } from './authorize-request.js';
import { calendarApi, type CalendarApiDeps } from './calendar/index.js';
import { googleDiscovery, type GoogleOrigins } from './discovery.js';
import { interactionRoutes } from './interactions.js';
import type { OfflineCodes } from './offline-codes.js';
import { GOOGLE_CLIENT, GOOGLE_ROUTES } from './oidc-config.js';
import { revokeEndpoint } from './revoke.js';
import { tokenEndpoint } from './token-endpoint.js';
import type { TokenStore } from './token-store.js';

export interface HostDeps {
  provider: Provider;
  origins: GoogleOrigins;
  store: TokenStore;
  offlineCodes: OfflineCodes;
  cookieKeys: string[];
  log: (line: string) => void;
}

function newApp(label: string, log: (line: string) => void): Koa {
  const app = new Koa();
  app.silent = true;
  app.on('error', (error: unknown) => log(`[${label}] error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  app.use(requestLog(label, log));
  return app;
}

/** Lets only the paths this host serves reach oidc-provider; anything else is Google's plain 404 page. */
function onlyPaths(allowed: (path: string) => boolean): Middleware {
  return async (ctx, next) => {
    if (allowed(ctx.path)) return next();
    ctx.status = 404;
    ctx.type = 'text/html';
    ctx.body = '<!DOCTYPE html><title>Error 404 (Not Found)</title><p><b>404.</b> That’s an error.';
  };
}

const AUTH = GOOGLE_ROUTES.authorization;

/** accounts.google.com: discovery, the authorization endpoint and the sign-in/consent pages. */
export function accountsHost(deps: HostDeps): Koa {
  const app = newApp('google-accounts', deps.log);
  app.keys = deps.cookieKeys;
  app.use(googleDiscovery(deps.origins));
  app.use(interactionRoutes(deps.provider).routes());
  app.use(authorizationResponse(AUTH, deps.provider, deps.offlineCodes));
  app.use(authorizeRequest(AUTH, GOOGLE_CLIENT.clientId));
  app.use(onlyPaths((path) => path === '/.well-known/openid-configuration' || path === AUTH || path.startsWith(`${AUTH}/`)));
  app.use(mount(deps.provider));
  return app;
}

/** oauth2.googleapis.com (+ openidconnect.googleapis.com): token, revocation and userinfo. */
export function oauthHost(deps: HostDeps): Koa {
  const app = newApp('google-oauth2', deps.log);
  app.use(revokeEndpoint(GOOGLE_ROUTES.revocation, deps.provider, deps.store, deps.log));
  app.use(tokenEndpoint(GOOGLE_ROUTES.token, deps.provider, GOOGLE_CLIENT));
  app.use(async (ctx, next) => {
    await next();
    // Google's userinfo answers a bad token with its own body (oidc-provider: invalid_token).
    if (ctx.path === GOOGLE_ROUTES.userinfo && ctx.status === 401) ctx.body = { error: 'invalid_request', error_description: 'Invalid Credentials' };
  });
  app.use(onlyPaths((path) => path === GOOGLE_ROUTES.token || path === GOOGLE_ROUTES.userinfo));
  app.use(mount(deps.provider));
  return app;
}

/** www.googleapis.com: the signing keys and the Calendar API. */
export function apisHost(deps: HostDeps, calendar: Omit<CalendarApiDeps, 'provider' | 'clientId' | 'log'>): Koa {
  const app = newApp('google-apis', deps.log);
  app.use(mount('/calendar/v3', calendarApi({ ...calendar, provider: deps.provider, clientId: GOOGLE_CLIENT.clientId, log: deps.log })));
  app.use(onlyPaths((path) => path === GOOGLE_ROUTES.jwks));
  app.use(mount(deps.provider));
  return app;
}
