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
  RemedyAction,
  Result,
  TrayApi,
} from '../../preload/contract.js';
import { isPasscodeProviderId, isProviderId } from '../api/providers.js';
import { brokenCallError, safeCall } from '../api/safe-call.js';
import { apiContext } from '../context/api-context.js';
import { ClockController } from '../controllers/clock-controller.js';
import { FormatSettingsController } from '../controllers/format-settings-controller.js';
import { RepairProgressController } from '../controllers/repair-progress-controller.js';
import { ConnectionUpdatedEvent } from '../events/connection-updated.js';
import { OpenRemovalWizardEvent } from '../events/open-removal-wizard.js';
import type { PanelRequestEvent } from '../events/panel-request.js';
import { formatDateTime, formatRelative, parseTimestamp } from '../format/time.js';
import { statusDots } from '../styles/status.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';
import { alertTemplate } from './alert.js';
import { diagnosisAlertTemplate } from './diagnosis-alert.js';
import type { GoogleReset, GoogleResetRequest } from './google-reset.js';
import './google-reset.js';
import { copyFallbackStyles, copyFallbackTemplate } from './copy-fallback.js';
import './passcode-form.js';
import './repair-progress.js';
import './test-meeting.js';
import type { TroubleshootRequest } from './troubleshoot-menu.js';
import './troubleshoot-menu.js';

type CardCall = 'connect' | 'cancelConnect' | 'disconnect';

/** Connections with an account of their own, which Repair can sign out, revoke and sign in again. */
const REPAIRABLE: readonly ConnectionId[] = ['superoffice', 'zoom', 'google', 'teams', 'webex'];

/** The statuses in which a card offers Troubleshoot (Repair, Remove…). */
const TROUBLESHOOT_STATUSES: readonly ConnectionStatus[] = ['connected', 'needs-reauth', 'error'];

/** One button of the card's action row. */
interface ActionButton {
  /** data-action: the next action, or the remedy. */
  key: string;
  label: string;
  primary: boolean;
  main: boolean;
  disabled: boolean;
  run: () => void;
}

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
 * When the core diagnosed a problem (view.diagnosis), the card shows its cause and remedy instead of the raw error,
 * and the main button is the remedy: sign in again, try again, repair, or Google's guided reset. "Troubleshoot"
 * offers Repair and Remove… (the removal wizard, shown by the app); a running repair shows its steps on the card.
 */
