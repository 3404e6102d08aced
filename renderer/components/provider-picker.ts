import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ApiError, ConnectionView, ProviderId, TrayApi } from '../../preload/contract.js';
import { isProviderId } from '../api/providers.js';
import { safeCall } from '../api/safe-call.js';
import { apiContext } from '../context/api-context.js';
import { ConnectionUpdatedEvent } from '../events/connection-updated.js';
import { shortStatusLabel } from '../format/status.js';
import { statusDots } from '../styles/status.js';
import { alerts, tokens } from '../styles/tokens.js';

/**
 * Which provider new meetings are created with: a radio group of the video providers, each with its status.
 * Choosing one calls setActiveProvider; the others keep their sign-in. Native radios, so arrow keys move the choice.
 */
@localized()
@customElement('vmt-provider-picker')
export class ProviderPicker extends LitElement {
  static override styles = [
    tokens,
    alerts,
    statusDots,
    css`
      :host {
        display: block;
      }
      .label {
        margin: 0 0 var(--vmt-space-1);
        font-weight: 600;
      }
      .options {
        display: flex;
        flex-direction: column;
        padding: var(--vmt-space-1);
        background: var(--vmt-surface);
        border: 1px solid var(--vmt-border);
        border-radius: var(--vmt-radius);
      }
      .option {
        display: flex;
        align-items: center;
        gap: var(--vmt-space-2);
        min-height: 28px;
        padding: 2px var(--vmt-space-2);
        border-radius: var(--vmt-radius-control);
        cursor: pointer;
      }
      .option:hover {
        background: var(--vmt-button-hover);
      }
      .option.chosen {
        background: var(--vmt-env-bg);
      }
      input {
        flex: none;
        margin: 0;
        accent-color: var(--vmt-accent);
      }
      .title {
        flex: 1;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .state {
        flex: none;
        display: inline-flex;
        align-items: center;
        gap: 6px;
        color: var(--vmt-text-muted);
        font-size: var(--vmt-font-size-small);
      }
      .alert {
        margin-top: var(--vmt-space-2);
      }
    `,
  ];

  /** The video providers, in the order the core lists them. */
  @property({ attribute: false })
  providers: ConnectionView[] = [];

  @consume({ context: apiContext, subscribe: true })
  @state()
  private api: TrayApi | undefined;

  /** The provider just chosen, shown as chosen until the core answers. */
  @state()
  private choosing: ProviderId | undefined;

  @state()
  private failure: ApiError | undefined;

  private generation = 0;

  override render(): TemplateResult {
    const chosen = this.choosing ?? this.providers.find((view) => view.active)?.id;
    return html`
      <p class="label" id="picker-label">${msg('Provider for new meetings')}</p>
      <div
        class="options"
        role="radiogroup"
        aria-labelledby="picker-label"
        aria-busy=${this.choosing ? 'true' : 'false'}
      >
        ${repeat(
          this.providers,
          (view) => view.id,
          (view) => this.renderOption(view, view.id === chosen),
        )}
      </div>
      ${this.failure
        ? html`<div class="alert" role="alert">
            <bdi class="alert-message">${this.failure.message}</bdi>
            ${this.failure.remedy ? html`<bdi class="alert-remedy">${this.failure.remedy}</bdi>` : nothing}
          </div>`
        : nothing}
    `;
  }

  /** Scrolls the picker into view and puts the focus on the chosen provider (or the first). */
  reveal(): void {
    this.scrollIntoView?.({ block: 'nearest' });
    const radios = [...(this.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
    (radios.find((radio) => radio.checked) ?? radios[0])?.focus();
  }

  private renderOption(view: ConnectionView, checked: boolean): TemplateResult {
    const id = `provider-${view.id}`;
    return html`<label class=${checked ? 'option chosen' : 'option'} for=${id} data-provider=${view.id}>
      <input
        id=${id}
        type="radio"
        name="provider"
        .value=${view.id}
        .checked=${live(checked)}
        ?disabled=${!this.api}
        @change=${() => void this.choose(view.id)}
      />
      <bdi class="title">${view.title}</bdi>
      <span class="state"
        ><span class="dot" data-status=${view.status} aria-hidden="true"></span
        ><span class="state-text">${shortStatusLabel(view)}</span></span
      >
    </label>`;
  }

  private async choose(id: ConnectionView['id']): Promise<void> {
    const api = this.api;
    if (!api || !isProviderId(id)) return;
    const generation = ++this.generation;
    this.choosing = id;
    this.failure = undefined;
    const result = await safeCall(() => api.setActiveProvider(id));
    // A newer choice is on its way: its answer is the one that counts.
    if (generation !== this.generation) return;
    this.choosing = undefined;
    if (result.ok) {
      for (const view of result.value) this.dispatchEvent(new ConnectionUpdatedEvent(view));
    } else {
      this.failure = result.error;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-provider-picker': ProviderPicker;
  }
}
