import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type {
  ApiError,
  ConnectionAction,
  ConnectionId,
  ConnectionStatus,
  ConnectionView,
  Result,
  TrayApi,
} from '../../preload/contract.js';
import { isPasscodeProviderId, isProviderId } from '../api/providers.js';
import { brokenCallError, safeCall } from '../api/safe-call.js';
import { apiContext } from '../context/api-context.js';
import { ClockController } from '../controllers/clock-controller.js';
import { ConnectionUpdatedEvent } from '../events/connection-updated.js';
import { formatDateTime, formatRelative, parseTimestamp } from '../format/time.js';
import { statusDots } from '../styles/status.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';
import './passcode-form.js';
import './test-meeting.js';

type CardCall = 'connect' | 'cancelConnect' | 'disconnect';

/** What each next action is called on its button and which call it makes. */
const ACTION_CALL: Record<ConnectionAction, CardCall> = {
  connect: 'connect',
  reconnect: 'connect',
  retry: 'connect',
  cancel: 'cancelConnect',
  'sign-out': 'disconnect',
};

function actionLabel(action: ConnectionAction): string {
  switch (action) {
    case 'connect':
      return msg('Connect');
    case 'reconnect':
      return msg('Sign in again');
    case 'retry':
      return msg('Try again');
    case 'cancel':
      return msg('Cancel');
    case 'sign-out':
      return msg('Sign out');
  }
}

/**
 * The card of one connection, SuperOffice or a video provider (generic over ConnectionView).
 * Its buttons follow the view's `nextAction`; call results bubble up as `vmt-connection-updated`.
 * A connected video provider also gets "Create test meeting"; Zoom and Webex (view.passcode) the passcode form.
 */
@localized()
@customElement('vmt-connection-card')
export class ConnectionCard extends LitElement {
  static override styles = [
    tokens,
    buttons,
    alerts,
    statusDots,
    css`
      :host {
        display: block;
      }
      .card {
        background: var(--vmt-surface);
        border: 1px solid var(--vmt-border);
        border-radius: var(--vmt-radius);
        box-shadow: var(--vmt-shadow);
        overflow: hidden;
      }
      .body {
        display: grid;
        grid-template-columns: auto 1fr;
        column-gap: var(--vmt-space-3);
        padding: var(--vmt-space-4);
      }
      .mark {
        display: grid;
        place-items: center;
        width: 36px;
        height: 36px;
        border-radius: 9px;
        background: var(--vmt-accent);
        color: var(--vmt-accent-text);
        font-weight: 700;
        font-size: 16px;
        user-select: none;
      }
      .main {
        min-width: 0;
      }
      h3 {
        margin: 0;
        font-size: var(--vmt-font-size-title);
        font-weight: 600;
        line-height: 1.3;
        overflow-wrap: anywhere;
      }
      .status {
        display: flex;
        align-items: baseline;
        gap: var(--vmt-space-2);
        margin: 2px 0 0;
        overflow-wrap: anywhere;
      }
      .status .dot {
        transform: translateY(-1px);
      }
      .details {
        margin: var(--vmt-space-2) 0 0;
        padding: 0;
        list-style: none;
        color: var(--vmt-text-muted);
        font-size: var(--vmt-font-size-small);
      }
      .details li {
        overflow-wrap: anywhere;
      }
      .alert {
        grid-column: 1 / -1;
        margin-top: var(--vmt-space-3);
      }
      .tools {
        display: flex;
        flex-direction: column;
        gap: var(--vmt-space-3);
        padding: var(--vmt-space-3) var(--vmt-space-4);
        border-top: 1px solid var(--vmt-divider);
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        gap: var(--vmt-space-2);
        padding: var(--vmt-space-3) var(--vmt-space-4);
        background: var(--vmt-surface-raised);
        border-top: 1px solid var(--vmt-divider);
      }
    `,
  ];

  /** The connection to show. */
  @property({ attribute: false })
  connection: ConnectionView | undefined;

  @consume({ context: apiContext, subscribe: true })
  @state()
  private api: TrayApi | undefined;

  /** The last call that failed (not counting a cancelled sign-in), shown inline until the next call. */
  @state()
  private failure: ApiError | undefined;

  /** Set from the Connect click until the sign-in ends or is cancelled: show "signing in" before the core says so. */
  @state()
  private signingIn = false;

