import type { ConnectionView, HostKind, ProviderId } from '../../preload/contract.js';
import { VideoConnections } from '../providers/video-connections.js';
import { dispatchCall, type ApiHandlers } from '../api/dispatch.js';
import { APP_NAME, type AppConfig } from '../config/app-config.js';
import type { Ports } from '../ports/index.js';
import { SettingsService } from '../settings/settings-service.js';
import { SuperOfficeConnection } from '../superoffice/superoffice-connection.js';
import type { AppCore, CoreEvent } from './app-core-types.js';
import { buildTrayModel, type TrayAction } from './tray-model.js';

export interface AppCoreOptions {
  ports: Ports;
  config: AppConfig;
  host: HostKind;
  version: string;
  platform: string;
}

/** Composes the Electron-free core from the host's ports. */
export function createAppCore({ ports, config, host, version, platform }: AppCoreOptions): AppCore {
  const listeners = new Set<(event: CoreEvent) => void>();
  const settings = new SettingsService(ports.settings, ports.logger);
  const info = { name: APP_NAME, version, host, environment: config.environment, environmentLabel: config.environmentLabel, platform };

  const emitConnection = (view: ConnectionView): void => {
    for (const listener of listeners) listener({ name: 'connectionChanged', payload: view });
    renderTray();
  };
  const superoffice = new SuperOfficeConnection({
    config: config.superoffice,
    settings,
    secrets: ports.secrets,
    opener: ports.opener,
    clock: ports.clock,
    logger: ports.logger,
    onChange: (view) => {
      emitConnection(view);
      // The providers' status lines name the SuperOffice tenant.
      videos?.refreshViews();
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
    onChange: emitConnection,
  });

  function renderTray(): void {
    const active = videos?.active ? videos.views().find((view) => view.id === videos.active) : undefined;
    ports.tray.render(buildTrayModel(APP_NAME, config.environment === 'online' ? '' : config.environmentLabel, [superoffice.view(), ...(active ? [active] : [])]));
  }

  const handlers: ApiHandlers = {
    getAppInfo: () => info,
    listConnections: () => [superoffice.view(), ...videos.views()],
    connect: (id) => (id === 'superoffice' ? superoffice.connect() : videos.connect(id)),
    cancelConnect: (id) => (id === 'superoffice' ? superoffice.cancel() : videos.cancel(id)),
    disconnect: (id) => (id === 'superoffice' ? superoffice.disconnect() : videos.disconnect(id)),
    setActiveProvider: (id) => videos.setActive(id),
    generatePasscode: (id) => videos.generatePasscode(id),
    savePasscode: (id, passcode) => videos.savePasscode(id, passcode),
    createTestMeeting: (id) => videos.createTestMeeting(id),
  };

  return {
    info,
    dispatch: (name, args) => dispatchCall(handlers, ports.logger, name, args),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async runTrayAction(action: TrayAction) {
      const [verb, id] = action.split(':');
      const result = await dispatchCall(handlers, ports.logger, verb === 'connect' ? 'connect' : verb === 'disconnect' ? 'disconnect' : undefined, [id]);
      if (!result.ok) ports.notifier.notify({ title: APP_NAME, body: `${result.error.message} ${result.error.remedy ?? ''}`.trim() });
    },
    async start() {
      settings.load();
      ports.logger.log('info', 'app.started', { host, environment: config.environment, version, settings: settings.outcome.kind });
      renderTray();
      await superoffice.restore();
      await videos.restore();
    },
    async stop() {
      superoffice.cancel();
      for (const view of videos.views()) if (view.status === 'connecting') videos.cancel(view.id as ProviderId);
      ports.logger.log('info', 'app.stopped');
    },
  };
}
