import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';

/** Shown instead of the app when the page was opened without a host (no API on window). */
export function missingApiTemplate(): TemplateResult {
  // The landmark holds the alert: <main> itself may not take the alert role.
  return html`<main class="missing-api">
    <div role="alert">
      <h1>${msg('Video Meetings Tray')}</h1>
      <p>
        ${msg(html`This page must be opened from the app: run <code>npm start</code> and open the address it prints.`)}
      </p>
    </div>
  </main>`;
}
