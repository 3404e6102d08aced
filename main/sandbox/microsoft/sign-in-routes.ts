import Router from '@koa/router';
import type { Context } from 'koa';
import { readForm } from '../http/read-body.js';
import { checkAuthorizeRequest } from './authorize-request.js';
import { replyWithError } from './authorize-response.js';
import type { EntraContext } from './context.js';
import { newBrowserId, type AuthFlow, type FlowStage } from './flows.js';
import { sendEntraPage } from './page-response.js';
import { errorPage, signedOutPage } from './pages/misc-pages.js';
import { BROWSER_COOKIE, SESSION_COOKIE } from './sessions.js';
import { completeFlow, consentCovers, continueFlow, renderLogin } from './sign-in-flow.js';
import { allScopes } from './scopes.js';
import { newTrace, stsDescription, stsError, type StsError } from './sts-error.js';
import { STS } from './sts-errors.js';
import { resolveTenant, type TenantSegment } from './tenant.js';
import { checkCredentials, findUser, findUserById } from './users.js';

const COOKIE_OPTIONS = { httpOnly: true, sameSite: 'lax', path: '/', overwrite: true } as const;

function showError(ctx: Context, entra: EntraContext, error: StsError, status = 400): void {
  const trace = newTrace(entra.clock.now());
  sendEntraPage(ctx, errorPage({ error: error.error, error_description: stsDescription(error, trace), 'Request Id': trace.traceId }), status);
}

function tenantOf(ctx: Context, entra: EntraContext, segment: string | undefined): TenantSegment | undefined {
  const tenant = resolveTenant(segment ?? '');
  if (tenant === undefined) showError(ctx, entra, STS.tenantNotFound(segment ?? ''));
  return tenant;
}

/** The flow named by the form's flowToken, bound to this browser and waiting on one of `stages`. */
function flowOf(ctx: Context, entra: EntraContext, form: URLSearchParams, stages: ReadonlyArray<FlowStage>): AuthFlow | undefined {
  const flow = entra.flows.find(form.get('flowToken') ?? '', ctx.cookies.get(BROWSER_COOKIE), entra.clock.now());
  if (flow === undefined || !stages.includes(flow.stage)) {
    showError(ctx, entra, STS.flowExpired());
    return undefined;
  }
  return flow;
}

/**
 * The interactive part of Entra: `GET {tenant}/oauth2/v2.0/authorize` (sign-in page or SSO), the login
 * form, the consent / "Need admin approval" forms, and sign-out.
 */
export function signInRoutes(entra: EntraContext): Router {
  const router = new Router();

  router.get('/:tenant/oauth2/v2.0/authorize', (ctx) => {
    const tenant = tenantOf(ctx, entra, ctx.params.tenant);
    if (tenant === undefined) return;
    const check = checkAuthorizeRequest(tenant, new URLSearchParams(ctx.querystring));
    const now = entra.clock.now();
    if (check.kind === 'page') return showError(ctx, entra, check.error);
    if (check.kind === 'redirect') return replyWithError(ctx, check, check.error, now);
    const { request } = check;

    let browserId = ctx.cookies.get(BROWSER_COOKIE);
    if (browserId === undefined) {
      browserId = newBrowserId();
      ctx.cookies.set(BROWSER_COOKIE, browserId, COOKIE_OPTIONS);
    }
    const flow = entra.flows.create(browserId, request, now);
    const session = entra.sessions.find(ctx.cookies.get(SESSION_COOKIE));
    const sessionUser = session === undefined ? undefined : findUserById(session.userId);
    const hintMatches = request.loginHint === undefined || findUser(request.loginHint)?.id === sessionUser?.id;
    if (session !== undefined && sessionUser !== undefined && hintMatches && request.prompt !== 'login' && request.prompt !== 'select_account') {
      flow.userId = sessionUser.id;
      flow.sessionId = session.id;
    }
    if (request.prompt === 'none') {
      entra.flows.finish(flow.id);
      if (sessionUser === undefined || flow.userId === undefined) {
        return replyWithError(ctx, request, stsError('login_required', 50058, 'A silent sign-in request was sent but no user is signed in.'), now);
      }
      if (!consentCovers(entra, flow, sessionUser)) return replyWithError(ctx, request, { ...STS.consentMissing(), error: 'consent_required' }, now);
      return completeFlow(ctx, entra, flow, sessionUser);
    }
    continueFlow(ctx, entra, flow);
  });

  router.post('/:tenant/login', async (ctx) => {
    if (tenantOf(ctx, entra, ctx.params.tenant) === undefined) return;
    const form = await readForm(ctx.req);
    const flow = flowOf(ctx, entra, form, ['login']);
    if (flow === undefined) return;
    const email = form.get('email') ?? '';
    const user = checkCredentials(email, form.get('password') ?? '');
    if (user === undefined) {
      const message =
        findUser(email) === undefined
          ? "This username may be incorrect. Make sure you typed it correctly. Otherwise, contact your admin. (AADSTS50034)"
          : "Your account or password is incorrect. If you don't remember your password, reset it now. (AADSTS50126)";
      return renderLogin(ctx, flow, email, message);
    }
    const session = entra.sessions.create(user.id, entra.clock.now());
    ctx.cookies.set(SESSION_COOKIE, session.id, COOKIE_OPTIONS);
    flow.userId = user.id;
    flow.sessionId = session.id;
    continueFlow(ctx, entra, flow);
  });

  router.post('/:tenant/login/other', async (ctx) => {
    if (tenantOf(ctx, entra, ctx.params.tenant) === undefined) return;
    const flow = flowOf(ctx, entra, await readForm(ctx.req), ['consent', 'admin-approval']);
    if (flow === undefined) return;
    delete flow.userId;
    delete flow.sessionId;
    renderLogin(ctx, flow, undefined);
  });

  router.post('/:tenant/Consent/Set', async (ctx) => {
    if (tenantOf(ctx, entra, ctx.params.tenant) === undefined) return;
    const form = await readForm(ctx.req);
    const flow = flowOf(ctx, entra, form, ['consent', 'admin-approval']);
    if (flow === undefined) return;
    const user = findUserById(flow.userId ?? '');
    const now = entra.clock.now();
    if (user === undefined) return showError(ctx, entra, STS.flowExpired());
    if (flow.stage === 'admin-approval' || form.get('decision') !== 'allow') {
      entra.flows.finish(flow.id);
      return replyWithError(ctx, flow.request, flow.stage === 'admin-approval' ? STS.needsAdminApproval() : STS.userDeclined(), now);
    }
    const scopes = allScopes(flow.request.scopes);
    if (user.isAdmin && form.get('consentOnBehalfOfOrg') === 'true') entra.consent.grantTenant(scopes);
    else entra.consent.grantUser(user.id, scopes);
    completeFlow(ctx, entra, flow, user);
  });

  router.get('/:tenant/oauth2/v2.0/logout', (ctx) => {
    if (tenantOf(ctx, entra, ctx.params.tenant) === undefined) return;
    entra.sessions.delete(ctx.cookies.get(SESSION_COOKIE));
    ctx.cookies.set(SESSION_COOKIE, null, COOKIE_OPTIONS);
    sendEntraPage(ctx, signedOutPage());
  });

  return router;
}
