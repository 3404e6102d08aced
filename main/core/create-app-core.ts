import { release as osRelease } from 'node:os';
import type { ConnectionId, ConnectionView, HostKind, Preferences, ProviderId } from '../../preload/contract.js';
import type { DiagnosticsInput } from '../diagnostics/diagnostics-input.js';
import { toAppError } from '../oauth/oauth-errors.js';
import { AgendaCache } from '../agenda/agenda-cache.js';
import { AgendaService } from '../agenda/agenda-service.js';
import { AppointmentVideoService } from '../meetings/appointment-video-service.js';
import { formatDiagnosticsReport } from '../diagnostics/diagnostics-report.js';
import { connectionRemoval } from '../troubleshooting/connection-removal.js';
import { adminMarkers, type MarkerTimings } from '../admin/admin-markers.js';
import { withDiagnosis } from '../troubleshooting/diagnose.js';
import { PROVIDER_PAGES } from '../troubleshooting/provider-pages.js';
import { RemovalWizards } from '../troubleshooting/removal-wizard.js';
import { RepairFlow } from '../troubleshooting/repair-flow.js';
import { MeetingJournal } from '../meetings/meeting-journal.js';
import { mergePreferences, preferencesProblem } from '../settings/preferences-schema.js';
import { appError } from './app-error.js';
import { JoinShortcut } from './join-shortcut.js';
import { VideoConnections } from '../providers/video-connections.js';
import { dispatchCall, type ApiHandlers } from '../api/dispatch.js';
import { APP_NAME, type AppConfig } from '../config/app-config.js';
import type { Ports } from '../ports/index.js';
import { SettingsService } from '../settings/settings-service.js';
import { SuperOfficeConnection } from '../superoffice/superoffice-connection.js';
import type { AppCore, CoreEvent } from './app-core-types.js';
import { buildTrayModel, type TrayAction } from './tray-model.js';
import { appLocale } from '../i18n/app-locale.js';
import { said, say } from '../i18n/local-text.js';

export interface AppCoreOptions {
  ports: Ports;
  config: AppConfig;
  host: HostKind;
  version: string;
  platform: string;
  /** The user's IANA time zone (defaults to the system's). */
  timeZone?: string;
  /** The operating system's language tag (defaults to this process's Intl locale). */
  systemLocale?: string;
  /** Shorter tenant-marker sync, retry and deadline (tests); the defaults otherwise. */
  markerTimings?: Partial<MarkerTimings>;
}

