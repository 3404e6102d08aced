import type { Context } from 'koa';
import { sendPage } from '../../http/html.js';
import { BINDING_COOKIE, type PendingAuthorization } from './browser-state.js';
import type { OAuthDeps } from './deps.js';
import { errorPage } from './pages.js';

/** The pending authorization named by `pa` for this browser, or undefined after sending an error page. */
export function pendingOrError(ctx: Context, deps: OAuthDeps, pendingId: string | undefined): PendingAuthorization | undefined {
  const pending = deps.browser.pending(pendingId, ctx.cookies.get(BINDING_COOKIE));
  if (pending === undefined) {
    sendPage(ctx, errorPage(4700, 'This sign-in request has expired or belongs to another browser. Start again from the app.'), 400);
  }
  return pending;
}
