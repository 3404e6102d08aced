import { randomUUID } from 'node:crypto';
import { PROVIDER_IDS, type ConnectionView, type MeetingView, type PasscodeProviderId, type PasscodeSetting, type ProviderId } from '../../preload/contract.js';
import type { ProvidersConfig } from '../config/providers-config.js';
import { appError } from '../core/app-error.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';
import type { Clock, Logger, SecretStore, UrlOpener } from '../ports/index.js';
import type { SettingsService } from '../settings/settings-service.js';
import { GoogleAdapter } from './google/google-adapter.js';
import { JitsiConnection } from './jitsi/jitsi-connection.js';
import { generatePasscode } from './passcode/generate-passcode.js';
import { describeRules, ZOOM_BASE_RULES, type PasscodeRules } from './passcode/passcode-rules.js';
import { passcodeProblemTexts } from './passcode/validate-passcode.js';
import type { OAuthProviderId, ProviderAdapter } from './provider-adapter.js';
import { ProviderConnection } from './provider-connection.js';
import { PROVIDER_TITLES } from './provider-http.js';
import { TeamsAdapter } from './teams/teams-adapter.js';
import { WebexAdapter, WEBEX_PASSCODE_RULES } from './webex/webex-adapter.js';
import { ZoomAdapter } from './zoom/zoom-adapter.js';
import { SuperOfficeVideoConnection } from './superoffice-video/superoffice-video-connection.js';
import type { MeetingMaker } from './meeting-maker.js';
import type { SuperOfficeApi } from '../superoffice/superoffice-api.js';
import { said } from '../i18n/local-text.js';

export interface VideoConnectionsDeps {
  config: ProvidersConfig;
  settings: SettingsService;
  secrets: SecretStore;
  opener: UrlOpener;
  clock: Clock;
  logger: Logger;
  /** The signed-in SuperOffice user, whose tenant the status lines name. */
  superOffice: () => { displayName: string; tenant: string } | undefined;
  /** The signed-in SuperOffice user's REST API (for SuperOffice's own video-meeting service). */
  superOfficeApi: () => { api: SuperOfficeApi; tenant: string } | undefined;
  onChange: (view: ConnectionView) => void;
  /** The user's language for the cards' texts and the sign-in pages (default English). */
  texts?: () => Translator;
}

type VideoConnection = ProviderConnection | JitsiConnection | SuperOfficeVideoConnection;
const BASE_RULES: Record<PasscodeProviderId, PasscodeRules> = { zoom: ZOOM_BASE_RULES, webex: WEBEX_PASSCODE_RULES };
const ENV_HINT: Record<OAuthProviderId, string> = {
  zoom: 'VMT_ZOOM_CLIENT_ID',
  google: 'VMT_GOOGLE_CLIENT_ID and VMT_GOOGLE_CLIENT_SECRET',
  teams: 'VMT_TEAMS_CLIENT_ID',
  webex: 'VMT_WEBEX_CLIENT_ID and VMT_WEBEX_CLIENT_SECRET',
};

/**
 * The video providers: one active for new meetings at a time (as in SuperOffice), while the others keep
 * their sign-in until disconnected; the Zoom and Webex passcode setting; test meetings.
 */
export class VideoConnections {
  private readonly connections = new Map<ProviderId, VideoConnection>();
  private readonly rules = new Map<PasscodeProviderId, PasscodeRules>();
  private readonly adapters: ProviderAdapter[];
  private readonly superOfficeVideo: SuperOfficeVideoConnection;
  private superOfficeUser: string | undefined;
  private readonly texts = (): Translator => this.deps.texts?.() ?? ENGLISH;