@localized()
@customElement('vmt-connection-card')
export class ConnectionCard extends LitElement {
  static override styles = [
    tokens,
    buttons,
    alerts,
    statusDots,
    copyFallbackStyles,
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
      .login-url {
        margin: var(--vmt-space-2) 0 0;
        font-size: var(--vmt-font-size-small);
        color: var(--vmt-text-muted);
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
      .panel {
        padding: var(--vmt-space-3) var(--vmt-space-4);
        border-top: 1px solid var(--vmt-divider);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        justify-content: flex-end;
        gap: var(--vmt-space-2);
        padding: var(--vmt-space-3) var(--vmt-space-4);
        background: var(--vmt-surface-raised);
        border-top: 1px solid var(--vmt-divider);
      }
      .actions vmt-troubleshoot-menu {
        margin-inline-end: auto;
        align-self: center;
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

  /** Google's guided permission reset is open (the remedy of a broken Google grant). */
  @state()
  private googleReset = false;

  @query('.actions .button[data-main]')
  private mainButton!: HTMLButtonElement | null;

  @query('vmt-google-reset')
  private googleResetPanel!: GoogleReset | null;

  private restoreFocus = false;
  private revealGoogleReset = false;
  private readonly clock = new ClockController(this);
  /** Times and dates follow the chosen clock and formats. */
  protected readonly formats = new FormatSettingsController(this);
  private readonly repairs = new RepairProgressController(this, () => this.api, () => this.connection?.id);

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

  private readonly repairTask = new Task<[ConnectionId], ConnectionView>(this, {
    autoRun: false,
    task: ([id]) => this.perform((api) => api.repairConnection(id)),
  });

  override render(): TemplateResult | typeof nothing {
    const view = this.connection;
    if (!view) return nothing;
    const status = this.displayedStatus(view);
    const action = status === 'connecting' ? 'cancel' : view.nextAction;
    const progress = this.repairs.progress;

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
            ${this.renderDetails(view, status)} ${this.renderLoginUrl(view)}
          </div>
          ${this.renderProblem(view, status)}
        </div>
        ${this.googleReset
          ? html`<div class="panel">
              <vmt-google-reset ?busy=${this.busy} @vmt-panel-request=${this.onGoogleReset}></vmt-google-reset>
            </div>`
          : nothing}
        ${progress
          ? html`<div class="panel">
              <vmt-repair-progress
                .progress=${progress}
                connectionTitle=${view.title}
                @vmt-panel-request=${this.onRepairDismissed}
              ></vmt-repair-progress>
            </div>`
          : nothing}
        ${this.renderTools(view, status)}
        <div class="actions">${this.renderTroubleshoot(view, status)}${this.renderActions(view, status, action)}</div>
      </article>
    `;
  }

  /**
   * The card's problem: the core's diagnosis (cause and remedy) when there is one, else the raw error. A call of
   * this card that failed is shown too, unless it is the very error the diagnosis explains.
   */
  private renderProblem(view: ConnectionView, status: ConnectionStatus): TemplateResult | typeof nothing {
    const diagnosis = status === 'error' || status === 'needs-reauth' ? view.diagnosis : undefined;
    const failure = this.failure;
    if (!diagnosis) {
      const problem = failure ?? (status === 'error' ? view.error : undefined);
      return problem ? alertTemplate(problem) : nothing;
    }
    const extra = failure && failure.code !== view.error?.code ? failure : undefined;
    return html`${diagnosisAlertTemplate(diagnosis)}${extra ? alertTemplate(extra) : nothing}`;
  }

  private renderTroubleshoot(view: ConnectionView, status: ConnectionStatus): TemplateResult | typeof nothing {
    if (!TROUBLESHOOT_STATUSES.includes(status)) return nothing;
    return html`<vmt-troubleshoot-menu
      connectionTitle=${view.title}
      ?canRepair=${REPAIRABLE.includes(view.id)}
      ?busy=${this.busy || !this.api}
      @vmt-panel-request=${(event: PanelRequestEvent<TroubleshootRequest>) => this.onTroubleshoot(event.request, view.id)}
    ></vmt-troubleshoot-menu>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Reused for another connection: what was shown for the previous one no longer applies.
    const previous = changed.get('connection');
    if (previous && previous.id !== this.connection?.id) {
      this.failure = undefined;
      this.googleReset = false;
    }
    // Connected again (e.g. repaired from the tray): the guided reset has nothing left to do.
    if (this.connection?.status === 'connected') this.googleReset = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.revealGoogleReset && this.googleResetPanel) {
      this.revealGoogleReset = false;
      void this.googleResetPanel.updateComplete.then(() => this.googleResetPanel?.reveal());
    }
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
    return [this.connectTask, this.cancelTask, this.disconnectTask, this.repairTask].some((task) => task.status === TaskStatus.PENDING);
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
        return this.repairTask.status === TaskStatus.PENDING ? msg('Repairing…') : msg('Not connected');
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

  /** SuperOffice video meetings not authorised yet: the LoginUrl, to copy and open by hand when no browser opens it. */
  private renderLoginUrl(view: ConnectionView): TemplateResult | typeof nothing {
    if (!view.loginUrl) return nothing;
    return html`<div class="login-url">${msg('Authorise at this address:')} ${copyFallbackTemplate(view.loginUrl, 2)}</div>`;
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

  private renderActions(view: ConnectionView, status: ConnectionStatus, action: ConnectionAction): TemplateResult {
    const buttons: ActionButton[] = [];
    // A broken connection can also be removed outright.
    if ((status === 'needs-reauth' || status === 'error') && view.account && action !== 'sign-out') {
      buttons.push(this.actionButton('sign-out', view.id, false));
    }
    const diagnosis = status === 'error' || status === 'needs-reauth' ? view.diagnosis : undefined;
    if (diagnosis && action !== 'cancel') {
      buttons.push({
        key: diagnosis.action,
        label: diagnosis.actionLabel,
        primary: true,
        main: true,
        disabled: !this.api || this.busy,
        run: () => this.remedy(diagnosis.action, view.id),
      });
    } else {
      buttons.push(this.actionButton(action, view.id, true));
    }
    return html`${buttons.map(
      (each) => html`<button
        type="button"
        class=${each.primary ? 'button primary' : 'button'}
        data-action=${each.key}
        ?data-main=${each.main}
        ?disabled=${each.disabled}
        @click=${each.run}
      >
        ${each.label}
      </button>`,
    )}`;
  }

  private actionButton(action: ConnectionAction, id: ConnectionId, main: boolean): ActionButton {
    return {
      key: action,
      label: actionLabel(action),
      primary: main && ACTION_CALL[action] === 'connect',
      main,
      disabled: this.isDisabled(action),
      run: () => this.run(action, id),
    };
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

  /** The diagnosis' remedy: sign in again or try again (connect), the repair flow, or Google's guided reset first. */
  private remedy(action: RemedyAction, id: ConnectionId): void {
    if (!this.api || this.busy) return;
    if (action === 'google-permissions') {
      this.googleReset = true;
      this.revealGoogleReset = true;
      return;
    }
    if (action === 'repair') this.repair(id);
    else this.run('connect', id);
  }

  private repair(id: ConnectionId): void {
    if (!this.api || this.busy) return;
    this.failure = undefined;
    this.restoreFocus = true;
    this.repairs.dismiss();
    void this.repairTask.run([id]);
  }

  private onTroubleshoot(request: TroubleshootRequest, id: ConnectionId): void {
    if (request === 'repair') this.repair(id);
    else this.dispatchEvent(new OpenRemovalWizardEvent(id));
  }

  /** The repair's panel closes and takes the focus with it: give it to the card's main button. */
  private readonly onRepairDismissed = (): void => {
    this.repairs.dismiss();
    this.restoreFocus = true;
    this.requestUpdate();
  };

  private readonly onGoogleReset = (event: PanelRequestEvent<GoogleResetRequest>): void => {
    const id = this.connection?.id;
    this.googleReset = false;
    if (event.request === 'continue' && id) {
      this.repair(id);
    } else {
      this.restoreFocus = true;
      this.requestUpdate();
    }
  };

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
