import {
  allowInsecureRequests,
  ClientSecretPost,
  None,
  processRefreshTokenResponse,
  processRevocationResponse,
  refreshTokenGrantRequest,
  revocationRequest,
  type AuthorizationServer,
  type Client,
  type ClientAuth,
  type TokenEndpointResponse,
} from 'oauth4webapi';
import type { ConnectionView } from '../../preload/contract.js';
import type { SuperOfficeConfig } from '../config/app-config.js';
import type { AppError } from '../core/app-error.js';
import { deadlineSignal } from '../net/http.js';
import { discoverAuthorizationServer } from '../oauth/authorization-server.js';
import { signInWithLoopback } from '../oauth/loopback-sign-in.js';
import { toAppError } from '../oauth/oauth-errors.js';
import { TokenSession } from '../oauth/token-session.js';
import type { Clock, Logger, SecretStore, UrlOpener } from '../ports/index.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { SuperOfficeRecord } from '../settings/settings-schema.js';
import { currentPrincipalSchema } from './current-principal.js';
import { SuperOfficeApi } from './superoffice-api.js';
import { verifyRefreshRefused, type RevocationReport } from '../troubleshooting/revocation-report.js';
import { readSuperOfficeClaims } from './superoffice-claims.js';
import { superOfficeEndpoints } from './superoffice-endpoints.js';
import { SignInConnection } from '../connections/sign-in-connection.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';
import { loopbackPages } from '../oauth/loopback-pages.js';
import { superOfficeView } from './superoffice-view.js';
import { TenantResolver } from './tenant-resolver.js';

export interface SuperOfficeConnectionDeps {
  config: SuperOfficeConfig;
  settings: SettingsService;
  secrets: SecretStore;
  opener: UrlOpener;
  clock: Clock;
  logger: Logger;
  /** The user's language for the card's texts and the sign-in pages (default English). */
  texts?: () => Translator;
  /** Called with the new view on every state change. */
  onChange: (view: ConnectionView) => void;
}

/**
 * The user's SuperOffice connection: sign-in (loopback + PKCE), session restore after a restart,
 * identity, and sign-out. Tokens stay in the TokenSession (keychain + memory); settings keep only
 * the non-secret record.
 */
/** Failures that pass by themselves (the user stays signed in). */
const PASSING_CODES = new Set(['network', 'server_error', 'bad_response', 'tenant_unavailable', 'timeout', 'rate_limited']);

export class SuperOfficeConnection extends SignInConnection<SuperOfficeRecord> {
  readonly id = 'superoffice' as const;
  private server: AuthorizationServer | undefined;
  private session: TokenSession | undefined;
  /** The last failure of a call that did not end the sign-in (cleared by the next success). */
  private passingFailure: AppError | undefined;
  private api: SuperOfficeApi | undefined;
  private readonly endpoints;
  private readonly client: Client;
  private readonly clientAuth: ClientAuth;
  private readonly allowHttp: boolean;

  constructor(private readonly deps: SuperOfficeConnectionDeps) {
    super({ clock: deps.clock, logger: deps.logger, onChange: deps.onChange, logName: 'superoffice' });
    this.endpoints = superOfficeEndpoints(deps.config.authority);
    this.client = { client_id: deps.config.clientId };
    this.clientAuth = deps.config.clientSecret ? ClientSecretPost(deps.config.clientSecret) : None();
    this.allowHttp = new URL(deps.config.authority).hostname === '127.0.0.1';
  }

  view(): ConnectionView {
    const texts = this.deps.texts?.() ?? ENGLISH;
    const view = superOfficeView(this.state, texts);
    // A passing failure (offline, outage, maintenance) leaves the user signed in; the card still says what happened.
    return this.passingFailure && view.status === 'connected' ? { ...view, error: this.passingFailure.toApiError(texts) } : view;
  }

  /** The REST client of the signed-in user, or undefined when not connected. */
  restApi(): SuperOfficeApi | undefined {
    return this.usable() ? this.api : undefined;
  }

  /** The signed-in user's tenant and associate, or undefined. */
  identity(): { tenant: string; associateId: number; displayName: string } | undefined {
    const record = this.usable() ? this.storedRecord() : undefined;
    return record ? { tenant: record.tenant, associateId: record.associateId, displayName: record.displayName } : undefined;
  }

  /** For diagnostics: when the access token held in memory expires (ISO), if one is held. Never the token. */
  tokenExpiresAt(): string | undefined {
    const at = this.session?.accessTokenExpiresAt();
    return at === undefined ? undefined : new Date(at).toISOString();
  }

