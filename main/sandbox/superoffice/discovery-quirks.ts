import type { Middleware } from 'koa';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Adjusts oidc-provider's discovery document at `path` to what SuperID supports: PKCE `plain` as well as
 * S256 (see pkce-plain.ts for how plain is emulated).
 */
export function discoveryQuirks(path: string): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.path !== path || ctx.status !== 200 || !isRecord(ctx.body)) return;
    ctx.body = { ...ctx.body, code_challenge_methods_supported: ['plain', 'S256'] };
  };
}
