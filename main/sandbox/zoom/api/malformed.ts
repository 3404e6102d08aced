import type { Middleware } from 'koa';
import type { ZoomSwitches } from '../switches.js';

/** A JSON body cut off mid-way. */
export const MALFORMED_JSON_BODY = '{"id":8123456789,"topic":"the response was cut o';

/** With `malformedJson` on, 200 and 201 JSON responses are replaced by a body no JSON parser accepts (the work is still done). */
export function malformedJson(switches: ZoomSwitches): Middleware {
  return async (ctx, next) => {
    await next();
    if (switches.malformedJson && (ctx.status === 200 || ctx.status === 201) && typeof ctx.body === 'object' && ctx.body !== null) {
      const status = ctx.status;
      ctx.body = MALFORMED_JSON_BODY;
      ctx.type = 'application/json';
      ctx.status = status;
    }
  };
}
