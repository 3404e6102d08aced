import { escapeHtml as e } from '../../http/html.js';
import { superOfficePage } from '../pages.js';

export interface AuthorisePageInput {
  /** Who is authorising, e.g. "Alice Andersen (alice@example.com)". */
  user: string;
  ctx: string;
  providerId: string;
  authoriseAction: string;
  cancelAction: string;
  /** Hidden inputs both forms post (the link's signed parameters). */
  fields: Readonly<Record<string, string>>;
}

function hidden(fields: Readonly<Record<string, string>>): string {
  return Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${e(name)}" value="${e(value)}">`)
    .join('');
}

/** The LoginUrl page: lets the user authorise SuperOffice's central video meeting service ("Authorise" / "Cancel"). */
export function authorisePage(input: AuthorisePageInput): string {
  return superOfficePage(
    'Authorise video meetings',
    `<h1>Authorise video meetings</h1>
<p class="muted">${e(input.user)} · tenant ${e(input.ctx)}</p>
<p>SuperOffice wants to create video meetings for you with the provider configured on your tenant (<code>${e(input.providerId)}</code>).</p>
<p class="muted">In SuperOffice CRM Online this is the provider's own sign-in; the sandbox only asks.</p>
<div class="actions">
  <form method="post" action="${e(input.authoriseAction)}">${hidden(input.fields)}<button type="submit">Authorise</button></form>
  <form method="post" action="${e(input.cancelAction)}">${hidden(input.fields)}<button type="submit" class="secondary">Cancel</button></form>
</div>`,
  );
}

/** After "Authorise". */
export function authorisedPage(user: string): string {
  return superOfficePage(
    'Video meetings authorised',
    `<h1>Video meetings authorised</h1>
<p role="status">${e(user)} can now create video meetings from SuperOffice.</p>
<p>You can close this window and return to the app.</p>`,
  );
}

/** After "Cancel". */
export function cancelledPage(): string {
  return superOfficePage(
    'Video meetings not authorised',
    `<h1>Video meetings not authorised</h1>
<p role="status">Nothing was changed.</p>
<p>You can close this window and return to the app.</p>`,
  );
}

/** A login link that is incomplete or was edited. */
export function badLinkPage(): string {
  return superOfficePage(
    'Invalid link',
    `<h1>This link is not valid</h1>
<p>Open the video meeting authorisation again from the app.</p>`,
  );
}
