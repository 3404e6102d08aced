import type { ConnectionView, HostKind } from '../../preload/contract.js';
import { dispatchCall, type ApiHandlers } from '../api/dispatch.js';
import { APP_NAME, type AppConfig } from '../config/app-config.js';
import type { Ports } from '../ports/index.js';
import { SettingsService } from '../settings/settings-service.js';
import { SuperOfficeConnection } from '../superoffice/superoffice-connection.js';
import type { AppCore, CoreEvent } from './app-core-types.js';
import { appError } from './app-error.js';
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
    onChange: emitConnection,
  });
  const connections = { superoffice };
  const connection = (id: string) => {
    if (id !== 'superoffice') throw appError('invalid_argument');
    return connections[id];
  };

  function renderTray(): void {
    ports.tray.render(buildTrayModel(APP_NAME, config.environment === 'online' ? '' : config.environmentLabel, [superoffice.view()]));
  }

  const handlers: ApiHandlers = {
    getAppInfo: () => info,
    listConnections: () => [superoffice.view()],
    connect: (id) => connection(id).connect(),
    cancelConnect: (id) => connection(id).cancel(),
    disconnect: (id) => connection(id).disconnect(),
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
    },
    async stop() {
      superoffice.cancel();
      ports.logger.log('info', 'app.stopped');
    },
  };
}
