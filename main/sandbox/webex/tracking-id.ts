import type { Context, Middleware } from 'koa';
import { newTrackingId } from './ids.js';

const HEADER = 'TrackingID';

/** Gives every response a `TrackingID` header, as Webex's gateway does. */
export function trackingIdHeader(): Middleware {
  return async (ctx, next) => {
    ctx.set(HEADER, newTrackingId());
    await next();
  };
}

/** The tracking id of this response, for error bodies' `trackingId`. */
export function trackingIdOf(ctx: Context): string {
  const existing = ctx.response.get(HEADER);
  if (existing !== '') return existing;
  const created = newTrackingId();
  ctx.set(HEADER, created);
  return created;
}
