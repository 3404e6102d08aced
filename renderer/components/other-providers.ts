import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ApiError, ConnectionId, ConnectionView, TrayApi } from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';
import { apiContext } from '../context/api-context.js';
import { ConnectionUpdatedEvent } from '../events/connection-updated.js';
import { statusDots } from '../styles/status.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';

/** Providers that are not the active one but still hold a sign-in (or are signing in): worth listing to sign out. */
export function stillSignedIn(view: ConnectionView): boolean {
  if (view.active || view.needsAccount === false) return false;
  return view.status === 'connected' || view.status === 'needs-reauth' || view.status === 'connecting';
}

/**
 * "Also signed in": a compact list of the providers other than the active one that are still signed in,
 * each with Sign out (or Cancel while its sign-in is still open in the browser).
 */
@localized()
@customElement('vmt-other-providers')
export class OtherProviders extends LitElement {
  static override styles = [
    tokens,
    buttons,
    alerts,
    statusDots,
    css`
      :host {
        display: block;
      }
      h3 {
        margin: 0 0 var(--vmt-space-1);
        font-size: var(--vmt-font-size-small);
        font-weight: 600;
        color: var(--vmt-text-muted);
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        align-items: center;
        gap: var(--vmt-space-2);
        padding: 3px 0;
      }
      .name {
        flex: 1;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .who {
        color: var(--vmt-text-muted);
        font-size: var(--vmt-font-size-small);
      }
      .button {
        min-height: 24px;
        padding: 2px 10px;
        font-size: var(--vmt-font-size-small);
      }
      .alert {
        margin-top: var(--vmt-space-2);
      }
    `,
  ];

  /** The other providers to list (see stillSignedIn). */
  @property({ attribute: false })
  providers: ConnectionView[] = [];

  @consume({ context: apiContext, subscribe: true })
  @state()
  private api: TrayApi | undefined;

  /** Providers with a sign-out (or cancel) call in flight. */
  @state()
  private pending = new Set<ConnectionId>();

  @state()
  private failure: ApiError | undefined;

  private restoreFocus = false;

  override render(): TemplateResult | typeof nothing {
    if (this.providers.length === 0) return nothing;
    return html`<section aria-labelledby="others-heading">
      <h3 id="others-heading">${msg('Also signed in')}</h3>
      <ul>
        ${repeat(
          this.providers,
          (view) => view.id,
          (view) => this.renderRow(view),
        )}
      </ul>
      ${this.failure
        ? html`<div class="alert" role="alert">
            <bdi class="alert-message">${this.failure.message}</bdi>
            ${this.failure.remedy ? html`<bdi class="alert-remedy">${this.failure.remedy}</bdi>` : nothing}
          </div>`
        : nothing}
    </section>`;
  }

  private renderRow(view: ConnectionView): TemplateResult {
    const cancel = view.status === 'connecting';
    const busy = this.pending.has(view.id);
    const who = view.account?.displayName;
    let label: string;
    if (cancel) label = busy ? msg('Cancelling…') : msg('Cancel');
    else label = busy ? msg('Signing out…') : msg('Sign out');
    return html`<li data-provider=${view.id}>
      <span class="dot" data-status=${view.status} aria-hidden="true"></span>
      <span class="name"
        ><bdi class="title">${view.title}</bdi>${who
          ? html` <span class="who">— <bdi>${who}</bdi></span>`
          : cancel
            ? html` <span class="who">— ${msg('signing in…')}</span>`
            : nothing}</span
      >
      <button
        type="button"
        class="button"
        data-action=${cancel ? 'cancel' : 'sign-out'}
        aria-label=${cancel ? msg(str`Cancel sign-in to ${view.title}`) : msg(str`Sign out of ${view.title}`)}
        aria-disabled=${busy || !this.api ? 'true' : 'false'}
        @click=${() => void this.run(view.id, cancel)}
      >
        ${label}
      </button>
    </li>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A signed-out row leaves the list and takes the focus with it: hand it to the next row's button.
    if (this.restoreFocus && this.pending.size === 0 && changed.has('providers')) {
      this.restoreFocus = false;
      const focused = document.activeElement;
      if (focused === null || focused === document.body) this.shadowRoot?.querySelector<HTMLButtonElement>('li button')?.focus();
    }
  }

  private async run(id: ConnectionId, cancel: boolean): Promise<void> {
    const api = this.api;
    if (!api || this.pending.has(id)) return;
    this.restoreFocus = true;
    this.failure = undefined;
    this.pending = new Set([...this.pending, id]);
    const result = await safeCall(() => (cancel ? api.cancelConnect(id) : api.disconnect(id)));
    const rest = new Set(this.pending);
    rest.delete(id);
    this.pending = rest;
    if (result.ok) {
      this.dispatchEvent(new ConnectionUpdatedEvent(result.value));
    } else {
      this.restoreFocus = false;
      if (result.error.code !== 'cancelled') this.failure = result.error;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-other-providers': OtherProviders;
  }
}
