import type { Middleware } from 'koa';
import type { Provider } from 'oidc-provider';
import { findAccount } from '../accounts.js';
import { sendRestError } from './rest-errors.js';
import type { RestState } from './rest-route.js';

const DENIED = 'Authorization has been denied for this request.';

/**
 * Resolves `Authorization: Bearer <access token>` through oidc-provider's token store. Missing, unknown,
 * expired or revoked tokens, tokens of another client, and tokens whose user belongs to another tenant
 * than `ctx.state.tenant` get 401 with a `WWW-Authenticate: Bearer` challenge (RFC 6750).
 */
export function bearerAuth(provider: Provider, clientId: string): Middleware<RestState> {
  return async (ctx, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(ctx.get('Authorization'));
    if (match === null) {
      ctx.set('WWW-Authenticate', 'Bearer');
      sendRestError(ctx, 401, DENIED, 'Unauthorized');
      return;
    }
    const value = match[1] ?? '';
    const token = await provider.AccessToken.find(value);
    const grant = token?.grantId === undefined ? undefined : await provider.Grant.find(token.grantId);
    const account = token?.accountId === undefined ? undefined : findAccount(token.accountId);
    if (
      token === undefined ||
      token.isExpired ||
      token.clientId !== clientId ||
      grant === undefined ||
      account === undefined ||
      account.ctx.toLowerCase() !== ctx.state.tenant.toLowerCase()
    ) {
      ctx.set('WWW-Authenticate', 'Bearer error="invalid_token"');
      sendRestError(ctx, 401, DENIED, 'Unauthorized');
      return;
    }
    ctx.state.principal = { account, accessToken: value };
    await next();
  };
}