  constructor(private readonly deps: VideoConnectionsDeps) {
    this.adapters = buildAdapters(deps.config);
    for (const adapter of this.adapters) {
      this.connections.set(
        adapter.id,
        new ProviderConnection({
          adapter,
          settings: deps.settings,
          secrets: deps.secrets,
          opener: deps.opener,
          clock: deps.clock,
          logger: deps.logger,
          context: () => this.viewContext(adapter),
          requestTimeoutMs: deps.config.requestTimeoutMs,
          texts: this.texts,
          onChange: deps.onChange,
        }),
      );
    }
    this.connections.set(
      'jitsi',
      new JitsiConnection({ config: deps.config.jitsi, settings: deps.settings, clock: deps.clock, superOffice: deps.superOffice, active: () => this.active === 'jitsi', onChange: deps.onChange, texts: this.texts }),
    );
    this.superOfficeVideo = new SuperOfficeVideoConnection({
      superOffice: deps.superOfficeApi,
      opener: deps.opener,
      clock: deps.clock,
      logger: deps.logger,
      active: () => this.active === 'superoffice-video',
      texts: this.texts,
      onChange: (view) => (this.superOfficeVideo?.offered || view.status === 'connecting' ? deps.onChange(view) : undefined),
    });
    this.connections.set('superoffice-video', this.superOfficeVideo);
  }

  get active(): ProviderId | undefined {
    return this.deps.settings.value.video.activeProvider;
  }

  /** Every provider's card; SuperOffice's own service only where the tenant offers it. */
  views(): ConnectionView[] {
    const shown = PROVIDER_IDS.filter((id) => id !== 'superoffice-video' || this.superOfficeVideo.offered || this.active === id);
    return shown.map((id) => this.connections.get(id)?.view() ?? this.unconfiguredView(id));
  }

  /** SuperOffice connected, signed out or another user: SuperOffice's own video service is checked again. */
  onSuperOfficeChanged(): void {
    const user = this.deps.superOffice();
    const key = user ? user.tenant : undefined;
    if (key !== this.superOfficeUser) {
      this.superOfficeUser = key;
      void this.superOfficeVideo.onSuperOfficeChanged();
    }
    this.refreshViews();
  }

  /** Creating, deleting and recovering appointment meetings at provider `id`. */
  meetings(id: ProviderId): MeetingMaker {
    return this.connection(id).meetings();
  }

  async restore(): Promise<void> {
    await Promise.all([...this.connections.values()].map((connection) => connection.restore()));
  }

  async connect(id: ProviderId): Promise<ConnectionView> {
    const view = await this.connection(id).connect();
    // SuperOffice's own service, connected again after an administrator removed it: connecting is choosing it again.
    const chosenAgain = id === 'superoffice-video' && this.deps.settings.value.video.removedByAdmin.includes(id);
    if (view.status === 'connected' && (!this.active || id === 'jitsi' || chosenAgain)) await this.setActive(id);
    if (view.status === 'connected' && (id === 'zoom' || id === 'webex')) await this.loadRules(id).catch(() => undefined);
    return this.connection(id).view();
  }

  cancel(id: ProviderId): ConnectionView {
    return this.connection(id).cancel();
  }

  async disconnect(id: ProviderId): Promise<ConnectionView> {
    const { view } = await this.connection(id).disconnect();
    // A service that keeps no account here (Jitsi, SuperOffice's own) is disconnected by no longer choosing it.
    if (!view.needsAccount && this.active === id) {
      this.deps.settings.update((s) => ({ ...s, video: { ...s.video, activeProvider: undefined } }));
      this.refreshViews();
    }
    return view;
  }

  async setActive(id: ProviderId): Promise<ConnectionView[]> {
    const connection = this.connection(id);
    this.deps.settings.update((s) => ({ ...s, video: { ...s.video, activeProvider: id } }));
    // Jitsi needs no account: choosing it is all it takes to use it.
    if (connection instanceof JitsiConnection) await connection.connect();
    this.refreshViews();
    return this.views();
  }

  /** Re-announces every view (the active provider or the SuperOffice tenant in the status lines changed). */
  refreshViews(): void {
    for (const connection of this.connections.values()) connection.refreshView();
  }

  async generatePasscode(id: PasscodeProviderId): Promise<string> {
    return generatePasscode(await this.currentRules(id));
  }

  async savePasscode(id: PasscodeProviderId, passcode: string): Promise<ConnectionView> {
    const problems = passcodeProblemTexts(passcode, await this.currentRules(id));
    if (problems.length) throw appError('invalid_passcode', problems.reduce((first, second) => said('text.sentences', { first, second })));
    this.deps.settings.update((s) => ({ ...s, video: { ...s.video, passcodes: { ...s.video.passcodes, [id]: passcode } } }));
    this.deps.logger.log('info', 'passcode.saved', { provider: id });
    const connection = this.connection(id);
    connection.refreshView();
    return connection.view();
  }

