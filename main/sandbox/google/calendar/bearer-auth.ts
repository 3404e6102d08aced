import type { Middleware } from 'koa';
import type { Provider } from 'oidc-provider';
import { findBySub } from '../accounts.js';
import type { CalendarState } from './calendar-state.js';
import { sendInsufficientScope, sendInvalidCredentials, sendLoginRequired } from './errors.js';

/**
 * Resolves `Authorization: Bearer <access token>` through oidc-provider's token store. No header → 401
 * "Login Required"; unknown, expired or revoked tokens, or tokens of another client → 401 "Invalid Credentials".
 */
export function bearerAuth(provider: Provider, clientId: string): Middleware<CalendarState> {
  return async (ctx, next) => {
    const header = ctx.get('Authorization');
    if (header === '') {
      sendLoginRequired(ctx);
      return;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const token = match === null ? undefined : await provider.AccessToken.find(match[1] ?? '');
    const grant = token?.grantId === undefined ? undefined : await provider.Grant.find(token.grantId);
    const account = token?.accountId === undefined ? undefined : findBySub(token.accountId);
    if (token === undefined || token.isExpired || token.clientId !== clientId || grant === undefined || account === undefined) {
      sendInvalidCredentials(ctx);
      return;
    }
    ctx.state.principal = { account, scopes: new Set((token.scope ?? '').split(' ').filter(Boolean)) };
    await next();
  };
}

/** Whether the caller's token holds one of `allowed`; otherwise answers 403 insufficientPermissions for `method`. */
export function hasScope(
  ctx: Parameters<Middleware<CalendarState>>[0],
  method: string,
  allowed: ReadonlyArray<string>,
): boolean {
  if (allowed.some((scope) => ctx.state.principal.scopes.has(scope))) return true;
  sendInsufficientScope(ctx, method, allowed);
  return false;
}
