import type { ConnectionView, MeetingView } from '../../../preload/contract.js';
import { AppError, appError } from '../../core/app-error.js';
import { ENGLISH, type Translator } from '../../i18n/translator.js';
import { toAppError } from '../../oauth/oauth-errors.js';
import type { Clock, Logger, UrlOpener } from '../../ports/index.js';
import type { SuperOfficeApi } from '../../superoffice/superoffice-api.js';
import type { MeetingMaker } from '../meeting-maker.js';
import type { MeetingRequest } from '../provider-adapter.js';
import { fetchServiceState, type ServiceState } from './connected-state.js';
import { deleteVideoMeetingReservation, reserveVideoMeeting } from './reservations.js';
import { said } from '../../i18n/local-text.js';

export interface SuperOfficeVideoDeps {
  /** The signed-in SuperOffice user's REST API and tenant; undefined when SuperOffice is not connected. */
  superOffice: () => { api: SuperOfficeApi; tenant: string } | undefined;
  opener: UrlOpener;
  clock: Clock;
  logger: Logger;
  active: () => boolean;
  onChange: (view: ConnectionView) => void;
  /** The user's language for the card's texts (default English). */
  texts?: () => Translator;
  /** How often the state is re-checked while the user authorises in the browser, and for how long. */
  pollMs?: number;
  waitMs?: number;
}

const TITLE = 'SuperOffice video meetings';

/**
 * SuperOffice's own video-meeting service, where the tenant has one: no sign-in of its own (it rides on the
 * SuperOffice connection); the user may have to authorise it once at the LoginUrl SuperOffice gives.
 * Offered only while GetVideoMeetingConnectedState says the tenant has it.
 */
export class SuperOfficeVideoConnection {
  readonly id = 'superoffice-video' as const;
  private state: ServiceState | undefined;
  private failure: AppError | undefined;
  private waiting: AbortController | undefined;
  /** While waiting: the browser did not open the LoginUrl, so the card asks the user to open it. */
  private unopened = false;

  constructor(private readonly deps: SuperOfficeVideoDeps) {}

  /** The tenant offers the service (the card is shown only then). */
  get offered(): boolean {
    return this.deps.superOffice() !== undefined && this.state !== undefined && this.state.kind !== 'not-offered';
  }

  get isConnected(): boolean {
    return this.deps.superOffice() !== undefined && this.state?.kind === 'connected';
  }

  view(): ConnectionView {
    const base = { id: this.id, kind: 'video' as const, title: TITLE, active: this.deps.active(), needsAccount: false };
    const tenant = this.deps.superOffice()?.tenant;
    const texts = this.deps.texts?.() ?? ENGLISH;
    const { t } = texts;
    const loginUrl = this.state?.kind === 'needs-login' ? { loginUrl: this.state.loginUrl } : {};
    if (this.waiting) return { ...base, ...loginUrl, status: 'connecting', statusText: t(this.unopened ? 'status.videoOpenAddress' : 'status.videoWaiting'), nextAction: 'cancel' };
    if (this.failure) return { ...base, status: 'error', statusText: t('status.videoCheckFailed'), error: this.failure.toApiError(texts), nextAction: 'retry' };
    if (this.state?.kind === 'connected' && tenant) return { ...base, status: 'connected', statusText: t('status.videoConnected', { tenant }), account: { displayName: tenant, tenant }, nextAction: 'sign-out' };
    if (this.state?.kind === 'needs-login') return { ...base, ...loginUrl, status: 'disconnected', statusText: t('status.videoNeedsLogin'), nextAction: 'connect' };
    return { ...base, status: 'disconnected', statusText: t('status.videoNotOffered'), nextAction: 'retry' };
  }

  refreshView(): void {
    this.deps.onChange(this.view());
  }

  /** Asks SuperOffice whether the tenant offers the service and the user has authorised it. */
  async restore(): Promise<void> {
    await this.check().catch(() => undefined);
  }

  /**
   * Re-checks; when the user still has to authorise, opens SuperOffice's LoginUrl and waits until they have. When
   * the browser does not open, the card shows the LoginUrl for the user to open by hand, and the wait goes on.
   */
  async connect(): Promise<ConnectionView> {
    const state = await this.check();
    if (state.kind === 'not-offered') throw appError('not_connected', said('error.videoNotOffered'));
    if (state.kind === 'connected') return this.view();
    const opened = await this.deps.opener.open(state.loginUrl);
    if (!opened) this.deps.logger.log('warn', 'video.login_url_not_opened', { provider: this.id });
    this.waiting?.abort();
    const waiting = new AbortController();
    this.waiting = waiting;
    this.unopened = !opened;
    this.refreshView();
    try {
      await this.waitUntilConnected(waiting.signal);
    } finally {
      if (this.waiting === waiting) this.waiting = undefined;
      this.refreshView();
    }
    return this.view();
  }

  cancel(): ConnectionView {
    this.waiting?.abort();
    return this.view();
  }

  /** Nothing to revoke: the authorisation lives in SuperOffice. The app only stops using it for new meetings. */
  async disconnect(): Promise<{ view: ConnectionView; revoked: boolean }> {
    this.cancel();
    return { view: this.view(), revoked: false };
  }

  async createMeeting(request: MeetingRequest): Promise<MeetingView> {
    const meeting = await this.meetings().create(request);
    return { provider: this.id, title: request.title, joinUrl: meeting.joinUrl, meetingId: meeting.meetingId, start: request.start.toISOString() };
  }

  /** Reservations in the central meeting service. One cut short by a crash cannot be looked up, so it is made again. */
  meetings(): MeetingMaker {
    return {
      create: () => reserveVideoMeeting(this.api()),
      remove: (id) => deleteVideoMeetingReservation(this.api(), id),
      recover: async () => undefined,
    };
  }

  /** Forgets what it knew (SuperOffice signed out or another user signed in) and checks again. */
  async onSuperOfficeChanged(): Promise<void> {
    this.state = undefined;
    this.failure = undefined;
    if (this.deps.superOffice()) await this.restore();
    this.refreshView();
  }

  private async check(): Promise<ServiceState> {
    try {
      const state = await fetchServiceState(this.api());
      this.state = state;
      this.failure = undefined;
      return state;
    } catch (error) {
      this.failure = toAppError(error);
      throw this.failure;
    } finally {
      this.refreshView();
    }
  }

  private async waitUntilConnected(signal: AbortSignal): Promise<void> {
    const { clock } = this.deps;
    const deadline = clock.now() + (this.deps.waitMs ?? 5 * 60_000);
    while (clock.now() < deadline) {
      await new Promise<void>((resolve) => {
        // One listener per pause, removed when the pause ends: a five-minute wait must not pile up 150 of them.
        const onAbort = () => (cancel(), resolve());
        const cancel = clock.setTimer(this.deps.pollMs ?? 2000, () => (signal.removeEventListener('abort', onAbort), resolve()), { keepAlive: true });
        signal.addEventListener('abort', onAbort, { once: true });
      });
      if (signal.aborted) throw appError('cancelled', said('error.videoAuthCancelled'));
      const state = await fetchServiceState(this.api()).catch(() => this.state);
      if (state) this.state = state;
      if (state?.kind === 'connected') {
        this.deps.logger.log('info', 'provider.connected', { provider: this.id });
        return;
      }
    }
    throw appError('timeout', said('error.videoAuthTimeout'));
  }

  private api(): SuperOfficeApi {
    const superOffice = this.deps.superOffice();
    if (!superOffice) throw appError('superoffice_required');
    return superOffice.api;
  }
}
