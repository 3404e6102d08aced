import { allowInsecureRequests, processRefreshTokenResponse, refreshTokenGrantRequest, ResponseBodyError, type TokenEndpointResponse } from 'oauth4webapi';
import type { ConnectionView, MeetingView } from '../../preload/contract.js';
import { AppError, appError } from '../core/app-error.js';
import { deadlineSignal } from '../net/http.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';
import { loopbackPages } from '../oauth/loopback-pages.js';
import { signInWithLoopback } from '../oauth/loopback-sign-in.js';
import { toAppError } from '../oauth/oauth-errors.js';
import { wrappedTokenError } from '../oauth/wrapped-token-error.js';
import { TokenSession } from '../oauth/token-session.js';
import type { Clock, Logger, SecretStore, UrlOpener } from '../ports/index.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { ProviderRecord } from '../settings/settings-schema.js';
import type { MeetingRequest, ProviderAdapter } from './provider-adapter.js';
import { ProviderHttp } from './provider-http.js';
import { meetingReference, type MeetingMaker } from './meeting-maker.js';
import { SignInConnection } from '../connections/sign-in-connection.js';
import { refreshRefused, revocationCanBeRetried, verifyRefreshRefused, type RevocationReport } from '../troubleshooting/revocation-report.js';
import { providerView, type ProviderViewContext } from './provider-view.js';
import { said } from '../i18n/local-text.js';

export interface ProviderConnectionDeps {
  adapter: ProviderAdapter;
  settings: SettingsService;
  secrets: SecretStore;
  opener: UrlOpener;
  clock: Clock;
  logger: Logger;
  /** The view context that depends on the rest of the app (active provider, tenant, passcode). */
  context: () => Omit<ProviderViewContext, 'id' | 'title'>;
  /** Deadline of one API request. */
  requestTimeoutMs?: number;
  /** The user's language for the card's texts and the sign-in pages (default English). */
  texts?: () => Translator;
  onChange: (view: ConnectionView) => void;
}

/** Failures that pass by themselves (the account stays connected). */
const PASSING_CODES = new Set(['rate_limited', 'provider_unavailable', 'server_error', 'network', 'bad_response', 'timeout']);

/** Codes after which only a new sign-in helps. */
const REAUTH_CODES = new Set(['invalid_grant', 'reauth_other_device', 'consent_revoked', 'insufficient_scope']);

/**
 * One video provider account: loopback sign-in with PKCE, the refresh token in the keychain, identity,
 * meetings, and disconnect with revocation where the provider offers it.
 */
export class ProviderConnection extends SignInConnection<ProviderRecord> {
  private session: TokenSession | undefined;
  private http: ProviderHttp | undefined;
  /** The last call's failure when it did not end the sign-in (cleared by the next success). */
  private passingFailure: AppError | undefined;

  constructor(private readonly deps: ProviderConnectionDeps) {
    super({ clock: deps.clock, logger: deps.logger, onChange: deps.onChange, logName: `provider.${deps.adapter.id}` });
  }

  get id() {
    return this.deps.adapter.id;
  }

  get isConnected(): boolean {
    return this.state.kind === 'connected';
  }

  view(): ConnectionView {
    const texts = this.deps.texts?.() ?? ENGLISH;
    const view = providerView(this.state, { id: this.id, title: this.deps.adapter.title, ...this.deps.context() }, texts);
    // A passing failure (rate limit, outage, offline) leaves the account connected; the card still says what happened.
    return this.passingFailure && view.status === 'connected' ? { ...view, error: this.passingFailure.toApiError(texts) } : view;
  }

  /** Re-announces the view (e.g. after the active provider or the passcode changed). */
  refreshView(): void {
    this.deps.onChange(this.view());
  }

  async restore(): Promise<void> {
    const record = this.storedRecord();
    if (!record) return;
    const session = this.sessionFor(record.keychainAccount);
    if (!(await this.restoreGrant(record, session))) return;
    this.use(session);
    this.setState({ kind: 'connected', record });
    await this.verify();
  }

