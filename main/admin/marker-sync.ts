import type { ProviderId } from '../../preload/contract.js';
import { toAppError } from '../oauth/oauth-errors.js';
import type { Clock, Logger } from '../ports/index.js';
import type { SuperOfficeApi } from '../superoffice/superoffice-api.js';
import { ForeignDeviceSetup } from './foreign-device-setup.js';
import { ForeignSystemClient, type DeviceAddress } from './foreign-system-client.js';
import { markerChanges } from './marker-changes.js';
import { formatMarkerValue, markerKey, parseRemovalKey, removalKey } from './marker-format.js';

export interface MarkerSyncDeps {
  superOffice: {
    restApi(): SuperOfficeApi | undefined;
    identity(): { tenant: string; associateId: number; displayName: string } | undefined;
  };
  /** The video configurations on this desktop now (connected, or failing with a stored configuration). */
  configured(): Array<{ provider: ProviderId; account: string; connectedSince: string }>;
  /** Removes the provider's local configuration as the user's own removal does, and remembers why; throws when it could not. */
  removeByAdministrator(provider: ProviderId): Promise<void>;
  device: DeviceAddress;
  appVersion: string;
  /** Deadline of each ForeignSystem call: a hanging SuperOffice fails the sync, and the next one retries. */
  timeoutMs: number;
  clock: Clock;
  logger: Logger;
}

/** How the last sync went, for diagnostics. */
export interface MarkerSyncStatus {
  lastSuccessAt?: string;
  /** What went wrong last (a failed sync, or an administrator's removal that could not be carried out yet); English, for the helpdesk. */
  lastError?: string;
  /** Providers removed at an administrator's request in the last sync. */
  removed: ProviderId[];
  /** Administrators' removals that failed locally; their marker and request stay, and the next sync tries again. */
  pendingRemovals: ProviderId[];
}

/**
 * Keeps this installation's markers in SuperOffice (ForeignSystem device keys) in step with the user's
 * configurations, and carries out an administrator's removal requests: once the local configuration is gone,
 * the marker and the request are deleted (not before: a failed removal keeps both and is tried again). A
 * failure never touches the user's own connections; the next sync retries.
 */
export class MarkerSync {
  private running: Promise<MarkerSyncStatus> | undefined;
  private again = false;
  /** After halt(): no sync starts (neither asked for nor the re-run of one asked for meanwhile) until resume(). */
  private halted = false;
  /** The application and this installation's device, made to exist before the first key is written. */
  private readonly setup = new ForeignDeviceSetup();
  status: MarkerSyncStatus = { removed: [], pendingRemovals: [] };

  constructor(private readonly deps: MarkerSyncDeps) {}

  /** One sync (a request during a sync runs one more after it). */
  sync(): Promise<MarkerSyncStatus> {
    if (this.halted) return this.running ?? Promise.resolve(this.status);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = this.run().finally(() => {
      this.running = undefined;
      if (this.again && !this.halted) {
        this.again = false;
        void this.sync();
      }
    });
    this.running = run;
    return run;
  }

  /** The app stops: a sync under way finishes, nothing more starts. */
  halt(): void {
    this.halted = true;
    this.again = false;
  }

  resume(): void {
    this.halted = false;
  }

  private async run(): Promise<MarkerSyncStatus> {
    const { superOffice, logger, clock } = this.deps;
    const api = superOffice.restApi();
    const identity = superOffice.identity();
    if (!api || !identity) return this.status;
    const device = this.deps.device;
    const client = new ForeignSystemClient(api.withTimeout(this.deps.timeoutMs));
    const removed: ProviderId[] = [];
    const pending: Array<{ provider: ProviderId; reason: string }> = [];
    try {
      const keys = await client.deviceKeys(device);
      const mine = keys.filter((key) => key.associateId === identity.associateId);
      for (const key of mine) {
        const provider = parseRemovalKey(key.key, device.deviceIdentifier);
        if (!provider) continue;
        logger.log('info', 'admin.removal_requested', { provider });
        try {
          await this.deps.removeByAdministrator(provider);
        } catch (error) {
          const failure = toAppError(error);
          logger.log('warn', 'admin.local_removal_failed', { provider, errorCode: failure.code });
          pending.push({ provider, reason: failure.message });
          continue;
        }
        await client.delete(device, identity.associateId, markerKey(device.deviceIdentifier, provider));
        await client.delete(device, identity.associateId, key.key);
        removed.push(provider);
      }
      const current = new Map(mine.filter((key) => !removed.some((provider) => key.key === markerKey(device.deviceIdentifier, provider))).map((key) => [key.key, key.value]));
      const wanted = new Map(
        this.deps.configured().map((configuration) => [
          markerKey(device.deviceIdentifier, configuration.provider),
          formatMarkerValue({ installationId: device.deviceIdentifier, provider: configuration.provider, connectedSince: configuration.connectedSince, appVersion: this.deps.appVersion, deviceName: device.deviceName, userName: identity.displayName, account: configuration.account }),
        ]),
      );
      const changes = markerChanges(current, wanted, device.deviceIdentifier, pending.map(({ provider }) => provider));
      for (const { key, value } of changes.save) await this.setup.save(client, device, identity.associateId, key, value);
      for (const key of changes.delete) await client.delete(device, identity.associateId, key);
      this.status = {
        lastSuccessAt: new Date(clock.now()).toISOString(),
        ...(pending.length ? { lastError: pending.map(({ provider, reason }) => `Removing the ${provider} configuration as the administrator asked failed (${reason}); the next sync tries again`).join('; ') } : {}),
        removed,
        pendingRemovals: pending.map(({ provider }) => provider),
      };
      return this.status;
    } catch (error) {
      const failure = toAppError(error);
      logger.log('warn', 'admin.marker_sync_failed', { errorCode: failure.code });
      this.status = { ...this.status, lastError: `Marker sync failed: ${failure.message}`, removed, pendingRemovals: pending.map(({ provider }) => provider) };
      return this.status;
    }
  }
}

/** Asks the user's installation to remove its configuration for `provider` (an administrator's action). */
export async function requestRemoval(client: ForeignSystemClient, target: { associateId: number; installationId: string; deviceName: string; provider: ProviderId }, requestedBy: string, now: number): Promise<void> {
  await client.save({ deviceName: target.deviceName, deviceIdentifier: target.installationId }, target.associateId, removalKey(target.installationId, target.provider), `requested|${requestedBy.replace(/\|/g, ' ').slice(0, 60)}|${new Date(now).toISOString()}`);
}
