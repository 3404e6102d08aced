import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ApiError, TrayApi } from '../../preload/contract.js';
import { clipboardRefusedError, copyText } from '../api/copy-text.js';
import { safeCall } from '../api/safe-call.js';
import { apiContext } from '../context/api-context.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';
import { alertTemplate } from './alert.js';
import { copyFallbackStyles, copyFallbackTemplate } from './copy-fallback.js';

/**
 * "Copy diagnostics": puts the core's helpdesk report (no tokens, codes or secrets) on the clipboard and says so
 * politely; when the clipboard refuses, shows the report read-only to copy by hand.
 */
@localized()
@customElement('vmt-copy-diagnostics')
export class CopyDiagnostics extends LitElement {
  static override styles = [
    tokens,
    buttons,
    alerts,
    copyFallbackStyles,
    css`
      :host {
        display: block;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--vmt-space-2) var(--vmt-space-3);
      }
      .hint,
      .copied {
        color: var(--vmt-text-muted);
        font-size: var(--vmt-font-size-small);
      }
      .hint {
        margin: var(--vmt-space-1) 0 0;
      }
      .alert {
        margin-top: var(--vmt-space-2);
      }
    `,
  ];

  @consume({ context: apiContext, subscribe: true })
  @state()
  private api: TrayApi | undefined;

  @state()
  private busy = false;

  @state()
  private failure: ApiError | undefined;

  @state()
  private announcement = '';

  @state()
  private fallbackText = '';

  override render(): TemplateResult {
    return html`<div class="row">
        <button type="button" class="button" data-action="copy-diagnostics" aria-disabled=${this.busy || !this.api ? 'true' : 'false'} @click=${() => void this.copy()}>
          ${this.busy ? msg('Copying…') : msg('Copy diagnostics')}
        </button>
        <span class="copied" role="status" aria-live="polite">${this.announcement}</span>
      </div>
      <p class="hint">${msg('A report for your helpdesk: versions and connection states, without passwords or sign-in tokens.')}</p>
      ${this.failure ? alertTemplate(this.failure) : nothing} ${this.fallbackText ? copyFallbackTemplate(this.fallbackText, 8) : nothing}`;
  }

  private async copy(): Promise<void> {
    const api = this.api;
    if (!api || this.busy) return;
    this.busy = true;
    this.failure = undefined;
    this.fallbackText = '';
    this.announcement = '';
    try {
      const result = await safeCall(() => api.getDiagnostics());
      if (!result.ok) {
        this.failure = result.error;
      } else if (await copyText(result.value)) {
        this.announcement = msg('Diagnostics copied');
      } else {
        this.fallbackText = result.value;
        this.failure = clipboardRefusedError();
      }
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-copy-diagnostics': CopyDiagnostics;
  }
}
