import Router from '@koa/router';
import type { Context } from 'koa';
import { sendPage } from '../../http/html.js';
import { APP_SCOPES, findClient } from '../clients.js';
import { parseChallenge, type ChallengeMethod } from '../pkce.js';
import { isAllowedRedirectUri } from '../redirect-uri.js';
import { BINDING_COOKIE, SESSION_COOKIE } from './browser-state.js';
import type { OAuthDeps } from './deps.js';
import { errorPage } from './pages.js';
import { completeAuthorization, redirectToApp } from './redirects.js';

export const AUTHORIZE_PATH = '/oauth/authorize';
export const CONSENT_PATH = '/oauth/consent';
export const SIGNIN_PATH = '/signin';

/** Cookie options of the sandbox's own cookies (loopback is plain http). */
export const COOKIE_OPTIONS = { httpOnly: true, sameSite: 'lax', path: '/', overwrite: true } as const;

type Checked<T> = { ok: true; value: T } | { ok: false; error: string; description: string };

function single(ctx: Context, name: string): string | undefined {
  const value = ctx.query[name];
  return typeof value === 'string' ? value : undefined;
}

function checkScope(requested: string | undefined): Checked<ReadonlyArray<string>> {
  if (requested === undefined || requested.trim() === '') return { ok: true, value: APP_SCOPES };
  const scope = [...new Set(requested.split(/\s+/).filter((item) => item !== ''))];
  const unknown = scope.filter((item) => !APP_SCOPES.includes(item));
  if (unknown.length > 0) return { ok: false, error: 'invalid_scope', description: `Invalid scope: ${unknown.join(' ')}` };
  return { ok: true, value: scope };
}

function checkPkce(ctx: Context, isPublic: boolean): Checked<{ value: string; method: ChallengeMethod } | undefined> {
  const challenge = single(ctx, 'code_challenge');
  const method = single(ctx, 'code_challenge_method');
  if (challenge === undefined || challenge === '') {
    if (isPublic) return { ok: false, error: 'invalid_request', description: 'code_challenge is required for public clients.' };
    if (method !== undefined) return { ok: false, error: 'invalid_request', description: 'code_challenge_method without code_challenge.' };
    return { ok: true, value: undefined };
  }
  const parsed = parseChallenge(challenge, method);
  if ('error' in parsed) return { ok: false, error: 'invalid_request', description: parsed.error };
  return { ok: true, value: { value: challenge, method: parsed.method } };
}

/**
 * `GET /oauth/authorize`: unknown client → error page 4702; redirect_uri missing or not matching the
 * registered loopback URL (port ignored) → error page 4709; other errors redirect back with `error`.
 * A browser with a Zoom session and an earlier consent gets the code at once, as at Zoom.
 */
export function authorizeRoutes(deps: OAuthDeps): Router {
  const router = new Router();
  router.get(AUTHORIZE_PATH, (ctx) => {
    const client = findClient(single(ctx, 'client_id') ?? '');
    if (client === undefined) {
      sendPage(ctx, errorPage(4702, 'Invalid client_id.'), 400);
      return;
    }
    const redirectUri = single(ctx, 'redirect_uri');
    if (redirectUri === undefined || !isAllowedRedirectUri(redirectUri)) {
      sendPage(ctx, errorPage(4709, 'Invalid redirect: Redirect URI mismatch.'), 400);
      return;
    }
    const state = single(ctx, 'state');
    if (single(ctx, 'response_type') !== 'code') {
      redirectToApp(ctx, redirectUri, { error: 'unsupported_response_type', error_description: 'response_type must be code.', state });
      return;
    }
    const scope = checkScope(single(ctx, 'scope'));
    const challenge = checkPkce(ctx, client.kind === 'public');
    for (const check of [scope, challenge]) {
      if (!check.ok) {
        redirectToApp(ctx, redirectUri, { error: check.error, error_description: check.description, state });
        return;
      }
    }
    if (!scope.ok || !challenge.ok) return;

    let binding = ctx.cookies.get(BINDING_COOKIE);
    if (binding === undefined || binding === '') {
      binding = deps.browser.newBinding();
      ctx.cookies.set(BINDING_COOKIE, binding, COOKIE_OPTIONS);
    }
    const pending = deps.browser.addPending({ client, redirectUri, state, scope: scope.value, challenge: challenge.value, binding });
    const account = deps.browser.sessionAccount(ctx.cookies.get(SESSION_COOKIE));
    if (account === undefined) {
      ctx.redirect(`${SIGNIN_PATH}?pa=${encodeURIComponent(pending.id)}`);
    } else if (deps.browser.hasApproved(account.username, client.clientId, pending.scope)) {
      completeAuthorization(ctx, deps, pending, account);
    } else {
      ctx.redirect(`${CONSENT_PATH}?pa=${encodeURIComponent(pending.id)}`);
    }
  });
  return router;
}
