import type { Context } from 'koa';

/**
 * A WebAPI error body. SuperOffice's exact error JSON is not documented in the stored docs; this shape
 * (`Error`, `ErrorType`, `Source`) is an inference from its .NET exception serialisation.
 */
export function sendRestError(ctx: Context, status: number, message: string, errorType: string): void {
  ctx.status = status;
  ctx.body = { Error: message, ErrorType: errorType, Source: 'SuperOffice.WebApi (sandbox)' };
}
