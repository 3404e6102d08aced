import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ApiError, ConnectionId, Result, TrayApi, WizardAction, WizardStep, WizardView } from '../../preload/contract.js';
import { clipboardRefusedError, copyText } from '../api/copy-text.js';
import { safeCall } from '../api/safe-call.js';
import { apiContext } from '../context/api-context.js';
import { RemovalWizardController } from '../controllers/removal-wizard-controller.js';
import { PanelRequestEvent } from '../events/panel-request.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';
import { alertTemplate } from './alert.js';
import { copyFallbackStyles, copyFallbackTemplate } from './copy-fallback.js';
import { wizardStepStyles, wizardStepsTemplate } from './wizard-steps.js';

/** What runs while the wizard waits: one of its actions, "Copy steps", or opening the provider page. */
type Busy = WizardAction | 'copy' | 'page';

/** The one thing the wizard asks of its owner: stop showing it (the core keeps its state). */
export type RemovalWizardRequest = 'close';

/**
 * The disconnect / revoke / uninstall wizard of one connection: its four numbered steps with their state,
 * instructions and outcome, and Start, Next (runs the current step), Back, Cancel, "Copy steps" and, once it is
 * not running, Close. The state is the core's (getRemovalWizard, then `wizardChanged`), so it survives a reload
 * or a restart; while a call runs the buttons wait (aria-disabled, focus kept) and failures are shown inline.
 */
@localized()
@customElement('vmt-removal-wizard')
export class RemovalWizard extends LitElement {
  static override styles = [
    tokens,
    buttons,
    alerts,
    copyFallbackStyles,
    wizardStepStyles,
    css`
      :host {
        display: block;
      }
      .wizard {
        padding: var(--vmt-space-4);
        background: var(--vmt-surface);
        border: 1px solid var(--vmt-border);
        border-radius: var(--vmt-radius);
        box-shadow: var(--vmt-shadow);
      }
      h3 {
        margin: 0;
        font-size: var(--vmt-font-size-title);
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      h3:focus {
        outline: none;
      }
      h3:focus-visible {
        outline: 2px solid var(--vmt-focus);
        outline-offset: 2px;
      }
      .where {
        margin: 2px 0 0;
        color: var(--vmt-text-muted);
      }
      .summary {
        margin-top: var(--vmt-space-3);
        padding: var(--vmt-space-2) var(--vmt-space-3);
        border-radius: var(--vmt-radius-control);
        background: var(--vmt-surface-raised);
        border: 1px solid var(--vmt-divider);
      }
      .summary h4 {
        margin: 0;
        font-size: var(--vmt-font-size);
        font-weight: 600;
      }
      .summary ul {
        margin: var(--vmt-space-1) 0 0;
        padding-inline-start: 1.2em;
      }
      .alert,
      .copy-fallback {
        margin-top: var(--vmt-space-3);
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: var(--vmt-space-2);
        margin-top: var(--vmt-space-3);
      }
      .buttons .secondary {
        margin-inline-end: auto;
      }
      .loading {
        margin: 0;
        color: var(--vmt-text-muted);
      }
    `,
  ];

  /** The connection whose wizard this is. */
  @property({ attribute: false })
  connectionId: ConnectionId | undefined;

  @consume({ context: apiContext, subscribe: true })
  @state()
  private api: TrayApi | undefined;

  @state()
  private busy: Busy | undefined;

  /** The box the user just ticked or unticked, shown as such until the core has answered (no flicker back). */
  @state()
  private confirming: boolean | undefined;

  @state()
  private failure: ApiError | undefined;

  @state()
  private announcement = '';

  /** Steps text the clipboard refused, shown to copy by hand. */
  @state()
  private fallbackText = '';

  @query('h3')
  private heading!: HTMLElement | null;

  @query('.buttons .button.primary')
  private primaryButton!: HTMLButtonElement | null;

  private readonly wizard = new RemovalWizardController(this, () => this.api, () => this.connectionId);
  private pendingReveal = false;
  private restoreFocus = false;