/** Composes the Electron-free core from the host's ports. */
export function createAppCore({ ports, config, host, version, platform, timeZone, systemLocale, markerTimings }: AppCoreOptions): AppCore {
  const listeners = new Set<(event: CoreEvent) => void>();
  const userTimeZone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  let started = false;
  /** Set once composed; connection events before that (none in practice) are shown undecorated. */
  let admin: ReturnType<typeof adminMarkers> | undefined;
  let unsubscribeSystem: (() => void) | undefined;
  const settings = new SettingsService(ports.settings, ports.logger);
  const resolvedSystemLocale = systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  /** The language and clock of everything the core shows, following the preferences. */
  const locale = appLocale(resolvedSystemLocale, userTimeZone, () => settings.value.preferences);
  const texts = () => locale.texts();
  const info = {
    name: APP_NAME,
    version,
    host,
    environment: config.environment,
    environmentLabel: config.environmentLabel,
    platform,
    systemLocale: resolvedSystemLocale,
    launchAtLoginSupported: ports.loginItem !== undefined,
  };

  const applyLaunchAtLogin = (enabled: boolean): void => {
    try {
      ports.loginItem?.apply(enabled);
    } catch (error) {
      ports.logger.log('warn', 'login_item.apply_failed', { enabled, error });
    }
  };
  const present = (view: ConnectionView): ConnectionView => withDiagnosis(admin ? admin.decorate(view, texts()) : view, texts());
  const emitConnection = (view: ConnectionView): void => {
    admin?.onViewEmitted(view);
    for (const listener of listeners) listener({ name: 'connectionChanged', payload: present(view) });
    renderTray();
  };
  const superoffice = new SuperOfficeConnection({
    config: config.superoffice,
    settings,
    secrets: ports.secrets,
    opener: ports.opener,
    clock: ports.clock,
    logger: ports.logger,
    texts,
    onChange: (view) => {
      emitConnection(view);
      // The providers' status lines name the SuperOffice tenant; the agenda belongs to the signed-in user.
      videos?.onSuperOfficeChanged();
      agenda?.onSuperOfficeChanged();
      // Before start() has restored the providers, an unfinished add could not reach them; start() resumes it then.
      if (started) void meetings?.resumeUnfinished();
    },
  });
  const superOfficeUser = () => {
    const record = settings.value.connections.superoffice;
    return superoffice.view().status === 'connected' && record ? { displayName: record.displayName, tenant: record.tenant } : undefined;
  };
  const videos: VideoConnections = new VideoConnections({
    config: config.providers,
    settings,
    secrets: ports.secrets,
    opener: ports.opener,
    clock: ports.clock,
    logger: ports.logger,
    superOffice: superOfficeUser,
    superOfficeApi: () => {
      const api = superoffice.restApi();
      const user = superOfficeUser();
      return api && user ? { api, tenant: user.tenant } : undefined;
    },
    onChange: emitConnection,
    texts,
  });

  function renderTray(): void {
    const active = videos?.active ? videos.views().find((view) => view.id === videos.active) : undefined;
    const label = config.environment === 'online' ? '' : config.environmentLabel;
    ports.tray.render(buildTrayModel(APP_NAME, label, [superoffice.view(), ...(active ? [active] : [])], agenda?.view(), ports.clock.now(), (iso) => locale.time(iso), texts()));
  }

  const agenda = new AgendaService({
    superOffice: superoffice,
    settings,
    cache: new AgendaCache(config.dataDir, ports.logger),
    clock: ports.clock,
    logger: ports.logger,
    notifier: ports.notifier,
    opener: ports.opener,
    timeZone: userTimeZone,
    locale,
    videoIndex: () => meetings?.videoIndex() ?? (() => undefined),
    showApp: () => ports.window?.show(),
    onChange: (view) => {
      for (const listener of listeners) listener({ name: 'agendaChanged', payload: view });
      renderTray();
    },
  });
  const meetings: AppointmentVideoService = new AppointmentVideoService({
    superOffice: superoffice,
    videos: {
      get active() {
        return videos.active;
      },
      isConnected: (id) => videos.connection(id).isConnected,
      connect: (id) => videos.connect(id),
      meetings: (id) => videos.meetings(id),
      passcode: (id) => (id === 'zoom' || id === 'webex' ? settings.value.video.passcodes[id] : undefined),
    },
    agenda,
    journal: new MeetingJournal(settings),
    notify: (text) => ports.notifier.notify({ title: APP_NAME, body: say(texts(), text) }),
    clock: ports.clock,
    logger: ports.logger,
    timeZone: userTimeZone,
  });
  const markers = adminMarkers({ settings, superoffice, videos, clock: ports.clock, logger: ports.logger, appVersion: version, texts, ...(markerTimings ? { timings: markerTimings } : {}) });
  admin = markers;
  const emit = (event: CoreEvent): void => {
    for (const listener of listeners) listener(event);
  };
  const removal = connectionRemoval({ superoffice, videos, settings });
  const repair = new RepairFlow(
    {
      removeLocal: (id) => removal.removeLocal(id),
      signIn: (id) => (id === 'superoffice' ? superoffice.connect() : videos.connect(id)),
      checkSuperOffice: () => removal.checkSuperOffice(),
    },
    ports.logger,
    (progress) => emit({ name: 'repairProgress', payload: progress }),
    texts,
  );
  const wizards = new RemovalWizards({
    settings,
    clock: ports.clock,
    logger: ports.logger,
    disconnect: (id) => removal.stopUsing(id),
    revoke: (id) => removal.revoke(id),
    onChange: (view) => emit({ name: 'wizardChanged', payload: view }),
    texts,
  });
  const shortcut = new JoinShortcut(ports.shortcut, ports.notifier, ports.logger, () => void agenda.joinNext().catch(() => undefined), texts);

  const handlers: ApiHandlers = {
    getAppInfo: () => info,
    listConnections: () => [superoffice.view(), ...videos.views()].map(present),
    connect: async (id) => {
      // "Try again" on a connected card (after a rate limit, an outage, offline) checks it again instead of a new sign-in.
      if (id === 'superoffice' && superoffice.view().status === 'connected') {
        await superoffice.verify();
        void agenda.refresh('retry');
        return present(superoffice.view());
      }
      // Not a card an administrator's removal closed: SuperOffice's own service stays connected, and Connect chooses it again.
      const removed = id !== 'superoffice' && settings.value.video.removedByAdmin.includes(id);
      if (id !== 'superoffice' && !removed && videos.connectionIfAny(id)?.view().status === 'connected') return present(await videos.verify(id));
      return present(await (id === 'superoffice' ? superoffice.connect() : videos.connect(id)));
    },
    cancelConnect: (id) => present(id === 'superoffice' ? superoffice.cancel() : videos.cancel(id)),
    disconnect: async (id) => present(await (id === 'superoffice' ? superoffice.disconnect() : videos.disconnect(id))),
    setActiveProvider: async (id) => (await videos.setActive(id)).map(present),
    generatePasscode: (id) => videos.generatePasscode(id),
    savePasscode: async (id, passcode) => present(await videos.savePasscode(id, passcode)),
    createTestMeeting: (id) => videos.createTestMeeting(id),
    getAgenda: () => agenda.view(),
    refreshAgenda: () => agenda.refresh(),
    joinMeeting: async (key, alternative) => ({ opened: await agenda.join(key, alternative) }),
    getPreferences: () => settings.value.preferences,
    setPreferences: (changes) => {
      let preferences: Preferences;
      try {
        preferences = mergePreferences(settings.value.preferences, changes);
      } catch (error) {
        // A last line of defence: the preferences page validates first.
        throw appError('invalid_argument', preferencesProblem(error));
      }
      if (preferences.launchAtLogin && !ports.loginItem) throw appError('invalid_argument', said('preferences.launchAtLoginDesktopOnly'));
      const before = settings.value.preferences;
      settings.update((s) => ({ ...s, preferences }));
      for (const listener of listeners) listener({ name: 'preferencesChanged', payload: preferences });
      if (before.joinShortcut !== preferences.joinShortcut) shortcut.apply(preferences.joinShortcut);
      if (before.launchAtLogin !== preferences.launchAtLogin) applyLaunchAtLogin(preferences.launchAtLogin);
      if (before.horizonDays !== preferences.horizonDays) void agenda.refresh('preferences');
      else agenda.onPreferencesChanged();
      // The tray and the cards speak the chosen language and clock at once.
      if (before.language !== preferences.language || before.hourCycle !== preferences.hourCycle) relocalize();
      return preferences;
    },
    addVideoMeeting: (key) => meetings.add(key),
    removeVideoMeeting: (key) => meetings.remove(key),
    meetingText: (key, kind) => meetings.text(key, kind),
    repairConnection: async (id) => present(await repair.run(id)),
    openProviderPage: async (page) => {
      // SuperOffice's pages live on the environment's own host (sandbox, sod, online), with the user's tenant.
      const tenant = superoffice.identity()?.tenant;
      const url = page === 'superoffice-video-settings' ? `${new URL(config.superoffice.authority).origin}/${tenant ?? ''}` : PROVIDER_PAGES[page].url;
      return { opened: await ports.opener.open(url) };
    },
    getRemovalWizard: (id) => wizards.view(id),
    removalWizardAction: (id, action) => wizards.act(id, action),
    removalWizardText: (id) => wizards.text(id),
    getDiagnostics: async () => formatDiagnosticsReport(await gatherDiagnostics(), 'text'),
    listUserConfigurations: () => markers.users.list(),
    removeUserConfigurations: (targets) => markers.users.remove(targets),
  };

  /** Re-emits every card and every started removal wizard (their texts are localized) and re-renders the tray after a language or clock change. */
  function relocalize(): void {
    for (const view of [superoffice.view(), ...videos.views()]) for (const listener of listeners) listener({ name: 'connectionChanged', payload: present(view) });
    for (const { id } of settings.value.removalWizards) emit({ name: 'wizardChanged', payload: wizards.view(id) });
    repair.relocalize();
    renderTray();
  }

  async function gatherDiagnostics(): Promise<DiagnosticsInput> {
    const views = [superoffice.view(), ...videos.views()].map(present);
    const expiry = (id: ConnectionId): string | undefined => {
        if (id === 'superoffice') return superoffice.tokenExpiresAt();
        const connection = videos.connectionIfAny(id as ProviderId);
        return connection && 'tokenExpiresAt' in connection ? connection.tokenExpiresAt() : undefined;
      };
    let keychain: DiagnosticsInput['keychain'] = { backend: ports.secrets.backend, reachable: true };
    try {
      await ports.secrets.get('diagnostics-probe');
    } catch (error) {
      keychain = { backend: ports.secrets.backend, reachable: false, error: toAppError(error).message };
    }
    const agendaView = agenda.view();
    const owner = superoffice.identity();
    const video = settings.value.video;
    return {
      generatedAt: new Date(ports.clock.now()).toISOString(),
      app: info,
      os: { platform: process.platform, release: osRelease(), arch: process.arch },
      connections: views.map((view) => {
        const expiresAt = expiry(view.id);
        return {
          id: view.id,
          title: view.title,
          status: view.status,
          statusText: view.statusText,
          ...(view.account ? { account: view.account } : {}),
          ...(view.active !== undefined ? { active: view.active } : {}),
          ...(view.connectedSince ? { connectedSince: view.connectedSince } : {}),
          ...(view.lastSuccessAt ? { lastSuccessAt: view.lastSuccessAt } : {}),
          ...(expiresAt ? { accessTokenExpiresAt: expiresAt } : {}),
          ...(view.error ? { error: view.error } : {}),
          ...(view.diagnosis ? { diagnosis: view.diagnosis } : {}),
        };
      }),
      settings: {
        load: settings.outcome.kind,
        ...(video.activeProvider ? { activeProvider: video.activeProvider } : {}),
        preferences: settings.value.preferences,
        passcodeSaved: { zoom: Boolean(video.passcodes.zoom), webex: Boolean(video.passcodes.webex) },
        unfinishedVideoOperations: owner ? video.meetings.filter((entry) => entry.owner === `${owner.tenant}:${owner.associateId}` && entry.phase !== 'done').length : 0,
      },
      keychain,
      ...(admin ? { adminMarkers: { ...(admin.status.lastSuccessAt ? { lastSuccessAt: admin.status.lastSuccessAt } : {}), ...(admin.status.lastError ? { lastError: admin.status.lastError } : {}) } } : {}),
      agenda: {
        status: agendaView.status,
        horizonDays: agendaView.horizonDays,
        items: agendaView.items.length,
        ...(agendaView.lastSuccessAt ? { lastSuccessAt: agendaView.lastSuccessAt } : {}),
        ...(agendaView.error ? { error: agendaView.error } : {}),
      },
    };
  }

  return {
    info,
    dispatch: (name, args) => dispatchCall(handlers, ports.logger, name, args, texts),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async runTrayAction(action: TrayAction) {
      const [verb = '', ...rest] = action.split(':');
      const argument = rest.join(':');
      const [key = '', alternative] = argument.split('#');
      const call =
        verb === 'refresh'
          ? { name: 'refreshAgenda', args: [] }
          : verb === 'add-video'
            ? { name: 'addVideoMeeting', args: [argument] }
            : verb === 'join'
            ? { name: 'joinMeeting', args: alternative === undefined ? [key] : [key, Number(alternative)] }
            : { name: verb === 'connect' || verb === 'disconnect' ? verb : undefined, args: [argument] };
      const result = await dispatchCall(handlers, ports.logger, call.name, call.args, texts);
      if (!result.ok) ports.notifier.notify({ title: APP_NAME, body: `${result.error.message} ${result.error.remedy ?? ''}`.trim() });
    },
    async start() {
      settings.load();
      ports.logger.log('info', 'app.started', { host, environment: config.environment, version, settings: settings.outcome.kind });
      renderTray();
      await superoffice.restore();
      await videos.restore();
      agenda.onSuperOfficeChanged();
      agenda.start();
      started = true;
      void meetings.resumeUnfinished();
      markers.start();
      unsubscribeSystem = ports.systemEvents.subscribe((event) => agenda.onSystemEvent(event));
      shortcut.apply(settings.value.preferences.joinShortcut);
      // The preference is the truth: re-applied at each start (an installer update may move the executable).
      applyLaunchAtLogin(settings.value.preferences.launchAtLogin);
    },
    diagnostics: () => gatherDiagnostics(),
    syncAdminMarkers: async () => {
      await markers.sync();
    },
    async stop() {
      agenda.stop();
      markers.stop();
      unsubscribeSystem?.();
      ports.shortcut.unregisterAll();
      superoffice.cancel();
      for (const view of videos.views()) if (view.status === 'connecting') videos.cancel(view.id as ProviderId);
      ports.logger.log('info', 'app.stopped');
    },
  };
}
