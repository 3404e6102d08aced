import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AgendaItem, ApiError, MeetingTextKind, TrayApi } from '../../preload/contract.js';
import { closeOnEscape } from '../a11y/close-on-escape.js';
import { clipboardRefusedError, copyText } from '../api/copy-text.js';
import { safeCall } from '../api/safe-call.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';
import { alertTemplate } from './alert.js';
import { copyFallbackStyles, copyFallbackTemplate } from './copy-fallback.js';

type Busy = 'add' | 'remove' | MeetingTextKind;

/**
 * The video-meeting actions of one agenda item: "Add video meeting" on the user's own appointments without a
 * link; "Copy link" and "Copy invitation" on items with one; "Remove video meeting" on meetings this app made.
 * Failures are shown under the buttons with their remedy; copies are announced to screen readers.
 */
@localized()
@customElement('vmt-video-actions')
export class VideoActions extends LitElement {
  static override styles = [
    tokens,
    buttons,
    alerts,
    copyFallbackStyles,
    css`
      :host {
        display: contents;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        grid-column: 1 / -1;
        margin-top: var(--vmt-space-1);
      }
      .options {
        grid-column: 1 / -1;
        margin-top: var(--vmt-space-1);
      }
      .options summary {
        width: fit-content;
        font-size: var(--vmt-font-size-small);
        color: var(--vmt-text-muted);
        cursor: pointer;
      }
      .alert,
      .copy-fallback {
        grid-column: 1 / -1;
        margin: var(--vmt-space-1) 0 0;
      }
      .visually-hidden {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    `,
  ];

  @property({ attribute: false }) item: AgendaItem | undefined;
  @property({ attribute: false }) api: TrayApi | undefined;

  @state() private busy: Busy | undefined;
  @state() private error: ApiError | undefined;
  @state() private announcement = '';
  /** Text the clipboard refused, shown selected so the user can copy it by hand. */
  @state() private fallbackText = '';

  override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (!item || item.phase === 'ended') return nothing;
    const pending = item.video?.pending;
    let actions: TemplateResult | typeof nothing = nothing;
    if (item.canAddVideo || pending === 'adding') {
      const label = pending === 'adding' || this.busy === 'add' ? msg('Adding video meeting…') : msg('Add video meeting');
      actions = html`<div class="actions">${this.button('add', label, msg(str`Add a video meeting to ${item.title}`), true)}</div>`;
    } else if (item.join) {
      // Sharing and removing are occasional: kept one click away so the agenda stays calm. Lit leaves `open`
      // alone, so the options stay open across re-renders once the user opened them.
      const options = [
        this.button('link', this.busy === 'link' ? msg('Copying…') : msg('Copy link'), msg(str`Copy the meeting link of ${item.title}`)),
        this.button('invitation', this.busy === 'invitation' ? msg('Copying…') : msg('Copy invitation'), msg(str`Copy an invitation to ${item.title}`)),
        ...(item.video
          ? [this.button('remove', pending === 'removing' || this.busy === 'remove' ? msg('Removing…') : msg('Remove video meeting'), msg(str`Remove the video meeting of ${item.title}`))]
          : []),
      ];
      actions = html`<details class="options" @keydown=${closeOnEscape}>
        <summary aria-label=${msg(str`Meeting options for ${item.title}`)}>${msg('Meeting options')}</summary>
        <div class="actions">${options}</div>
      </details>`;
    }
    return html`${actions} ${this.error ? alertTemplate(this.error) : nothing} ${this.error?.code === 'reservation_failed' ? this.repairButton() : nothing}
      ${this.fallbackText ? copyFallbackTemplate(this.fallbackText) : nothing}
      <span class="visually-hidden" role="status" aria-live="polite">${this.announcement}</span>`;
  }

  /** SuperOffice's own remedy for a failed reservation (log out and back in), done by the app in one click. */
  private repairButton(): TemplateResult {
    return html`<div class="actions">
      <button type="button" class="button small" data-action="repair-superoffice" aria-disabled=${this.busy || !this.api ? 'true' : 'false'} @click=${() => void this.repairSuperOffice()}>
        ${msg('Repair SuperOffice connection')}
      </button>
    </div>`;
  }

  private async repairSuperOffice(): Promise<void> {
    const api = this.api;
    if (!api || this.busy) return;
    this.busy = 'add';
    try {
      const result = await safeCall(() => api.repairConnection('superoffice'));
      if (!result.ok) this.error = result.error;
      else if (result.value.status === 'connected') {
        this.error = undefined;
        this.announcement = msg('SuperOffice connection repaired. Try adding the video meeting again.');
      }
    } finally {
      this.busy = undefined;
    }
  }

  private button(action: Busy, label: string, ariaLabel: string, primary = false): TemplateResult {
    const disabled = this.busy !== undefined || this.item?.video?.pending !== undefined || !this.api;
    return html`<button
      type="button"
      class=${primary ? 'button small primary' : 'button small'}
      data-action=${action === 'link' || action === 'invitation' ? `copy-${action}` : `${action}-video`}
      aria-label=${ariaLabel}
      aria-disabled=${disabled ? 'true' : 'false'}
      @click=${() => void this.run(action)}
    >
      ${label}
    </button>`;
  }

  private async run(action: Busy): Promise<void> {
    const { api, item } = this;
    if (!api || !item || this.busy || item.video?.pending) return;
    this.busy = action;
    this.error = undefined;
    this.fallbackText = '';
    this.announcement = '';
    try {
      if (action === 'add') {
        const result = await safeCall(() => api.addVideoMeeting(item.key));
        if (result.ok) this.announcement = msg(str`Video meeting added to ${item.title}`);
        else this.error = result.error;
      } else if (action === 'remove') {
        const result = await safeCall(() => api.removeVideoMeeting(item.key));
        if (result.ok) this.announcement = msg(str`Video meeting removed from ${item.title}`);
        else this.error = result.error;
      } else {
        await this.copy(api, item, action);
      }
    } finally {
      this.busy = undefined;
    }
  }

  private async copy(api: TrayApi, item: AgendaItem, kind: MeetingTextKind): Promise<void> {
    const result = await safeCall(() => api.meetingText(item.key, kind));
    if (!result.ok) {
      this.error = result.error;
      return;
    }
    if (await copyText(result.value)) {
      this.announcement = kind === 'link' ? msg('Link copied') : msg('Invitation copied');
    } else {
      this.fallbackText = result.value;
      this.error = clipboardRefusedError();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-video-actions': VideoActions;
  }
}
