import { randomBytes } from 'node:crypto';
import type { Middleware } from 'koa';

/** Every Zoom API response carries `x-zm-trackingid` (useful in logs and support tickets). */
export function trackingId(): Middleware {
  return async (ctx, next) => {
    ctx.set('x-zm-trackingid', `v=2.0;clid=us05;rid=WEB_${randomBytes(16).toString('hex')}`);
    await next();
  };
}
