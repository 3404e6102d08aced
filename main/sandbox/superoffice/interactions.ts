import Router from '@koa/router';
import type { Context } from 'koa';
import type { InteractionResults, Provider } from 'oidc-provider';
import { sendPage } from '../http/html.js';
import { readForm } from '../http/read-body.js';
import { checkCredentials, findAccount, SANDBOX_ACCOUNTS, SANDBOX_PASSWORD } from './accounts.js';
import type { Approvals } from './approvals.js';
import { interactionPath, OIDC_MOUNT_PATH, SANDBOX_CLIENT } from './oidc-config.js';
import { approvalPage, errorPage, loginPage } from './pages.js';

type Details = Awaited<ReturnType<Provider['interactionDetails']>>;

export interface InteractionDeps {
  provider: Provider;
  approvals: Approvals;
}

/** SuperID's login form and the app approval page, as real HTML forms driven by oidc-provider interactions. */
export function interactionRoutes(deps: InteractionDeps): Router {
  const { provider, approvals } = deps;
  const router = new Router({ prefix: `${OIDC_MOUNT_PATH}/interaction` });

  router.get('/:uid', async (ctx) => {
    const details = await loadDetails(ctx, provider, ctx.params.uid);
    if (details === undefined) return;
    if (details.prompt.name === 'login') {
      sendPage(ctx, renderLogin(details.uid, loginHint(details)));
    } else if (details.prompt.name === 'consent') {
      renderApproval(ctx, details);
    } else {
      sendPage(ctx, errorPage({ error: 'invalid_request', error_description: `unsupported prompt ${details.prompt.name}` }), 400);
    }
  });

  router.post('/:uid/login', async (ctx) => {
    const details = await loadDetails(ctx, provider, ctx.params.uid);
    if (details === undefined) return;
    if (details.prompt.name !== 'login') {
      ctx.redirect(interactionPath(details.uid));
      ctx.status = 303;
      return;
    }
    const form = await readForm(ctx.req);
    const username = form.get('username') ?? '';
    const account = checkCredentials(username, form.get('password') ?? '');
    if (account === undefined) {
      sendPage(ctx, renderLogin(details.uid, username, 'The user name or password is incorrect.'));
      return;
    }
    await finish(ctx, provider, { login: { accountId: account.username } });
  });

  router.post('/:uid/confirm', async (ctx) => {
    const details = await loadDetails(ctx, provider, ctx.params.uid);
    if (details === undefined) return;
    const accountId = details.session?.accountId;
    const clientId = String(details.params.client_id ?? '');
    if (details.prompt.name !== 'consent' || accountId === undefined) {
      ctx.redirect(interactionPath(details.uid));
      ctx.status = 303;
      return;
    }
    const grant =
      (details.grantId === undefined ? undefined : await provider.Grant.find(details.grantId)) ??
      new provider.Grant({ accountId, clientId });
    const missingScope = details.prompt.details.missingOIDCScope;
    grant.addOIDCScope(Array.isArray(missingScope) && missingScope.length > 0 ? missingScope.map(String) : ['openid']);
    const missingClaims = details.prompt.details.missingOIDCClaims;
    if (Array.isArray(missingClaims)) grant.addOIDCClaims(missingClaims.map(String));
    const grantId = await grant.save();
    approvals.approve(accountId, clientId);
    await finish(ctx, provider, { consent: { grantId } }, true);
  });

  router.post('/:uid/abort', async (ctx) => {
    const details = await loadDetails(ctx, provider, ctx.params.uid);
    if (details === undefined) return;
    await finish(
      ctx,
      provider,
      { error: 'access_denied', error_description: 'The user did not approve the application.' },
      false,
    );
  });

  return router;
}

function renderLogin(uid: string, username: string | undefined, error?: string): string {
  return loginPage({
    action: `${interactionPath(uid)}/login`,
    users: SANDBOX_ACCOUNTS,
    password: SANDBOX_PASSWORD,
    ...(username === undefined ? {} : { username }),
    ...(error === undefined ? {} : { error }),
  });
}

function renderApproval(ctx: Context, details: Details): void {
  const account = findAccount(details.session?.accountId ?? '');
  if (account === undefined) {
    sendPage(ctx, errorPage({ error: 'login_required', error_description: 'The signed-in user no longer exists.' }), 400);
    return;
  }
  sendPage(
    ctx,
    approvalPage({
      approveAction: `${interactionPath(details.uid)}/confirm`,
      cancelAction: `${interactionPath(details.uid)}/abort`,
      appName: SANDBOX_CLIENT.name,
      account,
    }),
  );
}

function loginHint(details: Details): string | undefined {
  const hint = details.params.login_hint;
  return typeof hint === 'string' ? hint : undefined;
}

/** The interaction bound to this browser (cookie) and URL, or undefined after answering with an error page. */
async function loadDetails(ctx: Context, provider: Provider, uid: string | undefined): Promise<Details | undefined> {
  let details: Details;
  try {
    details = await provider.interactionDetails(ctx.req, ctx.res);
  } catch {
    sendPage(
      ctx,
      errorPage({ error: 'invalid_request', error_description: 'This sign-in has expired or belongs to another browser. Start again from the app.' }),
      400,
    );
    return undefined;
  }
  if (details.uid !== uid) {
    sendPage(ctx, errorPage({ error: 'invalid_request', error_description: 'Interaction mismatch. Start again from the app.' }), 400);
    return undefined;
  }
  return details;
}

/** Completes the interaction and sends the browser back to the authorization endpoint (303, like a form POST should). */
async function finish(ctx: Context, provider: Provider, result: InteractionResults, merge = false): Promise<void> {
  const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: merge });
  ctx.redirect(returnTo);
  ctx.status = 303;
}
