import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { ConnectionView, ProviderId } from '../../preload/contract.js';
import { appError } from '../core/app-error.js';
import type { Clock, Logger } from '../ports/index.js';
import type { VideoConnections } from '../providers/video-connections.js';
import type { VideoSettings } from '../settings/settings-schema.js';
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
  /** Shorter sync, retry and request deadline (tests); the defaults otherwise. */
  timings?: Partial<MarkerTimings>;
  /** The computer's name (defaults to the host name). */
  hostName?: () => string;
}

/** How often markers are synced, how soon a failed sync is retried, and each ForeignSystem call's deadline. */
export interface MarkerTimings {
  syncMs: number;
  retryMs: number;
  timeoutMs: number;
}

/** A ForeignSystem call that takes longer fails the sync (the next one retries). */
export const MARKER_TIMEOUT_MS = 15_000;

/**
 * The tenant-wide record of who uses which provider on which device (issue "Admin"): this installation's
 * markers, kept in step on start, every few minutes and after each connection change; the administrator's
 * Manage users view; and the "removed by your administrator" state of a card.
 */
export function adminMarkers(deps: AdminMarkersDeps) {
  const { settings, superoffice, videos, clock, logger } = deps;
  let cancelTimer: (() => void) | undefined;
  let debounce: (() => void) | undefined;
  /** Each card's last status (SuperOffice's own service: and whether it is chosen), to see a change. */
  const lastState = new Map<ProviderId, string>();

  const installationId = (): string => {
    const existing = settings.value.installationId;
    if (existing) return existing;
    const id = randomUUID();
    settings.update((s) => ({ ...s, installationId: id }));
    return id;
  };

  const timings: MarkerTimings = { syncMs: MARKER_SYNC_MS, retryMs: MARKER_RETRY_MS, timeoutMs: MARKER_TIMEOUT_MS, ...deps.timings };

  /** The device name of the first sync, kept: a renamed computer still finds its device and markers. */
  const deviceName = (): string => {
    const kept = settings.value.markers?.deviceName;
    if (kept) return kept;
    const name = ((deps.hostName ?? hostname)() || 'computer').slice(0, 31);
    settings.update((s) => ({ ...s, markers: { since: {}, ...s.markers, deviceName: name } }));
    return name;
  };

  /** Since when a configuration without a date of its own (SuperOffice's video service) is marked: kept, so its marker stays unchanged. */
  const markedSince = (configured: ProviderId[]): Partial<Record<ProviderId, string>> => {
    const before = settings.value.markers?.since ?? {};
    const since: Partial<Record<ProviderId, string>> = {};
    for (const provider of configured) since[provider] = before[provider] ?? new Date(clock.now()).toISOString();
    const changed = Object.keys(before).length !== Object.keys(since).length || configured.some((provider) => before[provider] !== since[provider]);
    if (changed) settings.update((s) => ({ ...s, markers: { ...s.markers, since } }));
    return since;
  };

  /**
   * The configurations on this desktop: connected, or failing (error, needs-reauth, repairing) with a stored
   * configuration. SuperOffice's own video service keeps no tokens here: its configuration is the user's choice
   * of it (see `choosesSuperOfficeVideo`).
   */
  const configured = () => {
    const found = videos.views().flatMap((view): Array<{ provider: ProviderId; account: string; connectedSince: string | undefined }> => {
      const provider = view.id as ProviderId;
      // Its account is the tenant, also while a status check fails (the card then names none): the marker stays as it is.
      if (provider === 'superoffice-video') return choosesSuperOfficeVideo(view) ? [{ provider, account: superoffice.identity()?.tenant ?? view.title, connectedSince: undefined }] : [];
      const record = provider in settings.value.video.providers ? settings.value.video.providers[provider as keyof VideoSettings['providers']] : undefined;
      return view.status === 'connected' || record ? [{ provider, account: record?.displayName ?? view.account?.displayName ?? view.title, connectedSince: record?.connectedSince ?? view.connectedSince }] : [];
    });
    const since = markedSince(found.filter((item) => item.connectedSince === undefined).map((item) => item.provider));
    return found.map((item) => ({ ...item, connectedSince: item.connectedSince ?? since[item.provider] ?? new Date(clock.now()).toISOString() }));
  };

  /**
   * SuperOffice's own video service is configured while the user has not had it removed by an administrator
   * (since then, until they choose it again) and it is their active provider or authorised in SuperOffice; while
   * its state is unsure (a status check failed, a sign-in is under way) a marker already written stays, so a
   * brief failure neither deletes the marker nor loses its "since".
   */
  const choosesSuperOfficeVideo = (view: ConnectionView): boolean => {
    if (settings.value.video.removedByAdmin.includes('superoffice-video')) return false;
    if (videos.active === 'superoffice-video' || view.status === 'connected') return true;
    return view.status !== 'disconnected' && settings.value.markers?.since['superoffice-video'] !== undefined;
  };

  /** An administrator's removal, as the user's own disconnect does it (SuperOffice's service: no longer chosen). */
  const removeByAdministrator = async (provider: ProviderId): Promise<void> => {
    if (!configured().some((item) => item.provider === provider)) return;
    await videos.disconnect(provider);
    settings.update((s) => ({ ...s, video: { ...s.video, removedByAdmin: [...new Set([...s.video.removedByAdmin, provider])] } }));
    videos.refreshViews();
  };

  const sync = new MarkerSync({
    superOffice: superoffice,
    configured,
    removeByAdministrator,
    get device() {
      return { deviceName: deviceName(), deviceIdentifier: installationId() };
    },
    appVersion: deps.appVersion,
    timeoutMs: timings.timeoutMs,
    clock,
    logger,
  });

  let stopped = false;

  function schedule(ms: number): void {
    cancelTimer?.();
    if (stopped) return;
    cancelTimer = clock.setTimer(ms, () => void runSync());
  }

  async function runSync(): Promise<void> {
    if (stopped) return;
    const status = await sync.sync();
    schedule(status.lastError ? timings.retryMs : timings.syncMs);
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
      stopped = false;
      sync.resume();
      void runSync();
    },

    stop(): void {
      stopped = true;
      sync.halt();
      cancelTimer?.();
      debounce?.();
    },

    /** The card as the user should see it: "removed by your administrator" until they connect again; the admin flag. */
    decorate(view: ConnectionView, texts: Translator = ENGLISH): ConnectionView {
      if (view.id === 'superoffice') return view.status === 'connected' && settings.value.connections.superoffice?.isAdministrator ? { ...view, administrator: true } : view;
      // SuperOffice's own service stays authorised in SuperOffice: removed, it is no longer chosen, and its card says so.
      const plain = view.status === 'disconnected' || (view.id === 'superoffice-video' && view.status === 'connected');
      if (!plain || !settings.value.video.removedByAdmin.includes(view.id as ProviderId)) return view;
      const error = appError('removed_by_admin').toApiError(texts);
      return { ...view, status: 'needs-reauth', statusText: error.message, error, nextAction: 'reconnect' };
    },

    /**
     * A connection changed: a new connection (SuperOffice's own service: choosing it again) clears the
     * administrator's note; markers follow shortly, never after stop().
     */
    onViewEmitted(view: ConnectionView): void {
      if (view.kind !== 'video') return;
      const id = view.id as ProviderId;
      const state = id === 'superoffice-video' ? `${view.status}:${view.active === true}` : view.status;
      const before = lastState.get(id);
      lastState.set(id, state);
      const again = view.status === 'connected' && (id !== 'superoffice-video' || view.active === true);
      if (again && settings.value.video.removedByAdmin.includes(id)) {
        settings.update((s) => ({ ...s, video: { ...s.video, removedByAdmin: s.video.removedByAdmin.filter((removed) => removed !== id) } }));
      }
      const settled = view.status === 'connected' || view.status === 'disconnected';
      if (stopped || before === undefined || before === state || !settled) return;
      debounce?.();
      debounce = clock.setTimer(1000, () => void runSync());
    },
  };
}
