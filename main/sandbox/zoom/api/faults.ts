import type { Middleware } from 'koa';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiDeps } from './deps.js';
import { sendZoomError } from './errors.js';
import { categoryOf, sendRateLimited } from './rate-limit.js';

/**
 * The common fault switches: serverErrors (503), then rateLimit (429) use up their counts; slowMs holds
 * every answer back that long after the work is done (as a slow Zoom does: a client that gives up or dies
 * meanwhile leaves the meeting created).
 */
export function faultSwitches(deps: ApiDeps): Middleware {
  const { switches } = deps;
  return async (ctx, next) => {
    const slowMs = switches.slowMs;
    try {
      await answer(ctx, next);
    } finally {
      if (slowMs > 0) await sleep(slowMs, undefined, { signal: deps.signal }).catch(() => undefined);
    }
  };

  async function answer(ctx: Parameters<Middleware>[0], next: () => Promise<unknown>): Promise<void> {
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
  }
}
