import { escapeHtml as e } from '../../http/html.js';
import { layout } from './layout.js';

/** Entra's sign-in error page: the request could not be sent back to the app. */
export function errorPage(fields: Readonly<Record<string, string | undefined>>): string {
  const rows = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `<tr><th>${e(key)}</th><td>${e(value)}</td></tr>`)
    .join('\n');
  return layout(
    'Sign in error',
    `<h1>Sorry, but we're having trouble signing you in.</h1>
<table><tbody>
${rows}
</tbody></table>`,
  );
}

/**
 * `response_mode=form_post`: Entra auto-submits this with a script; the sandbox has no scripts, so the user
 * presses "Continue".
 */
export function formPostPage(action: string, fields: Readonly<Record<string, string>>): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${e(name)}" value="${e(value)}">`)
    .join('\n');
  return layout(
    'Working…',
    `<h1>Return to the app</h1>
<form method="post" action="${e(action)}">
${inputs}
<div class="actions"><button type="submit">Continue</button></div>
</form>`,
  );
}

export function signedOutPage(): string {
  return layout('Signed out', '<h1>You signed out of your account</h1><p>It\'s a good idea to close all browser windows.</p>');
}

/** The `error_uri` target: what an AADSTS number means, in a sentence. */
export function errorLookupPage(code: string): string {
  return layout('Error lookup', `<h1>AADSTS${e(code)}</h1><p>See the Microsoft Entra error code reference for this code. (Sandbox: no details stored.)</p>`);
}
