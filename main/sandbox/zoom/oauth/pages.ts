import { escapeHtml as e } from '../../http/html.js';
import { formPageStyle, sandboxPage, type SandboxLook } from '../../http/sandbox-page.js';
import type { ZoomAccount } from '../accounts.js';

const LOOK: SandboxLook = {
  product: 'Zoom',
  banner: 'Zoom SANDBOX: a local emulator of Zoom sign-in and the Zoom API. Nothing here is real.',
  style: formPageStyle({ background: '#f4f6fa', text: '#232333', accent: '#0b5cff', heading: '#0b5cff', cardRadius: 10, controlRadius: 6, buttonRadius: 6, buttonPadding: '8px 18px', inputs: ['email', 'password'] }),
};

const layout = (title: string, body: string): string => sandboxPage(LOOK, title, body);

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
  'meeting:read:list_meetings': 'List your meetings',
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
