import type { Middleware } from 'koa';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiDeps } from './deps.js';
import { sendZoomError } from './errors.js';
import { categoryOf, sendRateLimited } from './rate-limit.js';

/** The common fault switches, in order: slowMs delays, then serverErrors (503), then rateLimit (429) use up their counts. */
export function faultSwitches(deps: ApiDeps): Middleware {
  const { switches } = deps;
  return async (ctx, next) => {
    if (switches.slowMs > 0) {
      try {
        await sleep(switches.slowMs, undefined, { signal: deps.signal });
      } catch {
        return;
      }
    }
    if (switches.serverErrors > 0) {
      switches.serverErrors--;
      sendZoomError(ctx, 503, { code: 503, message: 'Service temporarily unavailable. Please try again later.' });
      return;
    }
    const limit = switches.rateLimit;
    if (limit !== null && limit.remaining > 0) {
      limit.remaining--;
      if (limit.remaining === 0) switches.rateLimit = null;
      sendRateLimited(ctx, categoryOf(ctx.method, ctx.path), limit.retryAfter, deps.clock.now());
      return;
    }
    await next();
  };
}