  /** Scrolls the wizard into view and moves the focus to its heading (once it has loaded). */
  reveal(): void {
    if (!this.heading) {
      this.pendingReveal = true;
      return;
    }
    this.scrollIntoView?.({ block: 'nearest' });
    this.heading.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('connectionId') && changed.get('connectionId') !== undefined) {
      this.failure = undefined;
      this.fallbackText = '';
      this.announcement = '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingReveal && this.heading) {
      this.pendingReveal = false;
      this.reveal();
    }
    // The pressed button may be gone (Start turns into Next, Next into the summary): keep the focus in the wizard.
    if (this.restoreFocus && !this.busy) {
      this.restoreFocus = false;
      const focused = document.activeElement;
      if (focused === null || focused === document.body) {
        const running = this.wizard.view?.status === 'in-progress';
        (running && this.primaryButton ? this.primaryButton : this.heading)?.focus();
      }
    }
  }

  override render(): TemplateResult {
    const view = this.wizard.view;
    if (!view) {
      const error = this.wizard.error;
      return html`<section class="wizard" aria-busy=${error ? 'false' : 'true'}>
        ${error
          ? html`${alertTemplate(error)}
              <div class="buttons"><button type="button" class="button" @click=${() => void this.wizard.reload()}>${msg('Try again')}</button></div>`
          : html`<p class="loading" role="status">${msg('Loading…')}</p>`}
      </section>`;
    }
    const current = view.steps.find((step) => step.number === view.current);
    return html`<section class="wizard" aria-labelledby="wizard-heading" data-status=${view.status} aria-busy=${this.busy ? 'true' : 'false'} @keydown=${this.onKeydown}>
      <h3 id="wizard-heading" tabindex="-1"><bdi>${view.title}</bdi></h3>
      <p class="where">${this.statusLine(view, current)}</p>
      ${wizardStepsTemplate(this.confirming === undefined ? view : withConfirmed(view, this.confirming), {
        canConfirm: view.status === 'in-progress' && view.current === 3,
        busy: this.busy !== undefined,
        openPage: (step) => void this.openPage(step),
        setConfirmed: (confirmed) => void this.confirm(confirmed),
      })}
      ${view.summary?.length && (view.status === 'done' || view.status === 'cancelled')
        ? html`<section class="summary" aria-labelledby="summary-heading">
            <h4 id="summary-heading">${msg('Summary')}</h4>
            <ul>
              ${view.summary.map((line) => html`<li><bdi>${line}</bdi></li>`)}
            </ul>
          </section>`
        : nothing}
      ${this.failure ? alertTemplate(this.failure) : nothing} ${this.fallbackText ? copyFallbackTemplate(this.fallbackText, 8) : nothing}
      <div class="buttons">${this.renderButtons(view, current)}</div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  /** Escape closes the wizard like Close, while it is not running (a running one is ended with Cancel). */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || this.wizard.view?.status === 'in-progress') return;
    event.preventDefault();
    event.stopPropagation();
    this.dispatchEvent(new PanelRequestEvent<RemovalWizardRequest>('close'));
  };

  private statusLine(view: WizardView, current: WizardStep | undefined): string {
    switch (view.status) {
      case 'not-started':
        return msg('Removes the connection step by step: disconnect in the app, revoke access, uninstall at the provider.');
      case 'in-progress':
        return current ? msg(str`Step ${current.number} of 4: ${current.title}`) : msg('In progress');
      case 'done':
        return msg('Finished.');
      case 'cancelled':
        return msg('Cancelled.');
    }
  }

  private renderButtons(view: WizardView, current: WizardStep | undefined): TemplateResult {
    const running = view.status === 'in-progress';
    const canBack = (running && view.current > 1) || view.status === 'done';
    return html`<button type="button" class="button secondary" data-action="copy-steps" aria-disabled=${this.disabled()} @click=${() => void this.copySteps()}>
        ${this.busy === 'copy' ? msg('Copying…') : msg('Copy steps')}
      </button>
      ${canBack ? this.button('back', msg('Back')) : nothing} ${running ? this.button('cancel', msg('Cancel')) : nothing}
      ${running ? nothing : html`<button type="button" class="button" data-action="close" @click=${() => this.dispatchEvent(new PanelRequestEvent<RemovalWizardRequest>('close'))}>${msg('Close')}</button>`}
      ${running
        ? this.button('next', this.nextLabel(current), true)
        : this.button('start', view.status === 'not-started' ? msg('Start') : msg('Start again'), true)}`;
  }

  private nextLabel(current: WizardStep | undefined): string {
    if (this.busy === 'next') return msg('Working…');
    if (!current || current.number >= 3) return msg('Finish');
    return msg(str`Next: ${current.title}`);
  }

  private button(action: WizardAction, label: string, primary = false): TemplateResult {
    return html`<button type="button" class=${primary ? 'button primary' : 'button'} data-action=${action} aria-disabled=${this.disabled()} @click=${() => void this.act(action)}>
      ${label}
    </button>`;
  }

  private disabled(): 'true' | 'false' {
    return this.busy !== undefined || !this.api || !this.connectionId ? 'true' : 'false';
  }

  private async act(action: WizardAction): Promise<void> {
    const { api, connectionId: id } = this;
    if (!api || !id || this.busy) return;
    const result = await this.call(action, () => api.removalWizardAction(id, action));
    if (!result.ok) return;
    this.wizard.apply(result.value);
    this.announcement = this.describe(result.value);
  }

  private async confirm(confirmed: boolean): Promise<void> {
    if (this.busy) return;
    this.confirming = confirmed;
    try {
      await this.act(confirmed ? 'confirm' : 'unconfirm');
    } finally {
      this.confirming = undefined;
    }
  }

  private async copySteps(): Promise<void> {
    const { api, connectionId: id } = this;
    if (!api || !id || this.busy) return;
    const result = await this.call('copy', () => api.removalWizardText(id));
    if (!result.ok) return;
    if (await copyText(result.value)) {
      this.announcement = msg('Steps copied');
    } else {
      this.fallbackText = result.value;
      this.failure = clipboardRefusedError();
    }
  }

  private async openPage(step: WizardStep): Promise<void> {
    const api = this.api;
    const page = step.page;
    if (!api || !page || this.busy) return;
    const result = await this.call('page', () => api.openProviderPage(page.id));
    if (!result.ok) return;
    if (result.value.opened) this.announcement = msg('Opened in your browser.');
    else this.failure = { code: 'browser_unavailable', message: msg('The page could not be opened.'), remedy: msg('Copy the steps and open the page in your browser yourself.') };
  }

  /** Runs one call with the wizard busy; a failure is shown and answered as such. */
  private async call<T>(busy: Busy, call: () => Promise<Result<T>>): Promise<Result<T>> {
    this.busy = busy;
    this.failure = undefined;
    this.fallbackText = '';
    this.announcement = '';
    this.restoreFocus = true;
    try {
      const result = await safeCall(call);
      if (!result.ok) this.failure = result.error;
      return result;
    } finally {
      this.busy = undefined;
    }
  }

  private describe(view: WizardView): string {
    switch (view.status) {
      case 'in-progress': {
        const current = view.steps.find((step) => step.number === view.current);
        return current ? msg(str`Step ${current.number} of 4: ${current.title}`) : '';
      }
      case 'done':
        return msg('Finished. The summary says what was removed where.');
      case 'cancelled':
        return msg('Cancelled. The summary says what was already removed.');
      case 'not-started':
        return '';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-removal-wizard': RemovalWizard;
  }
}

/** The view with step 3's box as the user set it. */
function withConfirmed(view: WizardView, confirmed: boolean): WizardView {
  return { ...view, steps: view.steps.map((step) => (step.key === 'uninstall' ? { ...step, confirmed } : step)) };
}
