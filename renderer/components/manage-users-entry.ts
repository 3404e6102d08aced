import { localized, msg } from '@lit/localize';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { closeOnEscape } from '../a11y/close-on-escape.js';
import { tokens } from '../styles/tokens.js';
import './manage-users.js';

/**
 * The administrator's way in to Manage users: a disclosure under the SuperOffice card (vmt-app shows it only when
 * SuperOffice says the user is an administrator). The view is made, and its list loaded, each time it is opened.
 */
@localized()
@customElement('vmt-manage-users-entry')
export class ManageUsersEntry extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      details {
        padding: var(--vmt-space-3) var(--vmt-space-4);
        background: var(--vmt-surface);
        border: 1px solid var(--vmt-border);
        border-radius: var(--vmt-radius);
        box-shadow: var(--vmt-shadow);
      }
      summary {
        width: fit-content;
        font-weight: 600;
        cursor: pointer;
      }
      .hint {
        margin: var(--vmt-space-1) 0 var(--vmt-space-3);
        color: var(--vmt-text-muted);
        font-size: var(--vmt-font-size-small);
      }
    `,
  ];

  @state()
  private open = false;

  override render(): TemplateResult {
    return html`<details ?open=${this.open} @keydown=${closeOnEscape} @toggle=${(event: Event) => (this.open = (event.target as HTMLDetailsElement).open)}>
      <summary>${msg('Manage users')}</summary>
      ${this.open
        ? html`<p class="hint">${msg('As a SuperOffice administrator you see every user’s video-meeting configuration and can have it removed.')}</p>
            <vmt-manage-users></vmt-manage-users>`
        : nothing}
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-manage-users-entry': ManageUsersEntry;
  }
}