  /** Revokes at the provider where possible, deletes the keychain entry and forgets the account. */
  async disconnect(): Promise<{ view: ConnectionView; revoked: boolean }> {
    this.cancel();
    const record = this.storedRecord();
    const session = this.session ?? (record ? this.sessionFor(record.keychainAccount) : undefined);
    let revoked = false;
    if (session) {
      if (!this.session) await session.restore().catch(() => false);
      revoked = (await this.revoke(session)).revoked;
    }
    return this.forget(record, session, revoked);
  }

  /** Deletes the keychain entry and the account after a revocation (or none) and says so on the card. */
  private async forget(record: ProviderRecord | undefined, session: TokenSession | undefined, revoked: boolean): Promise<{ view: ConnectionView; revoked: boolean }> {
    if (session) {
      try {
        await session.end();
      } catch (error) {
        const failure = toAppError(error);
        this.setState({ kind: 'error', error: failure, ...(record ? { record } : {}) });
        throw failure;
      }
    }
    this.deps.settings.update((settings) => ({ ...settings, video: { ...settings.video, providers: { ...settings.video.providers, [this.id]: undefined } } }));
    this.session = undefined;
    this.http = undefined;
    const note = session && !revoked ? this.deps.adapter.noRevocationNote : undefined;
    this.setState(note ? { kind: 'disconnected', note } : { kind: 'disconnected' });
    this.deps.logger.log('info', 'provider.disconnected', { provider: this.id, revoked });
    return { view: this.view(), revoked };
  }

  /**
   * The removal wizard's revoke step: revokes at the provider where it can, deletes the keychain entry and
   * forgets the account (as disconnect does), then proves it: a refresh with the old refresh token must fail.
   * When the provider cannot be reached it throws and keeps everything, so the step can be tried again.
   */
  async revokeAndVerify(): Promise<RevocationReport> {
    const record = this.storedRecord();
    const session = this.session ?? (record ? this.sessionFor(record.keychainAccount) : undefined);
    if (session && !this.session) await session.restore().catch(() => false);
    const oldRefreshToken = session?.currentRefreshToken();
    if (!session || !oldRefreshToken) {
      await this.disconnect();
      return { revoked: 'nothing-stored', verified: 'not-checked' };
    }
    this.cancel();
    const { revoked, unreachable } = await this.revoke(session);
    // The provider could not be asked: nothing is deleted, so the step can be tried again (and says so).
    if (unreachable) throw appError(unreachable.code, said('error.revokeUnreachable', { title: this.deps.adapter.title }), unreachable.texts.remedy);
    // The refresh before Zoom's revocation rotates the refresh token: the proof must use the last one, since a
    // rotated-away token is refused whether or not the revocation took.
    const lastRefreshToken = session.currentRefreshToken() ?? oldRefreshToken;
    await this.forget(record, session, revoked);
    const verified = await verifyRefreshRefused(() => this.refresh(lastRefreshToken));
    const outcome = revoked ? 'revoked' : this.deps.adapter.id === 'teams' || this.deps.adapter.id === 'webex' ? 'not-supported' : 'failed';
    this.deps.logger.log('info', 'provider.revocation_checked', { provider: this.id, revoked: outcome, verified });
    return { revoked: outcome, verified };
  }

  /** Checks the account with the provider; a dead grant moves the card to needs-reauth. */
  async verify(): Promise<void> {
    await this.call((http) => this.deps.adapter.identity(http)).catch(() => undefined);
  }

  async createMeeting(request: MeetingRequest): Promise<MeetingView> {
    const meeting = await this.call((http) => this.deps.adapter.createMeeting(http, request));
    return {
      provider: this.id,
      title: request.title,
      joinUrl: meeting.joinUrl,
      meetingId: meeting.meetingId,
      ...(meeting.passcode ? { passcode: meeting.passcode } : {}),
      start: request.start.toISOString(),
    };
  }

