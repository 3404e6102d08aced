import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { closeOnEscape } from '../a11y/close-on-escape.js';
import { PanelRequestEvent } from '../events/panel-request.js';
import { buttons, tokens } from '../styles/tokens.js';

/** What the Troubleshoot menu asks of its card: run the repair, or open the removal wizard. */
export type TroubleshootRequest = 'repair' | 'remove';

/**
 * A card's less prominent tools, behind a "Troubleshoot" disclosure: "Repair" (connections with an account) and
 * "Remove…" (the removal wizard). The card does the work; the menu only asks, with a PanelRequestEvent.
 */
@localized()
@customElement('vmt-troubleshoot-menu')
export class TroubleshootMenu extends LitElement {
  static override styles = [
    tokens,
    buttons,
    css`
      :host {
        display: block;
      }
      summary {
        width: fit-content;
        color: var(--vmt-text-muted);
        font-size: var(--vmt-font-size-small);
        cursor: pointer;
      }
      .items {
        display: flex;
        flex-wrap: wrap;
        gap: var(--vmt-space-2);
        margin-top: var(--vmt-space-2);
      }
      .button {
        min-height: 24px;
        padding: 2px 10px;
        font-size: var(--vmt-font-size-small);
      }
    `,
  ];

  /** The connection's title, for the buttons' accessible names. */
  @property()
  connectionTitle = '';

  /** Whether Repair is offered (connections with an account). */
  @property({ type: Boolean })
  canRepair = false;

  /** A call of the card is running: the items wait. */
  @property({ type: Boolean })
  busy = false;

  override render(): TemplateResult {
    const title = this.connectionTitle;
    return html`<details @keydown=${closeOnEscape}>
      <summary>${msg('Troubleshoot')}</summary>
      <div class="items">
        ${this.canRepair
          ? this.item('repair', msg('Repair'), msg(str`Repair the ${title} connection: sign out, revoke and sign in again`))
          : nothing}
        ${this.item('remove', msg('Remove…'), msg(str`Remove ${title}: disconnect, revoke and uninstall, step by step`))}
      </div>
    </details>`;
  }

  private item(request: TroubleshootRequest, label: string, description: string): TemplateResult {
    return html`<button
      type="button"
      class="button"
      data-action=${request}
      title=${description}
      aria-disabled=${this.busy ? 'true' : 'false'}
      @click=${() => {
        if (!this.busy) this.dispatchEvent(new PanelRequestEvent<TroubleshootRequest>(request));
      }}
    >
      ${label}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-troubleshoot-menu': TroubleshootMenu;
  }
}
