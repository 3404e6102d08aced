import { escapeHtml as e } from '../http/html.js';
import { sandboxPage, type SandboxLook } from '../http/sandbox-page.js';
import type { GoogleAccount } from './accounts.js';
import { IDENTITY_DESCRIPTIONS, SCOPE_DESCRIPTIONS } from './scopes.js';

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; font: 15px/1.45 Roboto, system-ui, -apple-system, "Segoe UI", sans-serif; background: #f0f4f9; color: #1f1f1f; }
  .banner { background: #b3261e; color: #fff; padding: 8px 16px; font-weight: 600; text-align: center; letter-spacing: .02em; }
  main { max-width: 460px; margin: 32px auto; background: #fff; border-radius: 28px; padding: 28px 32px; }
  .brand { font-size: 22px; font-weight: 500; margin: 0 0 12px; }
  .brand span:nth-child(1) { color: #4285f4; } .brand span:nth-child(2) { color: #ea4335; } .brand span:nth-child(3) { color: #fbbc05; }
  .brand span:nth-child(4) { color: #4285f4; } .brand span:nth-child(5) { color: #34a853; } .brand span:nth-child(6) { color: #ea4335; }
  h1 { font-size: 24px; font-weight: 400; margin: 0 0 4px; }
  .muted { color: #444746; font-size: 14px; }
  label.field { display: block; margin: 14px 0 4px; font-weight: 500; }
  input[type=email], input[type=password] { width: 100%; box-sizing: border-box; padding: 10px 12px; border: 1px solid #747775; border-radius: 4px; font: inherit; }
  .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 20px; }
  button { font: inherit; padding: 8px 22px; border-radius: 20px; border: 1px solid #0b57d0; background: #0b57d0; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #0b57d0; border-color: #747775; }
  .error { background: #fce8e6; border: 1px solid #f4b4ae; color: #8c1d18; padding: 8px 10px; border-radius: 4px; margin: 12px 0 0; }
  ul.scopes { list-style: none; padding: 0; margin: 8px 0; }
  ul.scopes li { padding: 8px 0; border-bottom: 1px solid #e3e3e3; }
  ul.scopes code, table code { font-size: 12px; color: #444746; word-break: break-all; }
  table { border-collapse: collapse; width: 100%; margin-top: 8px; font-size: 13px; }
  th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e3e3e3; }
  section { margin-top: 24px; }
`;

const LOOK: SandboxLook = {
  product: 'Google',
  banner: 'Google SANDBOX: a local emulator of Google sign-in and Google Calendar. Nothing here is real.',
  style: STYLE,
  brand: '<p class="brand" aria-label="Google"><span>G</span><span>o</span><span>o</span><span>g</span><span>l</span><span>e</span> SANDBOX</p>',
};

const layout = (title: string, body: string): string => sandboxPage(LOOK, title, body);

export interface LoginPageInput {
  action: string;
  appName: string;
  users: ReadonlyArray<GoogleAccount>;
  password: string;
  email?: string;
  error?: string;
  /** "Choose an account" (prompt=select_account) instead of "Sign in". */
  chooseAccount?: boolean;
}

/** Google's sign-in form, plus the list of sandbox accounts and their password. */
export function loginPage(input: LoginPageInput): string {
  const rows = input.users
    .map((user) => `<tr><td><code>${e(user.username)}</code></td><td>${e(user.name)}</td></tr>`)
    .join('\n');
  const error = input.error === undefined ? '' : `<p class="error" role="alert">${e(input.error)}</p>`;
  const title = input.chooseAccount === true ? 'Choose an account' : 'Sign in';
  return layout(
    title,
    `<h1>${e(title)}</h1>
<p class="muted">to continue to ${e(input.appName)} (Google SANDBOX sign-in)</p>
${error}
<form method="post" action="${e(input.action)}">
  <label class="field" for="email">Email</label>
  <input type="email" id="email" name="email" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${e(input.email ?? '')}">
  <label class="field" for="password">Password</label>
  <input type="password" id="password" name="password" autocomplete="current-password" required>
  <div class="actions"><button type="submit">Sign in</button></div>
</form>
<section>
  <h2 class="muted">Sandbox accounts</h2>
  <p>The password of every sandbox account is <code>${e(input.password)}</code>.</p>
  <table>
    <thead><tr><th>Email</th><th>Name</th></tr></thead>
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
  appName: string;
  account: GoogleAccount;
  /** Requested identity scopes (listed, always granted). */
  identityScopes: ReadonlyArray<string>;
  /** Requested other scopes: one checkbox each, ticked by default (granular consent). */
  optionalScopes: ReadonlyArray<string>;
}

/**
 * The consent page: identity scopes as plain lines, every other scope as a checkbox named after the scope
 * (ticked by default). "Allow" submits the checkboxes; "Deny" sends the app `error=access_denied`.
 */
export function consentPage(input: ConsentPageInput): string {
  const identity = input.identityScopes
    .map((scope) => `<li>${e(IDENTITY_DESCRIPTIONS[scope] ?? scope)} <code>${e(scope)}</code></li>`)
    .join('\n');
  const optional = input.optionalScopes
    .map(
      (scope, index) =>
        `<li><input type="checkbox" id="scope-${index}" name="${e(scope)}" value="on" checked> <label for="scope-${index}">${e(SCOPE_DESCRIPTIONS[scope] ?? scope)}</label> <code>${e(scope)}</code></li>`,
    )
    .join('\n');
  return layout(
    'Consent',
    `<h1>${e(input.appName)} wants access to your Google Account</h1>
<p class="muted">${e(input.account.name)} · ${e(input.account.username)}</p>
<form method="post" action="${e(input.allowAction)}">
  <p>Select what ${e(input.appName)} can access:</p>
  <ul class="scopes">
${identity}
${optional}
  </ul>
  <p class="muted">Make sure you trust ${e(input.appName)}. You can remove its access in your Google Account (Third-party access).</p>
  <div class="actions"><button type="submit">Allow</button></div>
</form>
<form method="post" action="${e(input.denyAction)}"><div class="actions"><button type="submit" class="secondary">Deny</button></div></form>`,
  );
}

/** Google's own error page (no redirect to the app): "Access blocked: Authorization Error", Error {status}: {error}. */
export function errorPage(status: number, error: string, description: string | undefined): string {
  return layout(
    'Error',
    `<h1>Access blocked: Authorization Error</h1>
<p><strong>Error ${status}: ${e(error)}</strong></p>
${description === undefined ? '' : `<p>${e(description)}</p>`}
<p class="muted">Start the sign-in again from the app.</p>`,
  );
}
