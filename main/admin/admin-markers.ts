import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { ConnectionView, ProviderId } from '../../preload/contract.js';
import { appError } from '../core/app-error.js';
import type { Clock, Logger } from '../ports/index.js';
import type { VideoConnections } from '../providers/video-connections.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { SuperOfficeConnection } from '../superoffice/superoffice-connection.js';
import { MarkerSync } from './marker-sync.js';
import { UserConfigurations } from './user-configurations.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';

/** How often the markers are synced (and an administrator's removal picked up). */
export const MARKER_SYNC_MS = 3 * 60_000;
/** A failed sync is tried again this soon. */
export const MARKER_RETRY_MS = 60_000;

export interface AdminMarkersDeps {
  settings: SettingsService;
  superoffice: SuperOfficeConnection;
  videos: VideoConnections;
  clock: Clock;
  logger: Logger;
  appVersion: string;
  /** The user's language right now. */
  texts: () => Translator;
}

/**
 * The tenant-wide record of who uses which provider on which device (issue "Admin"): this installation's
 * markers, kept in step on start, every few minutes and after each connection change; the administrator's
 * Manage users view; and the "removed by your administrator" state of a card.
 */
export function adminMarkers(deps: AdminMarkersDeps) {
  const { settings, superoffice, videos, clock, logger } = deps;
  let cancelTimer: (() => void) | undefined;
  let debounce: (() => void) | undefined;
  const lastStatus = new Map<string, ConnectionView['status']>();

  const installationId = (): string => {
    const existing = settings.value.installationId;
    if (existing) return existing;
    const id = randomUUID();
    settings.update((s) => ({ ...s, installationId: id }));
    return id;
  };

  const sync = new MarkerSync({
    superOffice: superoffice,
    connected: () =>
      videos
        .views()
        .filter((view) => view.status === 'connected')
        .map((view) => ({ provider: view.id as ProviderId, account: view.account?.displayName ?? view.title, connectedSince: view.connectedSince ?? new Date(clock.now()).toISOString() })),
    removeByAdministrator: async (provider) => {
      await videos.disconnect(provider).catch((error: unknown) => logger.log('warn', 'admin.local_removal_failed', { provider, error: String(error) }));
      settings.update((s) => ({ ...s, video: { ...s.video, removedByAdmin: [...new Set([...s.video.removedByAdmin, provider])] } }));
      videos.refreshViews();
    },
    get device() {
      return { deviceName: (hostname() || 'computer').slice(0, 31), deviceIdentifier: installationId() };
    },
    appVersion: deps.appVersion,
    clock,
    logger,
  });

  function schedule(ms: number): void {
    cancelTimer?.();
    cancelTimer = clock.setTimer(ms, () => void runSync());
  }

  async function runSync(): Promise<void> {
    const status = await sync.sync();
    schedule(status.lastError && status.lastSuccessAt === undefined ? MARKER_RETRY_MS : status.lastError ? MARKER_RETRY_MS : MARKER_SYNC_MS);
  }

  return {
    users: new UserConfigurations({
      superOffice: { restApi: () => superoffice.restApi(), identity: () => superoffice.identity(), isAdministrator: () => Boolean(settings.value.connections.superoffice?.isAdministrator) },
      now: () => clock.now(),
      texts: deps.texts,
    }),

    get status() {
      return sync.status;
    },

    /** Syncs now (start, tests, the CLI). */
    sync: () => runSync(),

    start(): void {
      void runSync();
    },

    stop(): void {
      cancelTimer?.();
      debounce?.();
    },

    /** The card as the user should see it: "removed by your administrator" until they connect again; the admin flag. */
    decorate(view: ConnectionView, texts: Translator = ENGLISH): ConnectionView {
      if (view.id === 'superoffice') return view.status === 'connected' && settings.value.connections.superoffice?.isAdministrator ? { ...view, administrator: true } : view;
      if (view.status !== 'disconnected' || !settings.value.video.removedByAdmin.includes(view.id as ProviderId)) return view;
      const error = appError('removed_by_admin').toApiError(texts);
      return { ...view, status: 'needs-reauth', statusText: error.message, error, nextAction: 'reconnect' };
    },

    /** A connection changed: a new connection clears the administrator's note; markers follow shortly. */
    onViewEmitted(view: ConnectionView): void {
      if (view.kind !== 'video') return;
      const before = lastStatus.get(view.id);
      lastStatus.set(view.id, view.status);
      if (view.status === 'connected' && settings.value.video.removedByAdmin.includes(view.id as ProviderId)) {
        settings.update((s) => ({ ...s, video: { ...s.video, removedByAdmin: s.video.removedByAdmin.filter((id) => id !== view.id) } }));
      }
      const settled = view.status === 'connected' || view.status === 'disconnected';
      if (before !== undefined && before !== view.status && settled) {
        debounce?.();
        debounce = clock.setTimer(1000, () => void runSync());
      }
    },
  };
}
