import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ConnectionView } from '../../preload/contract.js';
import { isVideoView } from '../api/providers.js';
import { ShowSettingsEvent, type SettingsTarget } from '../events/show-settings.js';
import { shortStatusLabel } from '../format/status.js';
import { statusDots } from '../styles/status.js';
import { tokens } from '../styles/tokens.js';

/**
 * The compact connection health strip at the top of the popover: SuperOffice and the active video provider,
 * one line each with the status dot and a short label. A line is a button: it opens Settings at that connection.
 */
@localized()
@customElement('vmt-connection-health')
export class ConnectionHealth extends LitElement {
  static override styles = [
    tokens,
    statusDots,
    css`
      :host {
        display: block;
      }
      ul {
        display: flex;
        flex-direction: column;
        margin: 0;
        padding: 2px;
        list-style: none;
        background: var(--vmt-surface);
        border: 1px solid var(--vmt-border);
        border-radius: var(--vmt-radius-control);
      }
      .line {
        display: flex;
        align-items: center;
        gap: var(--vmt-space-2);
        width: 100%;
        min-height: 26px;
        padding: 2px var(--vmt-space-2);
        font: inherit;
        color: inherit;
        text-align: start;
        background: none;
        border: 0;
        border-radius: 5px;
        cursor: pointer;
      }
      .line:hover {
        background: var(--vmt-button-hover);
      }
      .name {
        flex: 1;
        min-width: 0;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .state {
        flex: none;
        color: var(--vmt-text-muted);
        font-size: var(--vmt-font-size-small);
      }
    `,
  ];

  /** Every connection the core lists; the strip picks SuperOffice and the active provider. */
  @property({ attribute: false })
  connections: ConnectionView[] = [];

  override render(): TemplateResult | typeof nothing {
    if (this.connections.length === 0) return nothing;
    const crm = this.connections.find((view) => view.kind === 'crm');
    const videos = this.connections.filter(isVideoView);
    const active = videos.find((view) => view.active);
    return html`<ul aria-label=${msg('Connection health')}>
      ${crm ? this.renderLine('superoffice', crm.id, crm.title, crm.status, shortStatusLabel(crm)) : nothing}
      ${active
        ? this.renderLine('video', active.id, active.title, active.status, shortStatusLabel(active))
        : videos.length
          ? this.renderLine('video', 'none', msg('Video meetings'), 'disconnected', msg('No provider chosen'))
          : nothing}
    </ul>`;
  }

  private renderLine(target: SettingsTarget, id: string, title: string, status: string, label: string): TemplateResult {
    return html`<li>
      <button
        type="button"
        class="line"
        data-connection=${id}
        aria-label=${msg(str`${title}: ${label}`)}
        title=${msg('Show in Settings')}
        @click=${() => this.dispatchEvent(new ShowSettingsEvent(target))}
      >
        <span class="dot" data-status=${status} aria-hidden="true"></span><bdi class="name">${title}</bdi>
        <span class="state">${label}</span>
      </button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-connection-health': ConnectionHealth;
  }
}
