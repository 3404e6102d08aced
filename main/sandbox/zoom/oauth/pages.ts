import { escapeHtml as e } from '../../http/html.js';
import type { ZoomAccount } from '../accounts.js';

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f4f6fa; color: #232333; }
  .banner { background: #b42318; color: #fff; padding: 8px 16px; font-weight: 600; text-align: center; letter-spacing: .02em; }
  main { max-width: 460px; margin: 32px auto; background: #fff; border-radius: 10px; box-shadow: 0 1px 4px rgba(0,0,0,.12); padding: 24px 28px; }
  h1 { font-size: 22px; margin: 0 0 4px; color: #0b5cff; }
  .muted { color: #5b6775; font-size: 13px; }
  label { display: block; margin: 14px 0 4px; font-weight: 600; }
  input[type=email], input[type=password] { width: 100%; box-sizing: border-box; padding: 8px 10px; border: 1px solid #b8c2cc; border-radius: 6px; font: inherit; }
  .actions { display: flex; gap: 8px; margin-top: 20px; }
  button { font: inherit; padding: 8px 18px; border-radius: 6px; border: 1px solid #0b5cff; background: #0b5cff; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #0b5cff; }
  .error { background: #fef3f2; border: 1px solid #fda29b; color: #912018; padding: 8px 10px; border-radius: 6px; margin: 12px 0 0; }
  table { border-collapse: collapse; width: 100%; margin-top: 8px; font-size: 13px; }
  th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e4e7ec; }
  code { background: #f2f4f7; padding: 1px 4px; border-radius: 3px; }
  section { margin-top: 24px; }
`;

const BANNER = 'Zoom SANDBOX: a local emulator of Zoom sign-in and the Zoom API. Nothing here is real.';

function layout(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} · Zoom SANDBOX</title>
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

export interface SignInPageInput {
  action: string;
  pendingId: string;
  users: ReadonlyArray<ZoomAccount>;
  password: string;
  email?: string;
  error?: string;
}

/** Zoom's sign-in form, plus the list of sandbox users and their password. */
export function signInPage(input: SignInPageInput): string {
  const rows = input.users
    .map((user) => `<tr><td><code>${e(user.username)}</code></td><td>${e(user.displayName)}</td><td>${e(user.timezone)}</td></tr>`)
    .join('\n');
  const error = input.error === undefined ? '' : `<p class="error" role="alert">${e(input.error)}</p>`;
  return layout(
    'Sign in',
    `<h1>Sign in to Zoom</h1>
<p class="muted">Zoom SANDBOX sign-in.</p>
${error}
<form method="post" action="${e(input.action)}">
  <input type="hidden" name="pa" value="${e(input.pendingId)}">
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

/** What the consent page says each granular scope allows. */
const SCOPE_TEXT: Readonly<Record<string, string>> = {
  'user:read:user': 'View your Zoom user profile',
  'user:read:settings': 'View your Zoom settings',
  'meeting:read:meeting': 'View your meetings',
  'meeting:write:meeting': 'Create meetings for you',
  'meeting:delete:meeting': 'Delete your meetings',
};

export interface ConsentPageInput {
  allowAction: string;
  denyAction: string;
  pendingId: string;
  appName: string;
  account: ZoomAccount;
  scope: ReadonlyArray<string>;
}

/** The app authorization page: the requested scopes, Allow and Deny. */
export function consentPage(input: ConsentPageInput): string {
  const items = input.scope
    .map((scope) => `<li>${e(SCOPE_TEXT[scope] ?? scope)} <code>${e(scope)}</code></li>`)
    .join('\n');
  const hidden = `<input type="hidden" name="pa" value="${e(input.pendingId)}">`;
  return layout(
    'Authorize app',
    `<h1>${e(input.appName)} would like to access your Zoom account</h1>
<p class="muted">Signed in as ${e(input.account.displayName)} (${e(input.account.username)})</p>
<p>The app is requesting these permissions:</p>
<ul>
${items}
</ul>
<div class="actions">
  <form method="post" action="${e(input.allowAction)}">${hidden}<button type="submit">Allow</button></form>
  <form method="post" action="${e(input.denyAction)}">${hidden}<button type="submit" class="secondary">Deny</button></form>
</div>`,
  );
}

/** Zoom's error page for requests it cannot redirect back, e.g. "Invalid redirect: … (4709)". */
export function errorPage(code: number, message: string): string {
  return layout(
    'Error',
    `<h1>Sorry, something went wrong</h1>
<p class="error" role="alert">${e(message)} (${code})</p>
<p class="muted">Start the sign-in again from the app.</p>`,
  );
}
