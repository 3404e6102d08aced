import { setTimeout as delay } from 'node:timers/promises';
import type { Middleware } from 'koa';
import { sendMalformedJson } from './malformed.js';
import { SLOW_TOKEN_ENDPOINT_MS, type SuperOfficeSwitches } from './switches.js';

/**
 * Applies the `tokenEndpoint` switch in front of oidc-provider's token endpoint at `path`:
 * 'server_error' → 500 `{"error":"server_error"}`, 'malformed_json' → 200 with a non-JSON body (nothing
 * is consumed), 'slow' → the normal answer after 10 s. `lifetime` aborts pending delays when the sandbox closes.
 */
export function tokenEndpointSwitch(path: string, switches: SuperOfficeSwitches, lifetime: AbortSignal): Middleware {
  return async (ctx, next) => {
    if (ctx.path !== path || ctx.method !== 'POST') return next();
    switch (switches.tokenEndpoint) {
      case 'server_error':
        ctx.status = 500;
        ctx.set('Cache-Control', 'no-store');
        ctx.body = { error: 'server_error' };
        return;
      case 'malformed_json':
        ctx.set('Cache-Control', 'no-store');
        sendMalformedJson(ctx);
        return;
      case 'slow':
        try {
          await delay(SLOW_TOKEN_ENDPOINT_MS, undefined, { signal: lifetime });
        } catch {
          ctx.status = 503;
          ctx.body = { error: 'temporarily_unavailable' };
          return;
        }
        return next();
      case 'normal':
        return next();
    }
  };
}