  /** Records a failure of a call made with restApi() (a dead grant moves the card to needs-reauth). */
  reportFailure(error: unknown): void {
    const failure = toAppError(error);
    const record = this.storedRecord();
    if (record && failure.code === 'invalid_grant') this.setState({ kind: 'needs-reauth', record, error: failure });
    else if (record && PASSING_CODES.has(failure.code)) {
      this.passingFailure = failure;
      this.deps.onChange(this.view());
    }
  }

  /** Records a successful call made with restApi(). */
  reportSuccess(): void {
    this.passingFailure = undefined;
    const record = this.storedRecord();
    if (this.state.kind !== 'connected' || !record || this.session?.hasUnsavedGrant()) return;
    const updated = this.saveRecord({ ...record, lastSuccessAt: new Date(this.deps.clock.now()).toISOString() });
    this.setState({ kind: 'connected', record: updated });
  }

  /** After a restart: picks up the stored record and keychain grant, then checks them with SuperOffice. */
  async restore(): Promise<void> {
    const record = this.storedRecord();
    if (!record) return;
    const session = this.sessionFor(record.keychainAccount);
    if (!(await this.restoreGrant(record, session))) return;
    this.useSession(session, record);
    this.setState({ kind: 'connected', record });
    await this.verify();
  }

  /** Signs out: revokes the refresh token where SuperOffice offers revocation, deletes the keychain entry, forgets the identity. */
  async disconnect(): Promise<ConnectionView> {
    this.cancel();
    const record = this.storedRecord();
    const session = this.session ?? (record ? this.sessionFor(record.keychainAccount) : undefined);
    if (session) {
      const refreshToken = session.currentRefreshToken() ?? ((await session.restore().catch(() => false)) ? session.currentRefreshToken() : undefined);
      if (refreshToken) await this.revoke(refreshToken);
      try {
        await session.end();
      } catch (error) {
        const failure = toAppError(error);
        this.setState({ kind: 'error', error: failure, ...(record ? { record } : {}) });
        throw failure;
      }
    }
    this.deps.settings.update((settings) => ({ ...settings, connections: { ...settings.connections, superoffice: undefined } }));
    this.session = undefined;
    this.api = undefined;
    this.setState({ kind: 'disconnected' });
    this.deps.logger.log('info', 'superoffice.signed_out');
    return this.view();
  }

  /**
   * The removal wizard's revoke step: signs out (revokes the refresh token, deletes the keychain entry, forgets
   * the identity), then proves it: a refresh with the old refresh token must be refused.
   */
  async revokeAndVerify(): Promise<RevocationReport> {
    const record = this.storedRecord();
    const session = this.session ?? (record ? this.sessionFor(record.keychainAccount) : undefined);
    const oldRefreshToken = session?.currentRefreshToken() ?? ((await session?.restore().catch(() => false)) ? session?.currentRefreshToken() : undefined);
    await this.disconnect();
    if (!oldRefreshToken) return { revoked: 'nothing-stored', verified: 'not-checked' };
    const verified = await verifyRefreshRefused(() => this.refresh(oldRefreshToken));
    this.deps.logger.log('info', 'superoffice.revocation_checked', { verified });
    return { revoked: verified === 'refused' ? 'revoked' : 'failed', verified };
  }

  /** Asks SuperOffice who the user is, refreshing the record; moves to needs-reauth when the grant is gone. */
  async verify(): Promise<void> {
    const record = this.storedRecord();
    if (!this.api || !record) return;
    try {
      const principal = await this.api.get('v1/User/currentPrincipal', currentPrincipalSchema);
      this.passingFailure = undefined;
      const updated = this.saveRecord({ ...record, displayName: principal.FullName, lastSuccessAt: new Date(this.deps.clock.now()).toISOString() });
      // While a renewed sign-in waits for the keychain, the card keeps saying so.
      if (!this.session?.hasUnsavedGrant()) this.setState({ kind: 'connected', record: updated });
    } catch (error) {
      const failure = toAppError(error);
      this.deps.logger.log('warn', 'superoffice.verify_failed', { errorCode: failure.code });
      if (PASSING_CODES.has(failure.code)) {
        this.passingFailure = failure;
        this.deps.onChange(this.view());
      }
      if (failure.code === 'invalid_grant') this.setState({ kind: 'needs-reauth', record, error: failure });
      else if (failure.code === 'keychain_locked' || failure.code === 'keychain_unavailable') this.setState({ kind: 'error', error: failure, record });
    }
  }

