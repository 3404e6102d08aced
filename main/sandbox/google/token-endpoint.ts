import type { IncomingMessage } from 'node:http';
import type { Context, Middleware } from 'koa';
import type { Provider } from 'oidc-provider';
import { readBody } from '../http/read-body.js';
import { tokenResponseScope } from './scopes.js';
import { checkTokenRequest } from './token-checks.js';
import { sendTokenError, TOKEN_ERRORS } from './token-errors.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Google's token endpoint (POST `path`) around oidc-provider's: Google's checks and error wording first
 * (token-checks.ts), then oidc-provider issues the tokens, then the answer is reshaped like Google's:
 * `{access_token, expires_in (ttl − 1, i.e. 3599), refresh_token (code grant only), scope (long identity
 * names), token_type: "Bearer", id_token}` — a refresh answer never carries a refresh_token (no rotation).
 */
export function tokenEndpoint(path: string, provider: Provider, client: { clientId: string; clientSecret: string }): Middleware {
  return async (ctx, next) => {
    if (ctx.path !== path || ctx.method !== 'POST') return next();
    const raw = await readBody(ctx.req);
    if (raw === undefined) {
      sendTokenError(ctx, { status: 400, error: 'invalid_request', description: 'Request too large.' });
      return;
    }
    const form = ctx.is('application/x-www-form-urlencoded') ? new URLSearchParams(raw) : new URLSearchParams();
    const refusal = await checkTokenRequest(provider, form, ctx.get('Authorization'), client);
    if (refusal !== undefined) {
      sendTokenError(ctx, refusal);
      return;
    }
    // The stream is consumed: oidc-provider falls back to the already-read body.
    (ctx.req as IncomingMessage & { body?: string }).body = raw;
    await next();
    reshape(ctx, form.get('grant_type') ?? '');
  };
}

function reshape(ctx: Context, grantType: string): void {
  const body: unknown = ctx.body;
  if (!isRecord(body)) return;
  if (ctx.status === 200 && typeof body.access_token === 'string') {
    const ttl = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    ctx.body = {
      access_token: body.access_token,
      expires_in: Math.max(1, ttl - 1),
      ...(grantType === 'authorization_code' && typeof body.refresh_token === 'string' ? { refresh_token: body.refresh_token } : {}),
      scope: tokenResponseScope(String(body.scope ?? '').split(' ').filter(Boolean)),
      token_type: 'Bearer',
      ...(typeof body.id_token === 'string' ? { id_token: body.id_token } : {}),
    };
    return;
  }
  if (typeof body.error !== 'string') return;
  if (body.error === 'invalid_client') sendTokenError(ctx, TOKEN_ERRORS.wrongSecret);
  else if (body.error === 'invalid_grant') sendTokenError(ctx, grantType === 'refresh_token' ? TOKEN_ERRORS.deadRefreshToken : TOKEN_ERRORS.badCode);
}
