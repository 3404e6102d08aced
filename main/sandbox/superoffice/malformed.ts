import type { Context } from 'koa';

/** A body that claims to be JSON and is not (a response cut off mid-way). */
export const MALFORMED_JSON_BODY = '{"Error": "the response was cut off';

/** 200 with `Content-Type: application/json` and a body no JSON parser accepts. */
export function sendMalformedJson(ctx: Context): void {
  ctx.status = 200;
  ctx.body = MALFORMED_JSON_BODY;
  ctx.type = 'application/json';
}
