import { setTimeout as delay } from 'node:timers/promises';
import type { Middleware } from 'koa';
import type { MicrosoftSwitches, RateLimitSwitch } from '../switches.js';
import type { GraphState } from './graph-state.js';
import { sendError } from './respond.js';

/** The Retry-After header value in the form the switch asks for; undefined for 'none'. */
export function retryAfterValue(limit: RateLimitSwitch, now = Date.now()): string | undefined {
  const seconds = limit.seconds ?? 1;
  switch (limit.retryAfter) {
    case 'seconds':
      return String(seconds);
    case 'http-date':
      return new Date(now + seconds * 1000).toUTCString();
    case 'iso-date':
      return new Date(now + seconds * 1000).toISOString();
    case 'none':
      return undefined;
  }
}

/**
 * The fault switches in front of every Graph call: slowMs (delay), serverErrors (503
 * serviceNotAvailable, Retry-After 1) and rateLimit (429 with Retry-After in the chosen form).
 */
export function graphFaults(switches: MicrosoftSwitches, signal: AbortSignal): Middleware<GraphState> {
  return async (ctx, next) => {
    // slowMs holds the answer back after the call was handled (a client that dies meanwhile leaves the meeting made).
    const slowMs = switches.slowMs;
    try {
      await answer(ctx, next);
    } finally {
      if (slowMs > 0) await delay(slowMs, undefined, { signal }).catch(() => undefined);
    }
  };

  async function answer(ctx: Parameters<Middleware<GraphState>>[0], next: () => Promise<unknown>): Promise<void> {
    if (switches.serverErrors > 0) {
      switches.serverErrors -= 1;
      ctx.set('Retry-After', '1');
      sendError(ctx, 503, 'serviceNotAvailable', 'The service is temporarily unavailable. Retry after the delay in the Retry-After header.');
      return;
    }
    const limit = switches.rateLimit;
    if (limit !== null && limit.remaining > 0) {
      limit.remaining -= 1;
      if (limit.remaining <= 0) switches.rateLimit = null;
      const retryAfter = retryAfterValue(limit);
      if (retryAfter !== undefined) ctx.set('Retry-After', retryAfter);
      const code = limit.code ?? 'TooManyRequests';
      sendError(ctx, 429, code, code === 'activityLimitReached' ? 'The application or user has been throttled.' : 'Too many requests. Retry after the delay in the Retry-After header.');
      return;
    }
    await next();
  }
}
