import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ApiError, MeetingView, ProviderId, Result, TrayApi } from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';
import { apiContext } from '../context/api-context.js';
import { FormatSettingsController } from '../controllers/format-settings-controller.js';
import { formatDateTime, parseTimestamp } from '../format/time.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';

type Copied = 'link' | 'invitation' | 'failed';

/** The text "Copy invitation" puts on the clipboard; the passcode line only when the meeting has one. */
export function invitationText(meeting: MeetingView): string {
  const lines = [msg(str`Join meeting: ${meeting.joinUrl}`), msg(str`Meeting ID: ${meeting.meetingId}`)];
  if (meeting.passcode) lines.push(msg(str`Passcode: ${meeting.passcode}`));
  return lines.join('\n');
}

/**
 * "Create test meeting" on a connected provider's card: creates a meeting starting now and shows what the user
 * would share (join link, meeting ID, passcode) with Copy buttons. The link is text: the app opens links itself.
 */
@localized()
@customElement('vmt-test-meeting')
export class TestMeeting extends LitElement {
  static override styles = [
    tokens,
    buttons,
    alerts,
    css`
      :host {
        display: block;
      }
      .meeting {
        margin: var(--vmt-space-2) 0 0;
        padding: var(--vmt-space-2) var(--vmt-space-3);
        border-radius: var(--vmt-radius-control);
        border: 1px solid var(--vmt-divider);
        background: var(--vmt-surface-raised);
      }
      .meeting-title {
        margin: 0 0 var(--vmt-space-1);
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 2px var(--vmt-space-3);
        margin: 0;
        font-size: var(--vmt-font-size-small);
      }
      dt {
        color: var(--vmt-text-muted);
      }
      dd {
        margin: 0;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .value {
        font-family: ui-monospace, 'SF Mono', Consolas, 'Liberation Mono', monospace;
        user-select: all;
      }
      .copy {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--vmt-space-2);
        margin-top: var(--vmt-space-2);
      }
      .copy-status {
        color: var(--vmt-text-muted);
        font-size: var(--vmt-font-size-small);
      }
      .alert {
        margin-top: var(--vmt-space-2);
      }
    `,
  ];

  /** The provider to create the meeting with. */
  @property({ attribute: false })
  provider: ProviderId | undefined;

  @consume({ context: apiContext, subscribe: true })
  @state()
  private api: TrayApi | undefined;

  @state()
  private pending = false;

  @state()
  private meeting: MeetingView | undefined;

  @state()
  private failure: ApiError | undefined;

  /** The meeting's start follows the chosen clock and formats. */
  protected readonly formats = new FormatSettingsController(this);

  @state()
  private copied: Copied | undefined;

  /** Bumped per call and on a provider change, so a late answer for an older call is dropped. */
  private generation = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('provider') && changed.get('provider') !== undefined) this.reset();
  }

  override render(): TemplateResult {
    const meeting = this.meeting;
    return html`
      <button
        type="button"
        class="button"
        data-action="create-test-meeting"
        aria-disabled=${this.pending || !this.api || !this.provider ? 'true' : 'false'}
        @click=${() => void this.create()}
      >
        ${this.pending ? msg('Creating test meeting…') : msg('Create test meeting')}
      </button>
      <p class="visually-hidden meeting-status" role="status" aria-live="polite">${this.announcement()}</p>
      ${this.failure ? this.renderAlert(this.failure) : nothing} ${meeting ? this.renderMeeting(meeting) : nothing}
    `;
  }

  private announcement(): string {
    if (this.pending) return msg('Creating a test meeting…');
    if (this.meeting) return msg('Test meeting created.');
    return '';
  }

  private renderMeeting(meeting: MeetingView): TemplateResult {
    const start = parseTimestamp(meeting.start);
    return html`<div class="meeting">
      <p class="meeting-title">
        <bdi>${meeting.title}</bdi>${start ? html` · <span class="start">${formatDateTime(start)}</span>` : nothing}
      </p>
      <dl>
        <dt>${msg('Join link')}</dt>
        <dd><bdi class="value join-url" dir="ltr">${meeting.joinUrl}</bdi></dd>
        <dt>${msg('Meeting ID')}</dt>
        <dd><bdi class="value meeting-id" dir="ltr">${meeting.meetingId}</bdi></dd>
        ${meeting.passcode
          ? html`<dt>${msg('Passcode')}</dt>
              <dd><bdi class="value passcode" dir="ltr">${meeting.passcode}</bdi></dd>`
          : nothing}
      </dl>
      <div class="copy">
        <button type="button" class="button" data-action="copy-link" @click=${() => void this.copy('link', meeting.joinUrl)}>
          ${msg('Copy link')}
        </button>
        <button
          type="button"
          class="button"
          data-action="copy-invitation"
          @click=${() => void this.copy('invitation', invitationText(meeting))}
        >
          ${msg('Copy invitation')}
        </button>
        <span class="copy-status" role="status" aria-live="polite">${this.copyMessage()}</span>
      </div>
    </div>`;
  }

  private copyMessage(): string {
    switch (this.copied) {
      case 'link':
        return msg('Link copied.');
      case 'invitation':
        return msg('Invitation copied.');
      case 'failed':
        return msg('Could not copy. Select the text and copy it yourself.');
      case undefined:
        return '';
    }
  }

  private renderAlert(error: ApiError): TemplateResult {
    return html`<div class="alert" role="alert">
      <bdi class="alert-message">${error.message}</bdi>
      ${error.remedy ? html`<bdi class="alert-remedy">${error.remedy}</bdi>` : nothing}
    </div>`;
  }

  private async create(): Promise<void> {
    const { api, provider } = this;
    if (this.pending || !api || !provider) return;
    const generation = ++this.generation;
    this.pending = true;
    this.failure = undefined;
    this.copied = undefined;
    const result: Result<MeetingView> = await safeCall(() => api.createTestMeeting(provider));
    if (generation !== this.generation) return;
    this.pending = false;
    if (result.ok) {
      this.meeting = result.value;
    } else {
      this.meeting = undefined;
      this.failure = result.error;
    }
  }

  private async copy(what: 'link' | 'invitation', text: string): Promise<void> {
    this.copied = undefined;
    try {
      await navigator.clipboard.writeText(text);
      this.copied = what;
    } catch {
      // Denied, or no clipboard at all: say so. Nothing of the text is logged.
      this.copied = 'failed';
    }
  }

  private reset(): void {
    this.generation++;
    this.pending = false;
    this.meeting = undefined;
    this.failure = undefined;
    this.copied = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-test-meeting': TestMeeting;
  }
}
