import type { Context } from 'koa';
import { SANDBOX_APP } from './app-registration.js';
import { replyWithCode } from './authorize-response.js';
import type { EntraContext } from './context.js';
import type { AuthFlow } from './flows.js';
import { sendEntraPage } from './page-response.js';
import { adminApprovalPage } from './pages/admin-approval-page.js';
import { consentPage } from './pages/consent-page.js';
import { loginPage } from './pages/login-page.js';
import { allScopes, GRAPH_PERMISSIONS, OIDC_SCOPE_LABELS, type RequestedScopes } from './scopes.js';
import { findUserById, SANDBOX_PASSWORD, SANDBOX_USERS, type MicrosoftUser } from './users.js';

/** Where the sign-in forms of a tenant segment post to. */
function formActions(flow: AuthFlow): { login: string; otherAccount: string; consent: string } {
  const base = `/${encodeURIComponent(flow.request.tenant.segment)}`;
  return { login: `${base}/login`, otherAccount: `${base}/login/other`, consent: `${base}/Consent/Set` };
}

function permissionLines(scopes: RequestedScopes): string[] {
  return [...scopes.graph.map((name) => GRAPH_PERMISSIONS[name] ?? name), ...scopes.oidc.map((name) => OIDC_SCOPE_LABELS[name] ?? name)];
}

/** Shows the login form (again) for this flow, optionally prefilled and with an error. */
export function renderLogin(ctx: Context, flow: AuthFlow, email: string | undefined, error?: string): void {
  flow.stage = 'login';
  sendEntraPage(
    ctx,
    loginPage({
      action: formActions(flow).login,
      flowToken: flow.id,
      users: SANDBOX_USERS,
      password: SANDBOX_PASSWORD,
      ...(email === undefined ? {} : { email }),
      ...(error === undefined ? {} : { error }),
    }),
  );
}

function needsConsent(entra: EntraContext, flow: AuthFlow, user: MicrosoftUser): boolean {
  return flow.request.prompt === 'consent' || !entra.consent.covers(user.id, allScopes(flow.request.scopes));
}

/** Whether a silent (prompt=none) request for this user could complete without consent. */
export function consentCovers(entra: EntraContext, flow: AuthFlow, user: MicrosoftUser): boolean {
  return entra.consent.covers(user.id, allScopes(flow.request.scopes));
}

/** Shows the next page of the flow (login, consent or "Need admin approval"), or completes it. */
export function continueFlow(ctx: Context, entra: EntraContext, flow: AuthFlow): void {
  const user = flow.userId === undefined ? undefined : findUserById(flow.userId);
  if (user === undefined) {
    renderLogin(ctx, flow, flow.request.loginHint);
    return;
  }
  if (!needsConsent(entra, flow, user)) {
    completeFlow(ctx, entra, flow, user);
    return;
  }
  const actions = formActions(flow);
  const permissions = permissionLines(flow.request.scopes);
  if (entra.switches.consentRequired && !user.isAdmin) {
    flow.stage = 'admin-approval';
    sendEntraPage(
      ctx,
      adminApprovalPage({ action: actions.consent, otherAccountAction: actions.otherAccount, flowToken: flow.id, appName: SANDBOX_APP.displayName, user, permissions }),
    );
    return;
  }
  flow.stage = 'consent';
  sendEntraPage(ctx, consentPage({ action: actions.consent, flowToken: flow.id, appName: SANDBOX_APP.displayName, user, permissions }));
}

/** Issues the authorization code and redirects to the app. */
export function completeFlow(ctx: Context, entra: EntraContext, flow: AuthFlow, user: MicrosoftUser): void {
  const session = entra.sessions.find(flow.sessionId);
  const now = entra.clock.now();
  const code = entra.codes.issue({
    clientId: flow.request.clientId,
    userId: user.id,
    redirectUri: flow.request.redirectUri,
    scopes: flow.request.scopes,
    challenge: flow.request.challenge,
    nonce: flow.request.nonce,
    authTime: session?.authTime ?? now,
    issuedAt: now,
  });
  entra.flows.finish(flow.id);
  replyWithCode(ctx, flow.request, code.code, session?.id ?? flow.id);
}
