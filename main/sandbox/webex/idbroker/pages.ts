import { escapeHtml as e } from '../../http/html.js';
import type { WebexAccount } from '../accounts.js';
import { SCOPE_DESCRIPTIONS } from '../integration.js';

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f4f5f7; color: #121212; }
  .banner { background: #b42318; color: #fff; padding: 8px 16px; font-weight: 600; text-align: center; }
  main { max-width: 440px; margin: 32px auto; background: #fff; border-radius: 12px; box-shadow: 0 1px 4px rgba(0,0,0,.12); padding: 24px 28px; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  .muted { color: #5b6775; font-size: 13px; }
  label { display: block; margin: 14px 0 4px; font-weight: 600; }
  input[type=email], input[type=password] { width: 100%; box-sizing: border-box; padding: 8px 10px; border: 1px solid #b8c2cc; border-radius: 6px; font: inherit; }
  .actions { display: flex; gap: 8px; margin-top: 20px; }
  button { font: inherit; padding: 8px 20px; border-radius: 20px; border: 1px solid #07c; background: #07c; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #07c; }
  .error { background: #fef3f2; border: 1px solid #fda29b; color: #912018; padding: 8px 10px; border-radius: 6px; margin: 12px 0 0; }
  table { border-collapse: collapse; width: 100%; margin-top: 8px; font-size: 13px; }
  th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e4e7ec; }
  code { background: #f2f4f7; padding: 1px 4px; border-radius: 3px; }
  ul.scopes li { margin: 6px 0; }
`;

const BANNER = 'Webex SANDBOX: a local emulator of the Webex identity broker and REST API. Nothing here is real.';

function layout(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} · Webex SANDBOX</title>
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
  transaction: string;
  users: ReadonlyArray<WebexAccount>;
  password: string;
  email?: string;
  error?: string;
}

/** The broker's sign-in form, plus the sandbox users and their password. */
export function loginPage(input: LoginPageInput): string {
  const rows = input.users
    .map((user) => `<tr><td><code>${e(user.email)}</code></td><td>${e(user.displayName)}</td><td>${e(user.timezone)}</td></tr>`)
    .join('\n');
  const error = input.error === undefined ? '' : `<p class="error" role="alert">${e(input.error)}</p>`;
  return layout(
    'Sign in',
    `<h1>Sign in to Webex</h1>
<p class="muted">Webex SANDBOX sign-in (identity broker emulator).</p>
${error}
<form method="post" action="${e(input.action)}">
  <input type="hidden" name="txn" value="${e(input.transaction)}">
  <label for="email">Email</label>
  <input type="email" id="email" name="email" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${e(input.email ?? '')}">
  <label for="password">Password</label>
  <input type="password" id="password" name="password" autocomplete="current-password" required>
  <div class="actions"><button type="submit">Sign in</button></div>
</form>
<section>
  <h2 class="muted">Sandbox users</h2>
  <p>The password for every sandbox user is <code>${e(input.password)}</code>.</p>
  <table>
    <thead><tr><th>Email</th><th>Name</th><th>Time zone</th></tr></thead>
    <tbody>
${rows}
    </tbody>
  </table>
</section>`,
  );
}

export interface ConsentPageInput {
  allowAction: string;
  denyAction: string;
  transaction: string;
  appName: string;
  account: WebexAccount;
  scopes: ReadonlyArray<string>;
}

/** The permission dialog: the integration's name and every requested scope, with Allow and Deny. */
export function consentPage(input: ConsentPageInput): string {
  const scopes = input.scopes
    .map((scope) => `<li><strong>${e(SCOPE_DESCRIPTIONS[scope] ?? scope)}</strong> <span class="muted"><code>${e(scope)}</code></span></li>`)
    .join('\n');
  const hidden = `<input type="hidden" name="txn" value="${e(input.transaction)}">`;
  return layout(
    'Permissions',
    `<h1>${e(input.appName)} would like to</h1>
<p class="muted">Signed in as ${e(input.account.displayName)} (${e(input.account.email)})</p>
<ul class="scopes">
${scopes}
</ul>
<p class="muted">You can remove this integration later in your Webex settings.</p>
<div class="actions">
  <form method="post" action="${e(input.allowAction)}">${hidden}<button type="submit">Allow</button></form>
  <form method="post" action="${e(input.denyAction)}">${hidden}<button type="submit" class="secondary">Deny</button></form>
</div>`,
  );
}

/** An error page for requests that cannot be redirected back to the app. */
export function errorPage(message: string): string {
  return layout(
    'Error',
    `<h1>Something went wrong</h1>
<p role="alert">${e(message)}</p>
<p class="muted">Start the sign-in again from the app.</p>`,
  );
}
