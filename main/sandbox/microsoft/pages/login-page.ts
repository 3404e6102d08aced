import { escapeHtml as e } from '../../http/html.js';
import type { MicrosoftUser } from '../users.js';
import { layout } from './layout.js';

export interface LoginPageInput {
  action: string;
  flowToken: string;
  users: ReadonlyArray<MicrosoftUser>;
  password: string;
  email?: string;
  error?: string;
}

/** The Entra sign-in form (email and password on one page), plus the sandbox users and their password. */
export function loginPage(input: LoginPageInput): string {
  const rows = input.users
    .map((user) => `<tr><td><code>${e(user.username)}</code></td><td>${e(user.displayName)}</td><td>${user.isAdmin ? 'Global Administrator' : 'User'}</td></tr>`)
    .join('\n');
  const error = input.error === undefined ? '' : `<p class="error" role="alert">${e(input.error)}</p>`;
  return layout(
    'Sign in to your account',
    `<h1>Sign in</h1>
<p class="muted">Contoso work account · Microsoft SANDBOX</p>
${error}
<form method="post" action="${e(input.action)}">
  <input type="hidden" name="flowToken" value="${e(input.flowToken)}">
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
    <thead><tr><th>Email</th><th>Name</th><th>Role</th></tr></thead>
    <tbody>
${rows}
    </tbody>
  </table>
</section>`,
  );
}
