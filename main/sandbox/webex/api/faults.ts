import { setTimeout as sleep } from 'node:timers/promises';
import type { Context } from 'koa';
import type { RetryAfterForm, WebexSwitches } from '../switches.js';
import { MESSAGES, sendWebexError } from './webex-errors.js';

/** The delay a rate-limited response asks for. */
export const RETRY_AFTER_SECONDS = 3;

/** A body that claims to be JSON and is not (a response cut off mid-way). */
export const MALFORMED_JSON_BODY = '{"id":"Y2lzY29zcGFyazovL3VzL1BFT1BMRS9";"emails":[';

/**
 * Applies the REST fault switches before a call is handled: slowMs, then a pending 429 (rateLimit), then a
 * pending 503 (serverErrors). Returns true when the response has been sent.
 */
export async function applyFaults(ctx: Context, switches: WebexSwitches): Promise<boolean> {
  if (switches.slowMs > 0) await sleep(switches.slowMs, undefined, { ref: false });
  const limit = switches.rateLimit;
  if (limit !== null && limit.remaining > 0) {
    limit.remaining -= 1;
    const header = retryAfterHeader(limit.retryAfter, RETRY_AFTER_SECONDS, Date.now());
    if (header !== undefined) ctx.set('Retry-After', header);
    sendWebexError(ctx, 429, MESSAGES.tooManyRequests);
    return true;
  }
  if (switches.serverErrors > 0) {
    switches.serverErrors -= 1;
    sendWebexError(ctx, 503, MESSAGES.unavailable);
    return true;
  }
  return false;
}

/** Retry-After in the requested form; undefined means no header. */
export function retryAfterHeader(form: RetryAfterForm, seconds: number, now: number): string | undefined {
  const at = new Date(Math.ceil(now / 1000) * 1000 + seconds * 1000);
  switch (form) {
    case 'seconds':
      return String(seconds);
    case 'http-date':
      return at.toUTCString();
    case 'iso-date':
      return at.toISOString().replace('.000Z', 'Z');
    case 'none':
      return undefined;
  }
}

/** With malformedJson on, a 200 JSON response is replaced by a body no JSON parser accepts. */
export function applyMalformedJson(ctx: Context, switches: WebexSwitches): void {
  if (!switches.malformedJson || ctx.status !== 200) return;
  ctx.body = MALFORMED_JSON_BODY;
  ctx.type = 'application/json';
}
