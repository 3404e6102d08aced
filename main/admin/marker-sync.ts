import type { ProviderId } from '../../preload/contract.js';
import { toAppError } from '../oauth/oauth-errors.js';
import type { Clock, Logger } from '../ports/index.js';
import type { SuperOfficeApi } from '../superoffice/superoffice-api.js';
import { ForeignSystemClient, type DeviceAddress } from './foreign-system-client.js';
import { formatMarkerValue, markerKey, parseRemovalKey, removalKey } from './marker-format.js';

export interface MarkerSyncDeps {
  superOffice: {
    restApi(): SuperOfficeApi | undefined;
    identity(): { tenant: string; associateId: number; displayName: string } | undefined;
  };
  /** The user's connected video providers now. */
  connected(): Array<{ provider: ProviderId; account: string; connectedSince: string }>;
  /** Removes the provider's local configuration as the user's own removal does, and remembers why. */
  removeByAdministrator(provider: ProviderId): Promise<void>;
  device: DeviceAddress;
  appVersion: string;
  clock: Clock;
  logger: Logger;
}

/** How the last sync went, for diagnostics. */
export interface MarkerSyncStatus {
  lastSuccessAt?: string;
  lastError?: string;
  /** Providers removed at an administrator's request in the last sync. */
  removed: ProviderId[];
}

/**
 * Keeps this installation's markers in SuperOffice (ForeignSystem device keys) in step with the user's
 * connections, and carries out an administrator's removal requests: the local configuration goes, the marker
 * and the request are deleted. A failure never touches the user's own connections; the next sync retries.
 */
export class MarkerSync {
  private running: Promise<MarkerSyncStatus> | undefined;
  private again = false;
  status: MarkerSyncStatus = { removed: [] };

  constructor(private readonly deps: MarkerSyncDeps) {}

  /** One sync (a request during a sync runs one more after it). */
  sync(): Promise<MarkerSyncStatus> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = this.run().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.sync();
      }
    });
    this.running = run;
    return run;
  }

  private async run(): Promise<MarkerSyncStatus> {
    const { superOffice, device, logger, clock } = this.deps;
    const api = superOffice.restApi();
    const identity = superOffice.identity();
    if (!api || !identity) return this.status;
    const client = new ForeignSystemClient(api);
    const removed: ProviderId[] = [];
    try {
      const keys = await client.deviceKeys(device);
      const mine = keys.filter((key) => key.associateId === identity.associateId);
      for (const key of mine) {
        const provider = parseRemovalKey(key.key, device.deviceIdentifier);
        if (!provider) continue;
        logger.log('info', 'admin.removal_requested', { provider });
        await this.deps.removeByAdministrator(provider);
        await client.delete(device, identity.associateId, markerKey(device.deviceIdentifier, provider));
        await client.delete(device, identity.associateId, key.key);
        removed.push(provider);
      }
      const current = new Map(mine.map((key) => [key.key, key.value]));
      const wanted = new Map(
        this.deps.connected().map((connection) => [
          markerKey(device.deviceIdentifier, connection.provider),
          formatMarkerValue({ installationId: device.deviceIdentifier, provider: connection.provider, connectedSince: connection.connectedSince, appVersion: this.deps.appVersion, deviceName: device.deviceName, userName: identity.displayName, account: connection.account }),
        ]),
      );
      for (const [key, value] of wanted) if (current.get(key) !== value) await client.save(device, identity.associateId, key, value);
      for (const key of current.keys()) {
        const ours = key.startsWith(`${device.deviceIdentifier}:`) && !key.endsWith(':remove');
        if (ours && !wanted.has(key) && !removed.some((provider) => key === markerKey(device.deviceIdentifier, provider))) await client.delete(device, identity.associateId, key);
      }
      this.status = { lastSuccessAt: new Date(clock.now()).toISOString(), removed };
      return this.status;
    } catch (error) {
      const failure = toAppError(error);
      logger.log('warn', 'admin.marker_sync_failed', { errorCode: failure.code });
      this.status = { ...this.status, lastError: failure.message, removed };
      return this.status;
    }
  }
}

/** Asks the user's installation to remove its configuration for `provider` (an administrator's action). */
export async function requestRemoval(client: ForeignSystemClient, target: { associateId: number; installationId: string; deviceName: string; provider: ProviderId }, requestedBy: string, now: number): Promise<void> {
  await client.save({ deviceName: target.deviceName, deviceIdentifier: target.installationId }, target.associateId, removalKey(target.installationId, target.provider), `requested|${requestedBy.replace(/\|/g, ' ').slice(0, 60)}|${new Date(now).toISOString()}`);
}
