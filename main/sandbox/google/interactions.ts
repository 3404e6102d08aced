import Router from '@koa/router';
import type { Context } from 'koa';
import type { InteractionResults, Provider } from 'oidc-provider';
import { readForm } from '../http/read-body.js';
import { findByEmail, findBySub, GOOGLE_ACCOUNTS, SANDBOX_PASSWORD } from './accounts.js';
import { GOOGLE_CLIENT, interactionPath } from './oidc-config.js';
import { sendGooglePage } from './page.js';
import { consentPage, errorPage, loginPage } from './pages.js';
import { isIdentityScope } from './scopes.js';

type Details = Awaited<ReturnType<Provider['interactionDetails']>>;

/** Google's sign-in form and consent page, as real HTML forms driven by oidc-provider interactions. */
export function interactionRoutes(provider: Provider): Router {
  const router = new Router({ prefix: '/signin/oauth' });

  router.get('/:uid', async (ctx) => {
    const details = await loadDetails(ctx, provider, ctx.params.uid);
    if (details === undefined) return;
    const prompt = details.prompt.name;
    if (prompt === 'login' || prompt === 'select_account') {
      sendGooglePage(ctx, renderLogin(details, stringParam(details, 'login_hint')));
    } else if (prompt === 'consent') {
      renderConsent(ctx, details);
    } else {
      sendGooglePage(ctx, errorPage(400, 'invalid_request', `unsupported prompt ${prompt}`), 400);
    }
  });

  router.post('/:uid/login', async (ctx) => {
    const details = await loadDetails(ctx, provider, ctx.params.uid);
    if (details === undefined) return;
    const prompt = details.prompt.name;
    if (prompt !== 'login' && prompt !== 'select_account') {
      seeOther(ctx, interactionPath(details.uid));
      return;
    }
    const form = await readForm(ctx.req);
    const email = form.get('email') ?? '';
    const account = findByEmail(email);
    if (account === undefined) {
      sendGooglePage(ctx, renderLogin(details, email, 'Couldn’t find your Google Account.'));
      return;
    }
    if (account.password !== (form.get('password') ?? '')) {
      sendGooglePage(ctx, renderLogin(details, email, 'Wrong password. Try again.'));
      return;
    }
    await switchSessionAccount(provider, details, account.sub);
    const result: InteractionResults = { login: { accountId: account.sub } };
    if (prompt === 'select_account') result.select_account = {};
    await finish(ctx, provider, result);
  });

  router.post('/:uid/consent', async (ctx) => {
    const details = await loadDetails(ctx, provider, ctx.params.uid);
    if (details === undefined) return;
    const accountId = details.session?.accountId;
    if (details.prompt.name !== 'consent' || accountId === undefined) {
      seeOther(ctx, interactionPath(details.uid));
      return;
    }
    const form = await readForm(ctx.req);
    const { identity, optional } = requestedScopes(details);
    const ticked = optional.filter((scope) => form.get(scope) === 'on');
    const unticked = new Set(optional.filter((scope) => !ticked.includes(scope)));
    const grant =
      (details.grantId === undefined ? undefined : await provider.Grant.find(details.grantId)) ??
      new provider.Grant({ accountId, clientId: GOOGLE_CLIENT.clientId });
    // What the user chose is what the app holds: unticking a scope granted earlier takes it back.
    const kept = grant.getOIDCScope().split(' ').filter((scope) => scope !== '' && !unticked.has(scope));
    const scopes = [...new Set([...kept, ...identity, ...ticked])];
    if (scopes.length > 0) grant.openid = { ...grant.openid, scope: scopes.join(' ') };
    else delete grant.openid;
    const grantId = await grant.save();
    await finish(ctx, provider, { consent: { grantId } }, true);
  });

  router.post('/:uid/deny', async (ctx) => {
    const details = await loadDetails(ctx, provider, ctx.params.uid);
    if (details === undefined) return;
    await finish(ctx, provider, { error: 'access_denied', error_description: 'The user denied access.' });
  });

  return router;
}

/**
 * Choosing another account in a browser already signed in (prompt=select_account): Google simply switches
 * accounts, while oidc-provider would first run its logout page. Moving the browser session to the chosen
 * account beforehand avoids that; grants are per account (oidc-config.ts), so nothing leaks across.
 */
async function switchSessionAccount(provider: Provider, details: Details, accountId: string): Promise<void> {
  const current = details.session;
  if (current?.accountId === undefined || current.accountId === accountId) return;
  const session = await provider.Session.findByUid(current.uid);
  if (session === undefined) return;
  session.loginAccount({ accountId });
  await session.persist();
  // oidc-provider refuses an interaction whose session principal changed underneath it: follow the switch.
  const interaction = await provider.Interaction.find(details.uid);
  if (interaction?.session !== undefined) {
    interaction.session.accountId = accountId;
    await interaction.persist();
  }
}

function requestedScopes(details: Details): { identity: string[]; optional: string[] } {
  const requested = (stringParam(details, 'scope') ?? '').split(' ').filter(Boolean);
  return { identity: requested.filter(isIdentityScope), optional: requested.filter((scope) => !isIdentityScope(scope)) };
}

function stringParam(details: Details, name: string): string | undefined {
  const value = details.params[name];
  return typeof value === 'string' ? value : undefined;
}

function renderLogin(details: Details, email: string | undefined, error?: string): string {
  return loginPage({
    action: `${interactionPath(details.uid)}/login`,
    appName: GOOGLE_CLIENT.name,
    users: GOOGLE_ACCOUNTS,
    password: SANDBOX_PASSWORD,
    chooseAccount: details.prompt.name === 'select_account',
    ...(email === undefined ? {} : { email }),
    ...(error === undefined ? {} : { error }),
  });
}

function renderConsent(ctx: Context, details: Details): void {
  const account = findBySub(details.session?.accountId ?? '');
  if (account === undefined) {
    sendGooglePage(ctx, errorPage(400, 'login_required', 'The signed-in account no longer exists.'), 400);
    return;
  }
  const { identity, optional } = requestedScopes(details);
  sendGooglePage(
    ctx,
    consentPage({
      allowAction: `${interactionPath(details.uid)}/consent`,
      denyAction: `${interactionPath(details.uid)}/deny`,
      appName: GOOGLE_CLIENT.name,
      account,
      identityScopes: identity,
      optionalScopes: optional,
    }),
  );
}

/** The interaction bound to this browser (cookie) and URL, or undefined after answering with an error page. */
async function loadDetails(ctx: Context, provider: Provider, uid: string | undefined): Promise<Details | undefined> {
  let details: Details;
  try {
    details = await provider.interactionDetails(ctx.req, ctx.res);
  } catch {
    sendGooglePage(ctx, errorPage(400, 'invalid_request', 'This sign-in has expired or belongs to another browser. Start again from the app.'), 400);
    return undefined;
  }
  if (details.uid !== uid) {
    sendGooglePage(ctx, errorPage(400, 'invalid_request', 'Interaction mismatch. Start again from the app.'), 400);
    return undefined;
  }
  return details;
}

function seeOther(ctx: Context, location: string): void {
  ctx.redirect(location);
  ctx.status = 303;
}

/** Completes the interaction and sends the browser back to the authorization endpoint (303 after a form POST). */
async function finish(ctx: Context, provider: Provider, result: InteractionResults, merge = false): Promise<void> {
  const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: merge });
  seeOther(ctx, returnTo);
}
