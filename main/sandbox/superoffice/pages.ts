import { escapeHtml as e } from '../http/html.js';
import type { SandboxAccount } from './accounts.js';

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f2f4f7; color: #1d2733; }
  .banner { background: #b42318; color: #fff; padding: 8px 16px; font-weight: 600; text-align: center; letter-spacing: .02em; }
  main { max-width: 440px; margin: 32px auto; background: #fff; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.12); padding: 24px 28px; }
  h1 { font-size: 22px; margin: 0 0 4px; color: #0a5e58; }
  .muted { color: #5b6775; font-size: 13px; }
  label { display: block; margin: 14px 0 4px; font-weight: 600; }
  input[type=text], input[type=password] { width: 100%; box-sizing: border-box; padding: 8px 10px; border: 1px solid #b8c2cc; border-radius: 4px; font: inherit; }
  .actions { display: flex; gap: 8px; margin-top: 20px; }
  button { font: inherit; padding: 8px 18px; border-radius: 4px; border: 1px solid #0a5e58; background: #0a5e58; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #0a5e58; }
  .error { background: #fef3f2; border: 1px solid #fda29b; color: #912018; padding: 8px 10px; border-radius: 4px; margin: 12px 0 0; }
  table { border-collapse: collapse; width: 100%; margin-top: 8px; font-size: 13px; }
  th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e4e7ec; }
  code { background: #f2f4f7; padding: 1px 4px; border-radius: 3px; }
  section { margin-top: 24px; }
`;

const BANNER = 'SuperOffice SANDBOX: a local emulator of SuperOffice CRM Online. Nothing here is real.';

function layout(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} · SuperOffice SANDBOX</title>
<style>${STYLE}</style>
</head>
<body>
<div class="banner" role="note">${e(BANNER)}</div>
<main>
${body}
</main>
</body>
</html>`;
}

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
  return layout(
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
  return layout(
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
  return layout(
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
  return layout(
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
  return layout('Logged out', '<h1>You are logged out</h1><p>You can close this window.</p>');
}
