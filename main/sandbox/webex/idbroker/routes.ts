import Router from '@koa/router';
import type { Context } from 'koa';
import { sendPage } from '../../http/html.js';
import { readForm } from '../../http/read-body.js';
import { checkCredentials, findAccount, SANDBOX_PASSWORD, WEBEX_ACCOUNTS } from '../accounts.js';
import { SANDBOX_INTEGRATION } from '../integration.js';
import { callbackUrl, checkAuthorizeRequest } from '../oauth/authorize-request.js';
import type { OAuthStore } from '../oauth/oauth-store.js';
import type { WebexSwitches } from '../switches.js';
import { consentPage, errorPage, loginPage } from './pages.js';
import type { BrokerState, Transaction } from './transactions.js';

/** Where webexapis.com/v1/authorize sends the browser (idbroker.webex.com's path). */
export const BROKER_AUTHORIZE_PATH = '/idb/oauth2/v1/authorize';
const LOGIN_PATH = '/idb/login';
const CONSENT_PATH = '/idb/consent';
const SESSION_COOKIE = 'webex_sandbox_session';

/** What the app sees when the org admin has not allowed the integration in Control Hub. */
export const BLOCKED_BY_ORG_DESCRIPTION =
  'Your organization administrator has not allowed this integration. Ask your administrator to allow it in Control Hub.';

export interface BrokerDeps {
  store: OAuthStore;
  state: BrokerState;
  switches: WebexSwitches;
}

/** The identity broker's authorize entry, sign-in form and permission dialog. */
export function brokerRoutes(deps: BrokerDeps): Router {
  const { store, state, switches } = deps;
  const router = new Router();

  router.get(BROKER_AUTHORIZE_PATH, (ctx) => {
    const check = checkAuthorizeRequest(new URLSearchParams(ctx.querystring), switches.registeredRedirectPort);
    if (check.kind === 'page') {
      sendPage(ctx, errorPage(check.message), 400);
      return;
    }
    if (check.kind === 'redirect') {
      ctx.redirect(callbackUrl(check.redirectUri, { error: check.error, error_description: check.description }, check.state));
      return;
    }
    const txn = state.begin(check.request);
    const signedIn = state.sessionUser(ctx.cookies.get(SESSION_COOKIE));
    if (signedIn !== undefined) {
      afterSignIn(ctx, deps, txn, signedIn);
      return;
    }
    ctx.redirect(`${LOGIN_PATH}?txn=${encodeURIComponent(txn)}`);
  });

  router.get(LOGIN_PATH, (ctx) => {
    const txn = String(ctx.query.txn ?? '');
    if (state.transaction(txn) === undefined) {
      sendPage(ctx, errorPage('This sign-in request has expired or is unknown.'), 400);
      return;
    }
    sendPage(ctx, loginPage({ action: LOGIN_PATH, transaction: txn, users: WEBEX_ACCOUNTS, password: SANDBOX_PASSWORD }));
  });

  router.post(LOGIN_PATH, async (ctx) => {
    const form = await readForm(ctx.req);
    const txn = form.get('txn') ?? '';
    if (state.transaction(txn) === undefined) {
      sendPage(ctx, errorPage('This sign-in request has expired or is unknown.'), 400);
      return;
    }
    const email = form.get('email') ?? '';
    const found = checkCredentials(email, form.get('password') ?? '');
    if (found === undefined) {
      const error = 'The email address or password is incorrect.';
      sendPage(ctx, loginPage({ action: LOGIN_PATH, transaction: txn, users: WEBEX_ACCOUNTS, password: SANDBOX_PASSWORD, email, error }));
      return;
    }
    ctx.cookies.set(SESSION_COOKIE, state.openSession(found.email), { httpOnly: true, sameSite: 'lax', path: '/', signed: false });
    afterSignIn(ctx, deps, txn, found.email);
  });

  router.get(CONSENT_PATH, (ctx) => {
    const txn = String(ctx.query.txn ?? '');
    const pending = signedInTransaction(ctx, deps, txn);
    const account = pending?.email === undefined ? undefined : findAccount(pending.email);
    if (pending === undefined || account === undefined) {
      sendPage(ctx, errorPage('This sign-in request has expired or is unknown.'), 400);
      return;
    }
    sendPage(
      ctx,
      consentPage({
        allowAction: `${CONSENT_PATH}/allow`,
        denyAction: `${CONSENT_PATH}/deny`,
        transaction: txn,
        appName: SANDBOX_INTEGRATION.name,
        account,
        scopes: pending.request.scopes,
      }),
    );
  });

  router.post(`${CONSENT_PATH}/:decision`, async (ctx) => {
    const txn = (await readForm(ctx.req)).get('txn') ?? '';
    const pending = signedInTransaction(ctx, deps, txn);
    const decision = ctx.params.decision;
    if (pending?.email === undefined || (decision !== 'allow' && decision !== 'deny')) {
      sendPage(ctx, errorPage('This sign-in request has expired or is unknown.'), 400);
      return;
    }
    state.end(txn);
    const { request } = pending;
    if (decision === 'deny') {
      ctx.redirect(callbackUrl(request.redirectUri, { error: 'access_denied', error_description: 'The user denied the request' }, request.state));
      return;
    }
    store.rememberConsent(pending.email, request.scopes);
    redirectWithCode(ctx, deps, pending.email, pending);
  });

  return router;
}

function signedInTransaction(ctx: Context, deps: BrokerDeps, txn: string): Transaction | undefined {
  const pending = deps.state.transaction(txn);
  const user = deps.state.sessionUser(ctx.cookies.get(SESSION_COOKIE));
  return pending !== undefined && pending.email !== undefined && pending.email === user ? pending : undefined;
}

/** After sign-in: the org's Control Hub block, then consent (unless already given), then the code. */
function afterSignIn(ctx: Context, deps: BrokerDeps, txn: string, email: string): void {
  const pending = deps.state.transaction(txn);
  if (pending === undefined) {
    sendPage(ctx, errorPage('This sign-in request has expired or is unknown.'), 400);
    return;
  }
  pending.email = email;
  const { request } = pending;
  if (deps.switches.integrationBlockedByOrg) {
    deps.state.end(txn);
    ctx.redirect(callbackUrl(request.redirectUri, { error: 'access_denied', error_description: BLOCKED_BY_ORG_DESCRIPTION }, request.state));
    return;
  }
  if (!deps.store.hasConsent(email, request.scopes)) {
    ctx.redirect(`${CONSENT_PATH}?txn=${encodeURIComponent(txn)}`);
    return;
  }
  deps.state.end(txn);
  redirectWithCode(ctx, deps, email, pending);
}

function redirectWithCode(ctx: Context, deps: BrokerDeps, email: string, pending: Transaction): void {
  const { request } = pending;
  const code = deps.store.issueCode({
    email,
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    scopes: request.scopes,
    expiresAt: Date.now() + deps.switches.authorizationCodeTtlSeconds * 1000,
    ...(request.challenge === undefined ? {} : { challenge: request.challenge }),
  });
  ctx.redirect(callbackUrl(request.redirectUri, { code }, request.state));
}
