import Router from '@koa/router';
import type { Context } from 'koa';
import { sendPage } from '../../http/html.js';
import { readForm } from '../../http/read-body.js';
import { APP_NAME } from '../clients.js';
import { CONSENT_PATH, SIGNIN_PATH } from './authorize.js';
import { SESSION_COOKIE } from './browser-state.js';
import type { OAuthDeps } from './deps.js';
import { consentPage } from './pages.js';
import { pendingOrError } from './pending-lookup.js';
import { completeAuthorization, redirectToApp } from './redirects.js';

const ALLOW_PATH = `${CONSENT_PATH}/allow`;
const DENY_PATH = `${CONSENT_PATH}/deny`;

/** Back to the sign-in form when the Zoom session is gone. */
function toSignIn(ctx: Context, pendingId: string): void {
  ctx.redirect(`${SIGNIN_PATH}?pa=${encodeURIComponent(pendingId)}`);
  if (ctx.method === 'POST') ctx.status = 303;
}

/** The consent page (`GET /oauth/consent`) and its Allow / Deny buttons. Deny redirects with `error=access_denied`. */
export function consentRoutes(deps: OAuthDeps): Router {
  const router = new Router();

  router.get(CONSENT_PATH, (ctx) => {
    const pa = ctx.query.pa;
    const pending = pendingOrError(ctx, deps, typeof pa === 'string' ? pa : undefined);
    if (pending === undefined) return;
    const account = deps.browser.sessionAccount(ctx.cookies.get(SESSION_COOKIE));
    if (account === undefined) {
      toSignIn(ctx, pending.id);
      return;
    }
    sendPage(
      ctx,
      consentPage({ allowAction: ALLOW_PATH, denyAction: DENY_PATH, pendingId: pending.id, appName: APP_NAME, account, scope: pending.scope }),
    );
  });

  for (const [path, allow] of [
    [ALLOW_PATH, true],
    [DENY_PATH, false],
  ] as const) {
    router.post(path, async (ctx) => {
      const form = await readForm(ctx.req);
      const pending = pendingOrError(ctx, deps, form.get('pa') ?? undefined);
      if (pending === undefined) return;
      const account = deps.browser.sessionAccount(ctx.cookies.get(SESSION_COOKIE));
      if (account === undefined) {
        toSignIn(ctx, pending.id);
        return;
      }
      if (!allow) {
        deps.browser.finishPending(pending.id);
        redirectToApp(ctx, pending.redirectUri, { error: 'access_denied', error_description: 'The user denied the authorization request.', state: pending.state });
        return;
      }
      deps.browser.approve(account.username, pending.client.clientId, pending.scope);
      completeAuthorization(ctx, deps, pending, account);
    });
  }

  return router;
}
