import type { Context } from 'koa';
import type { RetryAfterForm } from '../switches.js';
import { sendZoomError } from './errors.js';

/** Zoom's rate-limit label of an endpoint (create and list meetings are Medium, single-resource reads and deletes Light). */
export type RateCategory = 'Light' | 'Medium';

/** Pro-plan per-second limits. */
const PER_SECOND: Readonly<Record<RateCategory, number>> = { Light: 30, Medium: 20 };

export function categoryOf(method: string, path: string): RateCategory {
  return (method === 'POST' || method === 'GET') && /^\/v2\/users\/[^/]+\/meetings\/?$/.test(path) ? 'Medium' : 'Light';
}

/** The headers Zoom puts on every API response. */
export function setQuotaHeaders(ctx: Context, category: RateCategory): void {
  ctx.set('X-RateLimit-Category', category);
  ctx.set('X-RateLimit-Type', 'QPS');
  ctx.set('X-RateLimit-Limit', String(PER_SECOND[category]));
  ctx.set('X-RateLimit-Remaining', String(PER_SECOND[category] - 1));
}

/** Zoom's daily limits reset at 00:00 UTC. */
export function nextUtcMidnight(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1);
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/**
 * 429 as the `rateLimit` switch asks. 'none' is Zoom's per-second (QPS) form: no Retry-After. 'iso-date'
 * and 'http-date' are the daily-limit form with Retry-After at the next 00:00 UTC (Zoom sends ISO 8601;
 * HTTP-date is for the client's parser matrix). 'seconds' is the QPS form plus `Retry-After: 1`, which
 * Zoom does not send; it too exists for the parser matrix.
 */
export function sendRateLimited(ctx: Context, category: RateCategory, form: RetryAfterForm, now: number): void {
  const daily = form === 'iso-date' || form === 'http-date';
  ctx.set('X-RateLimit-Category', category);
  ctx.set('X-RateLimit-Type', daily ? 'Daily-limit' : 'QPS');
  ctx.set('X-RateLimit-Limit', String(daily ? 2000 : PER_SECOND[category]));
  ctx.set('X-RateLimit-Remaining', '0');
  const reset = nextUtcMidnight(now);
  if (form === 'iso-date') ctx.set('Retry-After', isoSeconds(reset));
  if (form === 'http-date') ctx.set('Retry-After', new Date(reset).toUTCString());
  if (form === 'seconds') ctx.set('Retry-After', '1');
  sendZoomError(ctx, 429, {
    code: 429,
    message: daily
      ? 'You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.'
      : 'You have reached the maximum per-second rate limit for this API. Try again later.',
  });
}

/** The per-user cap of 100 meeting creates/updates per UTC day. */
export function sendDailyMeetingCap(ctx: Context, now: number): void {
  ctx.set('X-RateLimit-Category', 'Medium');
  ctx.set('X-RateLimit-Type', 'Daily-limit');
  ctx.set('X-RateLimit-Limit', '100');
  ctx.set('X-RateLimit-Remaining', '0');
  ctx.set('Retry-After', isoSeconds(nextUtcMidnight(now)));
  sendZoomError(ctx, 429, {
    code: 429,
    message:
      'You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.',
  });
}