  /** For diagnostics: when the access token held in memory expires (ISO), if one is held. Never the token. */
  tokenExpiresAt(): string | undefined {
    const at = this.session?.accessTokenExpiresAt();
    return at === undefined ? undefined : new Date(at).toISOString();
  }

  /** The video meetings of appointments at this provider: create, delete (gone counts as deleted), recover after a crash. */
  meetings(): MeetingMaker {
    const { adapter } = this.deps;
    return {
      create: (request) => this.call((http) => adapter.createMeeting(http, request)),
      remove: async (id) => {
        try {
          await this.call((http) => adapter.deleteMeeting(http, id));
        } catch (error) {
          if (toAppError(error).code !== 'not_found') throw error;
        }
      },
      recover: async (request) => {
        const find = adapter.findMeeting?.bind(adapter);
        return find ? this.call((http) => find(http, meetingReference(request.idempotencyKey), request.start)) : 'retry-is-safe';
      },
    };
  }

  /** Runs an API call for the connected account, recording success and moving to needs-reauth when the grant is gone. */
  async call<T>(operation: (http: ProviderHttp) => Promise<T>): Promise<T> {
    const record = this.storedRecord();
    if (!this.http || !record || this.state.kind === 'disconnected') throw appError('not_connected', said('error.titleNotConnected', { title: this.deps.adapter.title }));
    try {
      const result = await operation(this.http);
      this.passingFailure = undefined;
      const updated = this.saveRecord({ ...record, lastSuccessAt: new Date(this.deps.clock.now()).toISOString() });
      // While a renewed sign-in waits for the keychain, the card keeps saying so.
      if (this.session?.hasUnsavedGrant()) return result;
      if (this.state.kind !== 'connected' || this.state.record.lastSuccessAt !== updated.lastSuccessAt) this.setState({ kind: 'connected', record: updated });
      return result;
    } catch (error) {
      const failure = toAppError(error);
      if (REAUTH_CODES.has(failure.code)) this.setState({ kind: 'needs-reauth', record, error: failure });
      else if (failure.code === 'keychain_locked' || failure.code === 'keychain_unavailable') this.setState({ kind: 'error', error: failure, record });
      else if (PASSING_CODES.has(failure.code)) {
        this.passingFailure = failure;
        this.refreshView();
      }
      throw failure;
    }
  }

  protected hasSession(): boolean {
    return this.session !== undefined;
  }

  protected async runSignIn(signal: AbortSignal): Promise<ProviderRecord> {
    const { adapter, clock, logger, opener } = this.deps;
    const { tokens, claims } = await signInWithLoopback({
      as: await adapter.authorizationServer(),
      client: adapter.client,
      clientAuth: adapter.clientAuth,
      scope: adapter.scope,
      callbackPath: adapter.callbackPath,
      extraParameters: adapter.extraParameters,
      openId: adapter.openId,
      allowHttp: adapter.allowHttp,
      ...(adapter.redirectPort ? { port: adapter.redirectPort } : {}),
      opener,
      clock,
      logger,
      signal,
      pages: loopbackPages(this.deps.texts?.() ?? ENGLISH),
    });
    // A temporary session checks the grant and reads the identity before anything is stored.
    const probe = this.sessionFor('pending');
    probe.adopt(tokens);
    let identity;
    try {
      const granted = new Set((tokens.scope ?? adapter.scope).split(' '));
      if (adapter.requiredScopes?.some((scope) => !granted.has(scope))) throw appError('insufficient_scope');
      identity = await adapter.identity(this.httpFor(probe));
      if (claims?.sub && adapter.openId && claims.sub !== identity.accountId) throw appError('id_token_invalid');
    } catch (error) {
      await this.revoke(probe);
      throw error;
    }
    const account = `${this.id}:${identity.accountId}`;
    const session = this.sessionFor(account);
    try {
      await session.begin(tokens);
    } catch (error) {
      await this.revoke(probe);
      throw error;
    }
    const now = new Date(clock.now()).toISOString();
    const record = this.saveRecord({
      endpoint: adapter.endpoint,
      keychainAccount: account,
      accountId: identity.accountId,
      displayName: identity.displayName,
      ...(identity.email ? { email: identity.email } : {}),
      connectedSince: now,
      lastSuccessAt: now,
    });
    this.use(session);
    logger.log('info', 'provider.connected', { provider: this.id });
    return record;
  }

