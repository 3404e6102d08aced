import type { Context } from 'koa';
import { z } from 'zod';
import { readBody } from '../../http/read-body.js';
import { SANDBOX_INTEGRATION } from '../integration.js';
import type { WebexSwitches } from '../switches.js';
import { sendOAuthError } from './oauth-errors.js';
import type { Grant, OAuthStore } from './oauth-store.js';
import { verifierMatches } from './pkce.js';

const codeGrant = z.object({
  grant_type: z.literal('authorization_code'),
  code: z.string().min(1),
  redirect_uri: z.string().min(1),
  code_verifier: z.string().optional(),
});
const refreshGrant = z.object({ grant_type: z.literal('refresh_token'), refresh_token: z.string().min(1) });

export interface TokenEndpointDeps {
  store: OAuthStore;
  switches: WebexSwitches;
}

/**
 * POST {apiBase}/access_token with a form body: client_id and client_secret in the body (integrations are
 * confidential clients), then authorization_code (+ code_verifier when a challenge was sent) or refresh_token.
 */
export async function handleTokenRequest(ctx: Context, deps: TokenEndpointDeps): Promise<void> {
  const { store, switches } = deps;
  const fail = (status: 400 | 401, error: Parameters<typeof sendOAuthError>[3], description: string) =>
    sendOAuthError(ctx, switches.oauthErrorShape, status, error, description);
  if (!(ctx.get('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    fail(400, 'invalid_request', 'The request must be sent as application/x-www-form-urlencoded');
    return;
  }
  const form = new URLSearchParams((await readBody(ctx.req)) ?? '');
  const fields: Record<string, string> = {};
  for (const key of new Set(form.keys())) {
    if (form.getAll(key).length > 1) {
      fail(400, 'invalid_request', `Parameter ${key} is repeated`);
      return;
    }
    fields[key] = form.get(key) ?? '';
  }
  if (fields.client_id === undefined || fields.client_secret === undefined) {
    fail(400, 'invalid_request', 'client_id and client_secret are required');
    return;
  }
  if (fields.client_id !== SANDBOX_INTEGRATION.clientId || fields.client_secret !== SANDBOX_INTEGRATION.clientSecret) {
    fail(401, 'invalid_client', 'The client_id or client_secret is invalid');
    return;
  }
  const now = Date.now();
  if (fields.grant_type === 'authorization_code') {
    const parsed = codeGrant.safeParse(fields);
    if (!parsed.success) {
      fail(400, 'invalid_request', 'code and redirect_uri are required');
      return;
    }
    const { code, redirect_uri: redirectUri, code_verifier: verifier } = parsed.data;
    const record = store.findCode(code);
    if (record === undefined || record.clientId !== fields.client_id) {
      fail(400, 'invalid_grant', 'The authorization code is invalid');
      return;
    }
    if (record.used) {
      if (record.grantId !== undefined) store.revokeGrant(record.grantId);
      fail(400, 'invalid_grant', 'The authorization code has already been used');
      return;
    }
    record.used = true;
    if (now >= record.expiresAt) {
      fail(400, 'invalid_grant', 'The authorization code has expired');
      return;
    }
    if (redirectUri !== record.redirectUri) {
      fail(400, 'invalid_grant', 'The redirect_uri does not match the one used in the authorization request');
      return;
    }
    if (record.challenge !== undefined) {
      if (verifier === undefined || !verifierMatches(verifier, record.challenge.value, record.challenge.method)) {
        fail(400, 'invalid_grant', 'The code_verifier does not match the code_challenge');
        return;
      }
    }
    const grant = store.createGrant(record.email, record.clientId, record.scopes, switches.refreshTokenTtlSeconds, now);
    record.grantId = grant.id;
    sendTokens(ctx, store, grant, switches.accessTokenTtlSeconds, now);
    return;
  }
  if (fields.grant_type === 'refresh_token') {
    const parsed = refreshGrant.safeParse(fields);
    if (!parsed.success) {
      fail(400, 'invalid_request', 'refresh_token is required');
      return;
    }
    const grant = store.grantByRefreshToken(parsed.data.refresh_token);
    if (grant === undefined || grant.revoked || grant.clientId !== fields.client_id || now >= grant.refreshExpiresAt) {
      fail(400, 'invalid_grant', 'The refresh token provided is expired, revoked, malformed, or invalid');
      return;
    }
    sendTokens(ctx, store, grant, switches.accessTokenTtlSeconds, now);
    return;
  }
  fail(400, fields.grant_type === undefined ? 'invalid_request' : 'unsupported_grant_type', `Unsupported grant_type ${fields.grant_type ?? '(missing)'}`);
}

/** The token response. Refreshing returns the grant's same refresh token with its remaining lifetime. */
function sendTokens(ctx: Context, store: OAuthStore, grant: Grant, accessTtlSeconds: number, now: number): void {
  const accessToken = store.issueAccessToken(grant.id, accessTtlSeconds, now);
  ctx.status = 200;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Pragma', 'no-cache');
  ctx.body = {
    access_token: accessToken,
    expires_in: accessTtlSeconds,
    refresh_token: grant.refreshToken,
    refresh_token_expires_in: Math.max(0, Math.floor((grant.refreshExpiresAt - now) / 1000)),
    token_type: 'Bearer',
    scope: grant.scopes.join(' '),
  };
}
