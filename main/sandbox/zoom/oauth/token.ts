import Router from '@koa/router';
import type { Context } from 'koa';
import { readForm } from '../../http/read-body.js';
import type { RegisteredClient } from '../clients.js';
import type { IssuedTokens } from '../grants.js';
import { verifierMatches } from '../pkce.js';
import { authenticateClient, tokenInQuery } from './client-auth.js';
import type { OAuthDeps } from './deps.js';
import { REASONS, sendInvalidGrant, sendOAuthError } from './token-errors.js';

export const TOKEN_PATH = '/oauth/token';

/** Zoom's token response: lower-case `bearer`, `expires_in` one second short (3599), and `api_url`. */
function sendTokens(ctx: Context, deps: OAuthDeps, tokens: IssuedTokens): void {
  ctx.status = 200;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Pragma', 'no-cache');
  ctx.body = {
    access_token: tokens.accessToken,
    token_type: 'bearer',
    refresh_token: tokens.refreshToken,
    expires_in: Math.max(tokens.ttlSeconds - 1, 1),
    scope: tokens.grant.scope.join(' '),
    api_url: deps.apiOrigin,
  };
}

function exchangeCode(ctx: Context, deps: OAuthDeps, client: RegisteredClient, form: URLSearchParams): void {
  const value = form.get('code');
  if (value === null || value === '') {
    sendOAuthError(ctx, 'invalid_request', REASONS.codeMissing);
    return;
  }
  const lookup = deps.grants.redeemCode(value);
  if (!lookup.ok) {
    sendInvalidGrant(ctx, deps.switches, lookup.reason === 'expired' ? REASONS.codeExpired : REASONS.codeInvalid);
    return;
  }
  const { code } = lookup;
  if (code.clientId !== client.clientId) {
    sendInvalidGrant(ctx, deps.switches, REASONS.codeInvalid);
    return;
  }
  if (form.get('redirect_uri') !== code.redirectUri) {
    sendInvalidGrant(ctx, deps.switches, REASONS.redirectMismatch);
    return;
  }
  if (code.challenge !== undefined) {
    const verifier = form.get('code_verifier');
    if (verifier === null || verifier === '') {
      sendInvalidGrant(ctx, deps.switches, REASONS.verifierMissing);
      return;
    }
    if (!verifierMatches(verifier, code.challenge.value, code.challenge.method)) {
      sendInvalidGrant(ctx, deps.switches, REASONS.verifierInvalid);
      return;
    }
  }
  const tokens = deps.grants.createGrant(client.clientId, code.account, code.scope, deps.switches.accessTokenTtlSeconds);
  deps.log(`[zoom] authorized ${code.account.username} for ${client.kind} client ${client.clientId}`);
  sendTokens(ctx, deps, tokens);
}

function refresh(ctx: Context, deps: OAuthDeps, client: RegisteredClient, form: URLSearchParams): void {
  const token = form.get('refresh_token');
  if (token === null || token === '') {
    sendOAuthError(ctx, 'invalid_request', REASONS.refreshTokenMissing);
    return;
  }
  if (deps.switches.disabledByAdmin) {
    sendInvalidGrant(ctx, deps.switches, REASONS.disabledByAdmin);
    return;
  }
  const outcome = deps.grants.refresh(client.clientId, token, deps.switches.accessTokenTtlSeconds);
  if (!outcome.ok) {
    sendInvalidGrant(ctx, deps.switches, outcome.reason === 'superseded' ? REASONS.tokenRevoked : REASONS.invalidToken);
    return;
  }
  sendTokens(ctx, deps, outcome.tokens);
}

/** `POST /oauth/token`: authorization_code and refresh_token grants, form-encoded body only. */
export function tokenRoutes(deps: OAuthDeps): Router {
  const router = new Router();
  router.post(TOKEN_PATH, async (ctx) => {
    if (deps.switches.tokenErrors > 0) {
      deps.switches.tokenErrors--;
      ctx.status = 503;
      ctx.body = { error: 'server_error' };
      return;
    }
    if (tokenInQuery(ctx)) {
      sendOAuthError(ctx, 'invalid_request', REASONS.queryString);
      return;
    }
    const form = await readForm(ctx.req);
    const auth = authenticateClient(ctx, form);
    if (!auth.ok) {
      sendOAuthError(ctx, 'invalid_client', auth.reason);
      return;
    }
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') exchangeCode(ctx, deps, auth.client, form);
    else if (grantType === 'refresh_token') refresh(ctx, deps, auth.client, form);
    else if (grantType === null || grantType === '') sendOAuthError(ctx, 'invalid_request', REASONS.grantTypeMissing);
    else sendOAuthError(ctx, 'unsupported_grant_type', REASONS.grantTypeUnsupported);
  });
  return router;
}
