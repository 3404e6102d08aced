import type { Middleware } from 'koa';
import type { Provider } from 'oidc-provider';
import { readForm } from '../http/read-body.js';
import type { TokenStore } from './token-store.js';

/**
 * Google's revocation endpoint at `path`: POST with `token=` (query string or form body), no client
 * authentication. Revoking an access or a refresh token ends the app's whole authorization for that user
 * (every token, and the consent). 200 `{}`; an unknown, expired or already revoked token gets
 * 400 `{"error":"invalid_token","error_description":"Token expired or revoked"}` (not RFC 7009's 200);
 * GET answers 404 (Google dropped GET).
 */
export function revokeEndpoint(path: string, provider: Provider, store: TokenStore, log: (line: string) => void): Middleware {
  return async (ctx, next) => {
    if (ctx.path !== path) return next();
    ctx.set('Cache-Control', 'no-store');
    if (ctx.method !== 'POST') {
      ctx.status = 404;
      ctx.type = 'text/html';
      ctx.body = '<!DOCTYPE html><title>Error 404 (Not Found)</title><p><b>404.</b> That’s an error.';
      return;
    }
    const form = await readForm(ctx.req);
    const value = new URLSearchParams(ctx.querystring).get('token') ?? form.get('token') ?? '';
    if (value === '') {
      ctx.status = 400;
      ctx.body = { error: 'invalid_request', error_description: 'Missing required parameter: token' };
      return;
    }
    const token = (await provider.AccessToken.find(value)) ?? (await provider.RefreshToken.find(value));
    if (token === undefined || token.isExpired || token.accountId === undefined || token.clientId === undefined) {
      ctx.status = 400;
      ctx.body = { error: 'invalid_token', error_description: 'Token expired or revoked' };
      return;
    }
    store.revokeAccess(token.accountId, token.clientId);
    log(`[google-oauth2] access of ${token.accountId} for ${token.clientId} revoked`);
    ctx.status = 200;
    ctx.body = {};
  };
}
