import type { Context, Middleware } from 'koa';

/** SuperOffice's wording for API calls that reach the wrong (or the unnumbered) host. */
export const MISDIRECTED_MESSAGE = 'Wrong subdomain used to access tenant';

/** Answers 421 Misdirected Request the way SuperOffice does since November 2023. */
export function sendMisdirected(ctx: Context): void {
  ctx.status = 421;
  ctx.type = 'text/plain';
  ctx.body = MISDIRECTED_MESSAGE;
}

const TENANT_API_PATH = /^\/([^/]+)\/(api|remote)(\/|$)/i;
const NOT_A_TENANT = new Set(['api', 'login', '__sandbox']);

/**
 * On the unnumbered authority host (sod.superoffice.com) a tenant's REST and SOAP roots exist only to
 * say 421: that host is for authentication, and the id_token's webapi_url points at it anyway.
 */
export function misdirectedOnAuthority(): Middleware {
  return async (ctx, next) => {
    const match = TENANT_API_PATH.exec(ctx.path);
    if (match !== null && !NOT_A_TENANT.has((match[1] ?? '').toLowerCase())) {
      sendMisdirected(ctx);
      return;
    }
    await next();
  };
}
