import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { UserConfiguration } from '../../preload/contract.js';
import { configurationKey } from '../api/configuration-ref.js';
import { PanelRequestEvent } from '../events/panel-request.js';
import { providerTitle } from '../format/provider-title.js';
import { buttons, tokens } from '../styles/tokens.js';

/** The dialog's answer to its owner: remove the configurations, or leave them (Cancel, Escape). */
export type ConfirmRemovalRequest = 'confirm' | 'cancel';

/** "Remove 1 configuration" / "Remove 3 configurations". */
export function removeConfigurationsLabel(count: number): string {
  return count === 1 ? msg('Remove 1 configuration') : msg(str`Remove ${count} configurations`);
}

/**
 * The modal confirmation of "Remove configuration": which users and providers, and exactly what will happen on
 * their computers. The focus starts on Cancel; Escape cancels. Answers with a PanelRequestEvent once it closes.
 */
@localized()
@customElement('vmt-confirm-removal')
export class ConfirmRemovalDialog extends LitElement {
  static override styles = [
    tokens,
    buttons,
    css`
      dialog {
        box-sizing: border-box;
        max-width: min(380px, calc(100vw - 2 * var(--vmt-space-4)));
        padding: var(--vmt-space-4);
        border: 1px solid var(--vmt-border);
        border-radius: var(--vmt-radius);
        background: var(--vmt-surface);
        color: var(--vmt-text);
        box-shadow: var(--vmt-shadow);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.35);
      }
      h3 {
        margin: 0;
        font-size: var(--vmt-font-size-title);
        font-weight: 600;
      }
      ul {
        margin: var(--vmt-space-2) 0 0;
        padding-inline-start: 1.2em;
        max-height: 10em;
        overflow-y: auto;
      }
      li {
        overflow-wrap: anywhere;
      }
      .what {
        margin: var(--vmt-space-3) 0 0;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: var(--vmt-space-2);
        margin-top: var(--vmt-space-4);
      }
    `,
  ];

  /** The configurations to remove, as the user selected them. */
  @property({ attribute: false })
  items: readonly UserConfiguration[] = [];

  @query('dialog')
  private dialog!: HTMLDialogElement | null;

  @query('button[data-action="cancel"]')
  private cancelButton!: HTMLButtonElement | null;

  /** Opens the dialog (modal) with the focus on Cancel. */
  async show(): Promise<void> {
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    dialog.returnValue = '';
    dialog.showModal();
    this.cancelButton?.focus();
  }

  override render(): TemplateResult {
    const count = this.items.length;
    return html`<dialog aria-labelledby="confirm-heading" aria-describedby="confirm-what" @keydown=${this.onKeydown} @close=${this.onClose}>
      <h3 id="confirm-heading">${count === 1 ? msg('Remove this configuration?') : msg(str`Remove these ${count} configurations?`)}</h3>
      <ul class="who">
        ${repeat(
          this.items,
          configurationKey,
          (item) =>
            html`<li>${msg(html`<bdi>${item.userName}</bdi> (${item.associateId}): ${providerTitle(item.provider)} on <bdi>${item.deviceName}</bdi>`)}</li>`,
        )}
      </ul>
      <p class="what" id="confirm-what">
        ${msg(
          'Their Video Meetings Tray removes the configuration at its next sync (within a few minutes, or when it starts): the sign-in is deleted from their computer and revoked at the provider where possible. They will be asked to connect again.',
        )}
      </p>
      <div class="buttons">
        <button type="button" class="button" data-action="cancel" autofocus @click=${() => this.dialog?.close('cancel')}>${msg('Cancel')}</button>
        <button type="button" class="button primary" data-action="confirm" @click=${() => this.dialog?.close('confirm')}>${removeConfigurationsLabel(count)}</button>
      </div>
    </dialog>`;
  }

  /** Escape cancels (the browser does so too; handled here so every host behaves the same). */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // Handled here: a disclosure around the dialog (Manage users) must not take the same key and close too.
    event.preventDefault();
    event.stopPropagation();
    this.dialog?.close('cancel');
  };

  private readonly onClose = (): void => {
    const request: ConfirmRemovalRequest = this.dialog?.returnValue === 'confirm' ? 'confirm' : 'cancel';
    this.dispatchEvent(new PanelRequestEvent<ConfirmRemovalRequest>(request));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-confirm-removal': ConfirmRemovalDialog;
  }
}