  @query('.actions .button[data-main]')
  private mainButton!: HTMLButtonElement | null;

  private restoreFocus = false;
  private readonly clock = new ClockController(this);

  private readonly connectTask = new Task<[ConnectionId], ConnectionView>(this, {
    autoRun: false,
    task: async ([id]) => {
      this.signingIn = true;
      try {
        return await this.perform((api) => api.connect(id));
      } finally {
        this.signingIn = false;
      }
    },
  });

  private readonly cancelTask = new Task<[ConnectionId], ConnectionView>(this, {
    autoRun: false,
    task: async ([id]) => {
      const view = await this.perform((api) => api.cancelConnect(id));
      this.signingIn = false;
      return view;
    },
  });

  private readonly disconnectTask = new Task<[ConnectionId], ConnectionView>(this, {
    autoRun: false,
    task: ([id]) => this.perform((api) => api.disconnect(id)),
  });

  override render(): TemplateResult | typeof nothing {
    const view = this.connection;
    if (!view) return nothing;
    const status = this.displayedStatus(view);
    const action = status === 'connecting' ? 'cancel' : view.nextAction;
    const problem = this.failure ?? (status === 'error' ? view.error : undefined);

    return html`
      <article class="card" aria-labelledby="title" data-status=${status}>
        <div class="body">
          <div class="mark" aria-hidden="true">${this.initial(view.title)}</div>
          <div class="main">
            <h3 id="title"><bdi>${view.title}</bdi></h3>
            <p class="status" role="status" aria-live="polite">
              <span class="dot" data-status=${status} aria-hidden="true"></span>
              <span class="status-text">${this.statusLine(view, status)}</span>
            </p>
            ${this.renderDetails(view, status)}
          </div>
          ${problem ? this.renderAlert(problem) : nothing}
        </div>
        ${this.renderTools(view, status)}
        <div class="actions">${this.renderActions(view, status, action)}</div>
      </article>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Reused for another connection: what was shown for the previous one no longer applies.
    const previous = changed.get('connection');
    if (previous && previous.id !== this.connection?.id) this.failure = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A button disabled while its call runs drops the focus; once the call settles, give it to the main button.
    if (this.restoreFocus && !this.busy && this.mainButton) {
      this.restoreFocus = false;
      const focused = document.activeElement;
      if (focused === null || focused === document.body) this.mainButton.focus();
    }
  }

  /** Scrolls the card into view and puts the focus on its main button (e.g. Connect). */
  reveal(): void {
    this.scrollIntoView?.({ block: 'nearest' });
    this.mainButton?.focus();
  }

  private get busy(): boolean {
    return [this.connectTask, this.cancelTask, this.disconnectTask].some((task) => task.status === TaskStatus.PENDING);
  }

  /** The core's status, shown as connecting from the click on until the core reports back. */
  private displayedStatus(view: ConnectionView): ConnectionStatus {
    if (this.signingIn && view.status !== 'connected') return 'connecting';
    return view.status;
  }

  private statusLine(view: ConnectionView, status: ConnectionStatus): TemplateResult | string {
    if (this.disconnectTask.status === TaskStatus.PENDING) return msg('Signing out…');
    switch (status) {
      case 'disconnected':
        return msg('Not connected');
      case 'connecting':
        return this.cancelTask.status === TaskStatus.PENDING
          ? msg('Cancelling sign-in…')
          : msg('Signing in… Continue in your browser.');
      case 'connected':
        return view.statusText ? html`<bdi>${view.statusText}</bdi>` : msg('Connected');
      case 'needs-reauth':
        return view.statusText
          ? html`<bdi>${view.statusText}</bdi>`
          : msg('Your sign-in has expired. Sign in again to continue.');
      case 'error':
        return view.statusText ? html`<bdi>${view.statusText}</bdi>` : msg('Could not connect');
    }
  }

  private renderDetails(view: ConnectionView, status: ConnectionStatus): TemplateResult | typeof nothing {
    if (status !== 'connected' && status !== 'needs-reauth') return nothing;
    const name = view.account?.displayName;
    const email = view.account?.email;
    const since = parseTimestamp(view.connectedSince);
    const lastSuccess = parseTimestamp(view.lastSuccessAt);
    const items: TemplateResult[] = [];
    if (name) {
      items.push(
        html`<li class="account">
          ${msg(html`Signed in as <bdi>${name}</bdi>`)}${email ? html` (<bdi class="email">${email}</bdi>)` : nothing}
        </li>`,
      );
    } else if (email) {
      items.push(html`<li class="account"><bdi class="email">${email}</bdi></li>`);
    }
    if (status === 'connected' && since) {
      items.push(html`<li class="since">${msg(str`Connected since ${formatDateTime(since)}`)}</li>`);
    }
    if (lastSuccess) {
      const when = formatRelative(lastSuccess, this.clock.now) ?? msg('just now');
      items.push(
        html`<li class="last-success" title=${formatDateTime(lastSuccess)}>
          ${msg(str`Last successful call ${when}`)}
        </li>`,
      );
    }
    return items.length ? html`<ul class="details">${items}</ul>` : nothing;
  }

  /** A video provider's extras: the meeting passcode (Zoom, Webex) and, once connected, a test meeting. */
  private renderTools(view: ConnectionView, status: ConnectionStatus): TemplateResult | typeof nothing {
    if (view.kind !== 'video' || !isProviderId(view.id)) return nothing;
    const passcodeId = view.passcode && isPasscodeProviderId(view.id) ? view.id : undefined;
    const testMeeting = status === 'connected';
    if (!passcodeId && !testMeeting) return nothing;
    return html`<div class="tools">
      ${passcodeId
        ? html`<vmt-passcode-form .provider=${passcodeId} .setting=${view.passcode}></vmt-passcode-form>`
        : nothing}
      ${testMeeting ? html`<vmt-test-meeting .provider=${view.id}></vmt-test-meeting>` : nothing}
    </div>`;
  }

  private renderAlert(error: ApiError): TemplateResult {
    return html`
      <div class="alert" role="alert">
        <bdi class="alert-message">${error.message}</bdi>
        ${error.remedy ? html`<bdi class="alert-remedy">${error.remedy}</bdi>` : nothing}
      </div>
    `;
  }

  private renderActions(view: ConnectionView, status: ConnectionStatus, action: ConnectionAction): TemplateResult {
    const actions: ConnectionAction[] = [action];
    // A broken connection can also be removed outright.
    if ((status === 'needs-reauth' || status === 'error') && view.account && action !== 'sign-out') {
      actions.unshift('sign-out');
    }
    return html`${actions.map((each) => {
      const main = each === action;
      const primary = main && ACTION_CALL[each] === 'connect';
      return html`<button
        type="button"
        class=${primary ? 'button primary' : 'button'}
        data-action=${each}
        ?data-main=${main}
        ?disabled=${this.isDisabled(each)}
        @click=${() => this.run(each, view.id)}
      >
        ${actionLabel(each)}
      </button>`;
    })}`;
  }

  /** Cancel stays usable while the sign-in is pending; every other button waits for calls in flight. */
  private isDisabled(action: ConnectionAction): boolean {
    if (!this.api) return true;
    if (ACTION_CALL[action] === 'cancelConnect') {
      return this.cancelTask.status === TaskStatus.PENDING || this.disconnectTask.status === TaskStatus.PENDING;
    }
    return this.busy;
  }

  private run(action: ConnectionAction, id: ConnectionId): void {
    if (this.isDisabled(action)) return;
    this.failure = undefined;
    this.restoreFocus = true;
    const call = ACTION_CALL[action];
    const task = call === 'connect' ? this.connectTask : call === 'cancelConnect' ? this.cancelTask : this.disconnectTask;
    void task.run([id]);
  }

  /** Makes one call; a failure is kept for display (unless it is the cancelled sign-in) and rethrown for the task. */
  private async perform(call: (api: TrayApi) => Promise<Result<ConnectionView>>): Promise<ConnectionView> {
    const api = this.api;
    const result: Result<ConnectionView> = api ? await safeCall(() => call(api)) : { ok: false, error: brokenCallError() };
    if (!result.ok) {
      if (result.error.code !== 'cancelled') this.failure = result.error;
      throw result.error;
    }
    this.dispatchEvent(new ConnectionUpdatedEvent(result.value));
    return result.value;
  }

  /** First letter or digit of the title, for the card's mark. */
  private initial(title: string): string {
    return (/[\p{L}\p{N}]/u.exec(title)?.[0] ?? '?').toLocaleUpperCase();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-connection-card': ConnectionCard;
  }
}
