import { setTimeout as delay } from 'node:timers/promises';
import type { Middleware } from 'koa';
import type { GoogleSwitches, RetryAfterForm } from '../switches.js';
import { sendCalendarError } from './errors.js';

/** Seconds a rate-limited client is told to wait (when the switch asks for a Retry-After header). */
export const RETRY_AFTER_SECONDS = 1;

/** A body that claims to be JSON and is not (a response cut off mid-way). */
export const MALFORMED_JSON_BODY = '{"kind": "calendar#event", "id": "the response was cut off';

function retryAfterValue(form: RetryAfterForm): string | undefined {
  const at = new Date(Date.now() + RETRY_AFTER_SECONDS * 1000);
  switch (form) {
    case 'seconds':
      return String(RETRY_AFTER_SECONDS);
    case 'http-date':
      return at.toUTCString();
    case 'iso-date':
      return at.toISOString();
    case 'none':
      return undefined;
  }
}

/**
 * `slowMs`: holds the response back that long after the call was handled (as a slow Google does: a client
 * that gives up or dies meanwhile leaves the event created); cut short when the sandbox closes.
 */
export function slowResponses(switches: GoogleSwitches, lifetime: AbortSignal): Middleware {
  return async (_ctx, next) => {
    const slowMs = switches.slowMs;
    await next();
    if (slowMs > 0) await delay(slowMs, undefined, { signal: lifetime }).catch(() => undefined);
  };
}

/**
 * After authentication: `rateLimit` → 429 usageLimits/rateLimitExceeded (+ Retry-After in the chosen form),
 * `forbiddenRateLimit` → 403 usageLimits/rateLimitExceeded, `serverErrors` → 503 backendError. Each
 * refused call counts down its switch.
 */
export function injectedFaults(switches: GoogleSwitches): Middleware {
  return async (ctx, next) => {
    const limit = switches.rateLimit;
    if (limit !== null && limit.remaining > 0) {
      limit.remaining -= 1;
      if (limit.remaining === 0) switches.rateLimit = null;
      const retryAfter = retryAfterValue(limit.retryAfter);
      if (retryAfter !== undefined) ctx.set('Retry-After', retryAfter);
      sendCalendarError(ctx, 429, { domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' });
      return;
    }
    if (switches.forbiddenRateLimit > 0) {
      switches.forbiddenRateLimit -= 1;
      sendCalendarError(ctx, 403, { domain: 'usageLimits', reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' });
      return;
    }
    if (switches.serverErrors > 0) {
      switches.serverErrors -= 1;
      sendCalendarError(ctx, 503, { domain: 'global', reason: 'backendError', message: 'Backend Error' });
      return;
    }
    await next();
  };
}

/** `malformedJson`: 200 answers keep their status and JSON content type but carry a body no parser accepts. */
export function malformedJson(switches: GoogleSwitches): Middleware {
  return async (ctx, next) => {
    await next();
    if (!switches.malformedJson || ctx.status !== 200) return;
    ctx.body = MALFORMED_JSON_BODY;
    ctx.type = 'application/json';
  };
}
