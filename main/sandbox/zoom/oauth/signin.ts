import Router from '@koa/router';
import type { Context } from 'koa';
import { sendPage } from '../../http/html.js';
import { readForm } from '../../http/read-body.js';
import { checkCredentials, SANDBOX_PASSWORD, ZOOM_ACCOUNTS } from '../accounts.js';
import { COOKIE_OPTIONS, CONSENT_PATH, SIGNIN_PATH } from './authorize.js';
import { SESSION_COOKIE } from './browser-state.js';
import type { OAuthDeps } from './deps.js';
import { signInPage } from './pages.js';
import { pendingOrError } from './pending-lookup.js';
import { completeAuthorization } from './redirects.js';

function queryValue(ctx: Context, name: string): string | undefined {
  const value = ctx.query[name];
  return typeof value === 'string' ? value : undefined;
}

function render(ctx: Context, pendingId: string, email?: string, error?: string): void {
  sendPage(
    ctx,
    signInPage({
      action: SIGNIN_PATH,
      pendingId,
      users: ZOOM_ACCOUNTS,
      password: SANDBOX_PASSWORD,
      ...(email === undefined ? {} : { email }),
      ...(error === undefined ? {} : { error }),
    }),
  );
}

/** `GET /signin` shows the form; `POST /signin` checks e-mail and password, starts the Zoom web session and moves on to consent. */
export function signInRoutes(deps: OAuthDeps): Router {
  const router = new Router();

  router.get(SIGNIN_PATH, (ctx) => {
    const pending = pendingOrError(ctx, deps, queryValue(ctx, 'pa'));
    if (pending !== undefined) render(ctx, pending.id);
  });

  router.post(SIGNIN_PATH, async (ctx) => {
    const form = await readForm(ctx.req);
    const pending = pendingOrError(ctx, deps, form.get('pa') ?? undefined);
    if (pending === undefined) return;
    const email = form.get('email') ?? '';
    const account = checkCredentials(email, form.get('password') ?? '');
    if (account === undefined) {
      render(ctx, pending.id, email, 'Incorrect email or password.');
      return;
    }
    ctx.cookies.set(SESSION_COOKIE, deps.browser.startSession(account), COOKIE_OPTIONS);
    if (deps.browser.hasApproved(account.username, pending.client.clientId, pending.scope)) {
      completeAuthorization(ctx, deps, pending, account);
      return;
    }
    ctx.redirect(`${CONSENT_PATH}?pa=${encodeURIComponent(pending.id)}`);
    ctx.status = 303;
  });

  return router;
}