  async createTestMeeting(id: ProviderId): Promise<MeetingView> {
    const connection = this.connection(id);
    const start = new Date(Math.ceil(this.deps.clock.now() / 300_000) * 300_000);
    const passcode = id === 'zoom' || id === 'webex' ? this.deps.settings.value.video.passcodes[id] : undefined;
    return connection.createMeeting({
      title: 'Test meeting from Video Meetings Tray',
      start,
      durationMinutes: 30,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
      ...(passcode ? { passcode } : {}),
      idempotencyKey: randomUUID(),
    });
  }

  /** Checks a connected account with its provider again (the card's "Try again"). */
  async verify(id: ProviderId): Promise<ConnectionView> {
    const connection = this.connection(id);
    if (connection instanceof ProviderConnection) await connection.verify();
    else await connection.restore();
    return connection.view();
  }

  /** The provider's connection, or undefined where it is not set up (no client ID). */
  connectionIfAny(id: ProviderId): VideoConnection | undefined {
    return this.connections.get(id);
  }

  connection(id: ProviderId): VideoConnection {
    const connection = this.connections.get(id);
    if (connection) return connection;
    throw appError('invalid_client', said('error.notSetUpHint', { title: PROVIDER_TITLES[id], variables: ENV_HINT[id as OAuthProviderId] }));
  }

  private async currentRules(id: PasscodeProviderId): Promise<PasscodeRules> {
    const connection = this.connections.get(id);
    if (connection instanceof ProviderConnection && connection.isConnected) return this.loadRules(id).catch(() => this.rules.get(id) ?? BASE_RULES[id]);
    return this.rules.get(id) ?? BASE_RULES[id];
  }

  private async loadRules(id: PasscodeProviderId): Promise<PasscodeRules> {
    const connection = this.connection(id) as ProviderConnection;
    const adapter = this.adapters.find((a) => a.id === id);
    const rules = adapter?.passcodeRules ? await connection.call((http) => adapter.passcodeRules!(http)) : BASE_RULES[id];
    this.rules.set(id, rules);
    connection.refreshView();
    return rules;
  }

  private viewContext(adapter: ProviderAdapter) {
    const texts = this.texts();
    const tenant = this.deps.superOffice()?.tenant ?? texts.t('status.noTenantYet');
    const passcodeId = adapter.id === 'zoom' || adapter.id === 'webex' ? adapter.id : undefined;
    return {
      active: this.active === adapter.id,
      connectedText: (record: { displayName: string }) => adapter.statusText(record, tenant, texts),
      ...(passcodeId ? { passcode: this.passcodeSetting(passcodeId) } : {}),
    };
  }

  private passcodeSetting(id: PasscodeProviderId): PasscodeSetting {
    const rules = this.rules.get(id) ?? BASE_RULES[id];
    return { value: this.deps.settings.value.video.passcodes[id] ?? '', rules: describeRules(rules, this.texts()), maxLength: rules.maxLength };
  }

  private unconfiguredView(id: ProviderId): ConnectionView {
    const error = appError('invalid_client', said('error.notSetUp', { title: PROVIDER_TITLES[id] }), said('remedy.notSetUpHint', { variables: ENV_HINT[id as OAuthProviderId] }));
    return {
      id,
      kind: 'video',
      title: PROVIDER_TITLES[id],
      status: 'error',
      statusText: this.texts().t('status.notSetUp'),
      error: error.toApiError(this.texts()),
      nextAction: 'retry',
      active: this.active === id,
      needsAccount: true,
    };
  }
}

/** One adapter per configured provider (a provider without a client ID is "not set up"). */
function buildAdapters({ zoom, google, teams, webex }: ProvidersConfig): ProviderAdapter[] {
  return [
    ...(zoom ? [new ZoomAdapter(zoom)] : []),
    ...(google ? [new GoogleAdapter(google)] : []),
    ...(teams ? [new TeamsAdapter(teams)] : []),
    ...(webex ? [new WebexAdapter(webex)] : []),
  ];
}