  private async refresh(refreshToken: string): Promise<TokenEndpointResponse> {
    const { adapter } = this.deps;
    const as = await adapter.authorizationServer();
    try {
      const response = await refreshTokenGrantRequest(as, adapter.client, adapter.clientAuth, refreshToken, {
        [allowInsecureRequests]: adapter.allowHttp,
        signal: () => deadlineSignal(30_000),
        ...(adapter.id === 'teams' ? { additionalParameters: { scope: adapter.scope } } : {}),
      });
      return await processRefreshTokenResponse(as, adapter.client, response);
    } catch (error) {
      if (error instanceof ResponseBodyError) {
        const cause = error.cause as { reason?: unknown; error_description?: unknown };
        const description = typeof cause.reason === 'string' ? cause.reason : typeof cause.error_description === 'string' ? cause.error_description : undefined;
        const specific = adapter.classifyTokenError?.({ error: error.error, ...(description ? { description } : {}) });
        if (specific) throw specific;
      }
      throw (await wrappedTokenError(error)) ?? error;
    }
  }

  /** Revokes at the provider; `unreachable` when it could not be asked (down, busy, offline) rather than refused. */
  private async revoke(session: TokenSession): Promise<{ revoked: boolean; unreachable?: AppError }> {
    try {
      // Zoom revokes the access token, so an expired one is refreshed first; only a refused refresh (the grant is
      // dead already) goes on without one: a provider out of reach is reported as such and nothing is deleted.
      const accessToken = this.deps.adapter.id === 'zoom' ? await session.getAccessToken().catch((error: unknown) => (refreshRefused(error) ? undefined : Promise.reject(error))) : undefined;
      const refreshToken = session.currentRefreshToken();
      const outcome = await this.deps.adapter.revoke({ ...(accessToken ? { accessToken } : {}), ...(refreshToken ? { refreshToken } : {}) });
      return { revoked: outcome === 'revoked' };
    } catch (error) {
      const failure = toAppError(error);
      this.deps.logger.log('warn', 'provider.revoke_failed', { provider: this.id, errorCode: failure.code });
      return revocationCanBeRetried(error) ? { revoked: false, unreachable: failure } : { revoked: false };
    }
  }

  private sessionFor(account: string): TokenSession {
    return new TokenSession({
      secrets: this.deps.secrets,
      account,
      clock: this.deps.clock,
      logger: this.deps.logger,
      refresh: (refreshToken) => this.refresh(refreshToken),
      onPersistChange: (saved, error) => this.onGrantPersistence(saved, error),
      // Zoom's SDK refreshes when less than a minute is left; one minute suits every provider here.
      refreshAheadMs: 60_000,
    });
  }

  private httpFor(session: TokenSession): ProviderHttp {
    const { adapter, clock, logger } = this.deps;
    return new ProviderHttp({
      provider: adapter.id,
      session,
      clock,
      logger,
      classify: (failure) => adapter.classify(failure),
      ...(this.deps.requestTimeoutMs ? { timeoutMs: this.deps.requestTimeoutMs } : {}),
    });
  }

  private use(session: TokenSession): void {
    this.session = session;
    this.http = this.httpFor(session);
  }

  protected storedRecord(): ProviderRecord | undefined {
    const record = this.deps.settings.value.video.providers[this.id];
    return record && record.endpoint === this.deps.adapter.endpoint ? record : undefined;
  }

  private saveRecord(record: ProviderRecord): ProviderRecord {
    this.deps.settings.update((settings) => ({ ...settings, video: { ...settings.video, providers: { ...settings.video.providers, [this.id]: record } } }));
    return record;
  }

}
