import type { ProviderId, RemovalResult, UserConfiguration, UserConfigurationsView } from '../../preload/contract.js';
import { appError } from '../core/app-error.js';
import { toAppError } from '../oauth/oauth-errors.js';
import { PROVIDER_TITLES } from '../providers/provider-http.js';
import type { SuperOfficeApi } from '../superoffice/superoffice-api.js';
import { ForeignSystemClient } from './foreign-system-client.js';
import { parseMarker } from './marker-format.js';
import { requestRemoval } from './marker-sync.js';
import { said } from '../i18n/local-text.js';
import type { Translator } from '../i18n/translator.js';

/**
 * The administrator's view of the tenant: every user's video-meeting configuration (from the markers), and
 * removal requests written on a user's marker. Only for SuperOffice administrators; SuperOffice checks again.
 */
export class UserConfigurations {
  constructor(
    private readonly deps: {
      superOffice: { restApi(): SuperOfficeApi | undefined; identity(): { displayName: string } | undefined; isAdministrator(): boolean };
      now: () => number;
      /** The user's language, for the result lines. */
      texts: () => Translator;
    },
  ) {}

  async list(): Promise<UserConfigurationsView> {
    const client = this.client();
    const keys = await client.applicationKeys();
    const requested = new Set(keys.filter((key) => key.key.endsWith(':remove')).map((key) => `${key.associateId}|${key.key.slice(0, -':remove'.length)}`));
    const items: UserConfiguration[] = [];
    let unreadable = 0;
    for (const key of keys) {
      if (key.key.endsWith(':remove')) continue;
      const marker = parseMarker(key.key, key.value);
      if (!marker) {
        unreadable++;
        continue;
      }
      items.push({
        associateId: key.associateId,
        userName: marker.userName,
        provider: marker.provider,
        account: marker.account,
        deviceName: marker.deviceName,
        installationId: marker.installationId,
        connectedSince: marker.connectedSince,
        appVersion: marker.appVersion,
        removalRequested: requested.has(`${key.associateId}|${key.key}`),
      });
    }
    items.sort((a, b) => a.userName.localeCompare(b.userName) || a.associateId - b.associateId || a.provider.localeCompare(b.provider));
    return { items, unreadable };
  }

  /** Writes a removal request on each selected user's marker; each answers on its own, also when SuperOffice fails one (nothing else is touched). */
  async remove(targets: ReadonlyArray<{ associateId: number; installationId: string; provider: ProviderId }>): Promise<RemovalResult[]> {
    const client = this.client();
    // The marker's device name is cleaned for display; the request goes to the device as SuperOffice stores it.
    const devices = await client.devices();
    const { items } = await this.list();
    const admin = this.deps.superOffice.identity()?.displayName ?? 'an administrator';
    const { t } = this.deps.texts();
    const results: RemovalResult[] = [];
    for (const target of targets) {
      const base = { associateId: target.associateId, installationId: target.installationId, provider: target.provider };
      const item = items.find((candidate) => candidate.associateId === target.associateId && candidate.installationId === target.installationId && candidate.provider === target.provider);
      if (!item) {
        results.push({ ...base, outcome: 'not-found', message: t('admin.notFound', { provider: PROVIDER_TITLES[target.provider], associateId: target.associateId }) });
        continue;
      }
      if (item.removalRequested) {
        results.push({ ...base, outcome: 'already-requested', message: t('admin.alreadyRequested', { user: item.userName, provider: PROVIDER_TITLES[item.provider] }) });
        continue;
      }
      const device = devices.find((candidate) => candidate.deviceIdentifier.toLowerCase() === target.installationId.toLowerCase());
      if (!device) {
        results.push({ ...base, outcome: 'not-found', message: t('admin.notFound', { provider: PROVIDER_TITLES[target.provider], associateId: target.associateId }) });
        continue;
      }
      try {
        await requestRemoval(client, { ...base, deviceName: device.deviceName }, admin, this.deps.now());
      } catch (error) {
        const reason = toAppError(error).toApiError(this.deps.texts()).message;
        results.push({ ...base, outcome: 'failed', message: t('admin.failed', { user: item.userName, provider: PROVIDER_TITLES[item.provider], reason }) });
        continue;
      }
      item.removalRequested = true;
      results.push({ ...base, outcome: 'requested', message: t('admin.requested', { user: item.userName, provider: PROVIDER_TITLES[item.provider] }) });
    }
    return results;
  }

  private client(): ForeignSystemClient {
    const api = this.deps.superOffice.restApi();
    if (!api) throw appError('superoffice_required');
    if (!this.deps.superOffice.isAdministrator()) throw appError('not_allowed', said('error.adminOnly'));
    return new ForeignSystemClient(api);
  }
}

