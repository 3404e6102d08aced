import type { Context } from 'koa';
import type { ZoomAccount } from '../accounts.js';
import type { PendingAuthorization } from './browser-state.js';
import type { OAuthDeps } from './deps.js';

/** Redirects the browser to the app's loopback URI with these parameters (303 after a form POST). */
export function redirectToApp(ctx: Context, redirectUri: string, params: Record<string, string | undefined>): void {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  ctx.redirect(url.href);
  if (ctx.method === 'POST') ctx.status = 303;
}

/** Issues the authorization code for a signed-in, consenting user and sends the browser back to the app. */
export function completeAuthorization(ctx: Context, deps: OAuthDeps, pending: PendingAuthorization, account: ZoomAccount): void {
  const code = deps.grants.issueCode({
    clientId: pending.client.clientId,
    account,
    redirectUri: pending.redirectUri,
    scope: pending.scope,
    challenge: pending.challenge,
  });
  deps.browser.finishPending(pending.id);
  redirectToApp(ctx, pending.redirectUri, { code, state: pending.state });
}