  /** Connected, or working from memory while the keychain refuses a renewed sign-in. */
  private usable(): boolean {
    return this.state.kind === 'connected' || (this.session?.hasUnsavedGrant() ?? false);
  }

  protected hasSession(): boolean {
    return this.session !== undefined;
  }

  protected async runSignIn(signal: AbortSignal): Promise<SuperOfficeRecord> {
    const { clock, logger, opener } = this.deps;
    this.server ??= await discoverAuthorizationServer(this.endpoints);
    const { tokens, claims } = await signInWithLoopback({
      as: this.server,
      client: this.client,
      clientAuth: this.clientAuth,
      scope: 'openid',
      callbackPath: '/',
      extraParameters: { response_mode: 'query' },
      openId: true,
      allowHttp: this.allowHttp,
      opener,
      clock,
      logger,
      signal,
      pages: loopbackPages(this.deps.texts?.() ?? ENGLISH),
    });
    const identity = readSuperOfficeClaims(claims);
    const account = `superoffice:${identity.context}:${identity.associateId}`;
    const session = this.sessionFor(account);
    try {
      await session.begin(tokens);
    } catch (error) {
      // The keychain refused: never keep the grant anywhere else. Give it back to the server.
      if (tokens.refresh_token) await this.revoke(tokens.refresh_token);
      throw error;
    }
    const api = new SuperOfficeApi(session, this.resolverFor(identity.context), logger);
    let principal;
    try {
      principal = await api.get('v1/User/currentPrincipal', currentPrincipalSchema);
    } catch (error) {
      await this.revoke(tokens.refresh_token!);
      await session.end().catch(() => undefined);
      throw error;
    }
    const now = new Date(clock.now()).toISOString();
    const record = this.saveRecord({
      authority: this.deps.config.authority,
      keychainAccount: account,
      tenant: identity.context,
      associateId: identity.associateId,
      displayName: principal.FullName,
      ...(identity.email ? { email: identity.email } : principal.EMailAddress ? { email: principal.EMailAddress } : {}),
      isAdministrator: identity.isAdministrator,
      connectedSince: now,
      lastSuccessAt: now,
    });
    this.session = session;
    this.api = api;
    logger.log('info', 'superoffice.connected', { tenant: identity.context, associateId: identity.associateId });
    return record;
  }

  private async refresh(refreshToken: string): Promise<TokenEndpointResponse> {
    this.server ??= await discoverAuthorizationServer(this.endpoints);
    const response = await refreshTokenGrantRequest(this.server, this.client, this.clientAuth, refreshToken, {
      [allowInsecureRequests]: this.allowHttp,
      signal: () => deadlineSignal(30_000),
    });
    return processRefreshTokenResponse(this.server, this.client, response);
  }

  /** Best effort: a failed revocation is logged, never blocks sign-out. */
  private async revoke(token: string): Promise<void> {
    try {
      this.server ??= await discoverAuthorizationServer(this.endpoints);
      if (!this.server.revocation_endpoint) return;
      const response = await revocationRequest(this.server, this.client, this.clientAuth, token, {
        [allowInsecureRequests]: this.allowHttp,
        signal: () => deadlineSignal(10_000),
        additionalParameters: { token_type_hint: 'refresh_token' },
      });
      await processRevocationResponse(response);
      this.deps.logger.log('info', 'superoffice.revoked');
    } catch (error) {
      this.deps.logger.log('warn', 'superoffice.revoke_failed', { errorCode: toAppError(error).code });
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
    });
  }

  private resolverFor(context: string): TenantResolver {
    return new TenantResolver({ stateUrl: this.endpoints.stateUrl(context), authority: this.deps.config.authority, clock: this.deps.clock, logger: this.deps.logger });
  }

  private useSession(session: TokenSession, record: SuperOfficeRecord): void {
    this.session = session;
    this.api = new SuperOfficeApi(session, this.resolverFor(record.tenant), this.deps.logger);
  }

  protected storedRecord(): SuperOfficeRecord | undefined {
    const record = this.deps.settings.value.connections.superoffice;
    return record && record.authority === this.deps.config.authority ? record : undefined;
  }

  private saveRecord(record: SuperOfficeRecord): SuperOfficeRecord {
    this.deps.settings.update((settings) => ({ ...settings, connections: { ...settings.connections, superoffice: record } }));
    return record;
  }


}

