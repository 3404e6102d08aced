import type { Context, Middleware } from 'koa';
import type { OAuthStore } from '../oauth/oauth-store.js';
import type { WebexSwitches } from '../switches.js';
import { authenticate, type Caller } from './caller.js';
import { applyFaults, applyMalformedJson } from './faults.js';
import { requestBody } from './request-body.js';
import { MESSAGES, sendWebexError } from './webex-errors.js';

export interface ApiDeps {
  store: OAuthStore;
  switches: WebexSwitches;
}

/** A REST resource handler, run after the fault switches, bearer authentication and the scope check. */
export type ApiHandler = (ctx: Context, caller: Caller) => void | Promise<void>;

/** Wraps a handler: the request body is received → faults → 401 → 403 (missing scope) → handler → malformedJson. */
export function apiRoute(deps: ApiDeps, requiredScope: string, handler: ApiHandler): Middleware {
  return async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') await requestBody(ctx.req).catch(() => undefined);
    if (await applyFaults(ctx, deps.switches)) return;
    const caller = authenticate(ctx, deps.store);
    if (caller === undefined) {
      sendWebexError(ctx, 401, MESSAGES.unauthorized);
      return;
    }
    if (!caller.scopes.has(requiredScope)) {
      sendWebexError(ctx, 403, MESSAGES.missingScope);
      return;
    }
    await handler(ctx, caller);
    applyMalformedJson(ctx, deps.switches);
  };
}
