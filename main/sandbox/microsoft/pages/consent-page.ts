import { escapeHtml as e } from '../../http/html.js';
import type { MicrosoftUser } from '../users.js';
import { layout } from './layout.js';

export interface ConsentPageInput {
  action: string;
  flowToken: string;
  appName: string;
  user: MicrosoftUser;
  /** Human-readable permission lines. */
  permissions: ReadonlyArray<string>;
}

/** "Permissions requested": Allow / Deny; admins also get "Consent on behalf of your organization". */
export function consentPage(input: ConsentPageInput): string {
  const items = input.permissions.map((line) => `<li>${e(line)}</li>`).join('\n');
  const orgConsent = input.user.isAdmin
    ? `<p class="check"><input type="checkbox" id="consentOnBehalfOfOrg" name="consentOnBehalfOfOrg" value="true"><label for="consentOnBehalfOfOrg">Consent on behalf of your organization</label></p>`
    : '';
  return layout(
    'Permissions requested',
    `<p class="muted">${e(input.user.username)}</p>
<h1>Permissions requested</h1>
<p><strong>${e(input.appName)}</strong> (unverified) would like to:</p>
<ul class="scopes">
${items}
</ul>
<p class="muted">Accepting these permissions means that you allow this app to use your data as specified in their terms of service and privacy statement. You can change these permissions at https://myapps.microsoft.com.</p>
<div class="actions">
  <form method="post" action="${e(input.action)}">
    <input type="hidden" name="flowToken" value="${e(input.flowToken)}">
    <input type="hidden" name="decision" value="deny">
    <button type="submit" class="secondary">Deny</button>
  </form>
  <form method="post" action="${e(input.action)}">
    <input type="hidden" name="flowToken" value="${e(input.flowToken)}">
    <input type="hidden" name="decision" value="allow">
    ${orgConsent}
    <button type="submit">Allow</button>
  </form>
</div>`,
  );
}
