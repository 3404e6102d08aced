import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ApiError, TrayApi } from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';
import { apiContext } from '../context/api-context.js';
import { PanelRequestEvent } from '../events/panel-request.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';
import { alertTemplate } from './alert.js';

/** What the Google guided reset asks of its owner: go on with the repair, or close the panel. */
export type GoogleResetRequest = 'continue' | 'cancel';

/** The names the app may have in Google's list of third-party apps. */
const APP_ENTRY = 'Video Meetings Tray';
const APP_ENTRY_ALIAS = 'SuperOffice VideoMeetings';

/**
 * Google's guided permission reset: Google's own grant for the app is broken, so the user removes the app's access
 * on Google's permissions page (opened from here), ticks that they did, and Continue (enabled only when ticked) asks
 * the owner to repair the connection; Cancel asks it to close the panel. Both as PanelRequestEvents.
 */
@localized()
@customElement('vmt-google-reset')
export class GoogleReset extends LitElement {
  static override styles = [
    tokens,
    buttons,
    alerts,
    css`
      :host {
        display: block;
      }
      h4 {
        margin: 0;
        font-size: var(--vmt-font-size);
        font-weight: 600;
      }
      h4:focus {
        outline: none;
      }
      p,
      ol {
        margin: var(--vmt-space-2) 0 0;
      }
      ol {
        padding-inline-start: 1.4em;
        display: flex;
        flex-direction: column;
        gap: var(--vmt-space-2);
      }
      .entry {
        font-weight: 600;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: var(--vmt-space-2);
        cursor: pointer;
      }
      input {
        margin: 0;
        accent-color: var(--vmt-accent);
      }
      .buttons {
        display: flex;
        justify-content: flex-end;
        gap: var(--vmt-space-2);
        margin-top: var(--vmt-space-3);
      }
      .opened {
        color: var(--vmt-text-muted);
        font-size: var(--vmt-font-size-small);
      }
      .alert {
        margin-top: var(--vmt-space-2);
      }
    `,
  ];

  /** Set by the owner while its repair call runs: Continue waits. */
  @property({ type: Boolean })
  busy = false;

  @consume({ context: apiContext, subscribe: true })
  @state()
  private api: TrayApi | undefined;

  @state()
  private removed = false;

  @state()
  private opening = false;

  @state()
  private opened = false;

  @state()
  private failure: ApiError | undefined;

  @query('h4')
  private heading!: HTMLElement | null;

  /** Moves the focus to the panel's heading, so the steps are read from the top. */
  reveal(): void {
    this.scrollIntoView?.({ block: 'nearest' });
    this.heading?.focus();
  }

  override render(): TemplateResult {
    const canContinue = this.removed && !this.busy;
    return html`<section aria-labelledby="reset-heading" @keydown=${this.onKeydown}>
      <h4 id="reset-heading" tabindex="-1">${msg('Reset access at Google')}</h4>
      <p class="explanation">${msg('Google’s own grant for this app is broken. Remove the app’s access at Google, then authorise it again.')}</p>
      <ol>
        <li>
          <button type="button" class="button" data-action="open-google-permissions" aria-disabled=${this.opening || !this.api ? 'true' : 'false'} @click=${() => void this.openPage()}>
            ${msg('Open Google’s permissions page')}
          </button>
          <span class="opened" role="status" aria-live="polite">${this.opened ? msg('Opened in your browser.') : ''}</span>
        </li>
        <li class="what">
          ${msg(html`Under Third-party apps, choose <bdi class="entry">${APP_ENTRY}</bdi> (it may be listed as <bdi class="entry">${APP_ENTRY_ALIAS}</bdi>) and click Remove access.`)}
        </li>
        <li>
          <label
            ><input type="checkbox" name="removed" .checked=${this.removed} @change=${(event: Event) => (this.removed = (event.target as HTMLInputElement).checked)} />
            ${msg('I removed the app’s access at Google')}</label
          >
        </li>
      </ol>
      ${this.failure ? alertTemplate(this.failure) : nothing}
      <div class="buttons">
        <button type="button" class="button" data-action="cancel-reset" @click=${() => this.dispatchEvent(new PanelRequestEvent<GoogleResetRequest>('cancel'))}>${msg('Cancel')}</button>
        <button type="button" class="button primary" data-action="continue-reset" ?disabled=${!canContinue} @click=${this.continue}>${msg('Continue')}</button>
      </div>
    </section>`;
  }

  /** Escape is Cancel. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    this.dispatchEvent(new PanelRequestEvent<GoogleResetRequest>('cancel'));
  };

  private readonly continue = (): void => {
    if (!this.removed || this.busy) return;
    this.dispatchEvent(new PanelRequestEvent<GoogleResetRequest>('continue'));
  };

  private async openPage(): Promise<void> {
    const api = this.api;
    if (!api || this.opening) return;
    this.opening = true;
    this.failure = undefined;
    this.opened = false;
    const result = await safeCall(() => api.openProviderPage('google-permissions'));
    this.opening = false;
    if (!result.ok) this.failure = result.error;
    else if (result.value.opened) this.opened = true;
    else this.failure = { code: 'browser_unavailable', message: msg('The page could not be opened.'), remedy: msg('Open myaccount.google.com/permissions in your browser yourself.') };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-google-reset': GoogleReset;
  }
}
