import { escapeHtml as e } from '../../http/html.js';
import { formPageStyle, sandboxPage, type SandboxLook } from '../../http/sandbox-page.js';
import type { WebexAccount } from '../accounts.js';
import { SCOPE_DESCRIPTIONS } from '../integration.js';

const LOOK: SandboxLook = {
  product: 'Webex',
  banner: 'Webex SANDBOX: a local emulator of the Webex identity broker and REST API. Nothing here is real.',
  style: formPageStyle({
    background: '#f4f5f7',
    text: '#121212',
    accent: '#07c',
    cardRadius: 12,
    controlRadius: 6,
    buttonRadius: 20,
    buttonPadding: '8px 20px',
    inputs: ['email', 'password'],
    extra: '  ul.scopes li { margin: 6px 0; }\n',
  }),
};

const layout = (title: string, body: string): string => sandboxPage(LOOK, title, body);

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
