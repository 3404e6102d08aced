import { escapeHtml as e } from '../http/html.js';
import { formPageStyle, sandboxPage, type SandboxLook } from '../http/sandbox-page.js';
import type { SandboxAccount } from './accounts.js';

const LOOK: SandboxLook = {
  product: 'SuperOffice',
  banner: 'SuperOffice SANDBOX: a local emulator of SuperOffice CRM Online. Nothing here is real.',
  style: formPageStyle({ background: '#f2f4f7', text: '#1d2733', accent: '#0a5e58', heading: '#0a5e58', cardRadius: 8, controlRadius: 4, buttonRadius: 4, buttonPadding: '8px 18px', inputs: ['text', 'password'] }),
};

/** A page in SuperOffice's sandbox look (banner, styles). */
export const superOfficePage = (title: string, body: string): string => sandboxPage(LOOK, title, body);

export interface LoginPageInput {
  action: string;
  users: ReadonlyArray<SandboxAccount>;
  password: string;
  username?: string;
  error?: string;
}

/** SuperID's sign-in form, plus the list of sandbox users and their password. */
export function loginPage(input: LoginPageInput): string {
  const rows = input.users
    .map(
      (user) =>
        `<tr><td><code>${e(user.username)}</code></td><td>${e(user.fullName)}</td><td>${e(user.ctx)}</td><td>${user.associateId}</td><td>${user.isAdministrator ? 'yes' : 'no'}</td></tr>`,
    )
    .join('\n');
  const error = input.error === undefined ? '' : `<p class="error" role="alert">${e(input.error)}</p>`;
  return superOfficePage(
    'Log in',
    `<h1>Log in to SuperOffice</h1>
<p class="muted">SuperOffice SANDBOX sign-in (SuperID emulator).</p>
${error}
<form method="post" action="${e(input.action)}">
  <label for="username">E-mail address</label>
  <input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${e(input.username ?? '')}">
  <label for="password">Password</label>
  <input type="password" id="password" name="password" autocomplete="current-password" required>
  <div class="actions"><button type="submit">Log in</button></div>
</form>
<section>
  <h2 class="muted">Sandbox users</h2>
  <p>The password for every sandbox user is <code>${e(input.password)}</code>.</p>
  <table>
    <thead><tr><th>User name</th><th>Name</th><th>Tenant</th><th>Associate</th><th>Admin</th></tr></thead>
    <tbody>
${rows}
    </tbody>
  </table>
</section>`,
  );
}

export interface ApprovalPageInput {
  approveAction: string;
  cancelAction: string;
  appName: string;
  account: SandboxAccount;
}

/** The app approval page SuperOffice shows the first time a user lets an app into a tenant. */
export function approvalPage(input: ApprovalPageInput): string {
  const { account } = input;
  return superOfficePage(
    'Approve app',
    `<h1>Approve ${e(input.appName)}</h1>
<p class="muted">Signed in as ${e(account.fullName)} (${e(account.username)}) · tenant ${e(account.ctx)} · ${e(account.companyName)}</p>
<p><strong>${e(input.appName)}</strong> wants to access SuperOffice CRM on your behalf: read your user details and your diary, and create video meetings.</p>
<p class="muted">You only need to approve this once. A tenant administrator can remove the app later.</p>
<div class="actions">
  <form method="post" action="${e(input.approveAction)}"><button type="submit">I approve</button></form>
  <form method="post" action="${e(input.cancelAction)}"><button type="submit" class="secondary">Cancel</button></form>
</div>`,
  );
}

/** An error page for failed sign-in requests; shows only the OAuth error fields. */
export function errorPage(fields: Readonly<Record<string, string | undefined>>): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `<tr><th>${e(key)}</th><td>${e(value)}</td></tr>`)
    .join('\n');
  return superOfficePage(
    'Sign-in error',
    `<h1>Something went wrong</h1>
<p>The sign-in request could not be completed. Start the sign-in again from the app.</p>
<table><tbody>
${lines}
</tbody></table>`,
  );
}

/**
 * The sign-out confirmation. `form` is oidc-provider's own hidden form (with its XSRF token) that the
 * buttons submit; it is trusted markup from the library, not user input.
 */
export function logoutPage(form: string, host: string): string {
  return superOfficePage(
    'Log out',
    `<h1>Log out of SuperOffice?</h1>
<p class="muted">${e(host)}</p>
${form}
<div class="actions">
  <button type="submit" form="op.logoutForm" name="logout" value="yes">Log out</button>
  <button type="submit" form="op.logoutForm" class="secondary">Stay logged in</button>
</div>`,
  );
}

export function loggedOutPage(): string {
  return superOfficePage('Logged out', '<h1>You are logged out</h1><p>You can close this window.</p>');
}
