import { escapeHtml as e } from '../../http/html.js';
import type { MicrosoftUser } from '../users.js';
import { layout } from './layout.js';

export interface AdminApprovalPageInput {
  action: string;
  otherAccountAction: string;
  flowToken: string;
  appName: string;
  user: MicrosoftUser;
  permissions: ReadonlyArray<string>;
}

/** "Need admin approval": the user may not consent; the only ways on are back to the app or another account. */
export function adminApprovalPage(input: AdminApprovalPageInput): string {
  const items = input.permissions.map((line) => `<li>${e(line)}</li>`).join('\n');
  return layout(
    'Need admin approval',
    `<p class="muted">${e(input.user.username)}</p>
<h1>Need admin approval</h1>
<p><strong>${e(input.appName)}</strong> needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.</p>
<ul class="scopes">
${items}
</ul>
<form method="post" action="${e(input.otherAccountAction)}">
  <input type="hidden" name="flowToken" value="${e(input.flowToken)}">
  <p class="muted">Have an admin account?</p>
  <button type="submit" class="secondary">Sign in with another account</button>
</form>
<div class="actions">
  <form method="post" action="${e(input.action)}">
    <input type="hidden" name="flowToken" value="${e(input.flowToken)}">
    <input type="hidden" name="decision" value="back">
    <button type="submit">Back to app</button>
  </form>
</div>`,
  );
}
