import type { ConnectionId } from '../../preload/contract.js';
import { appError } from '../core/app-error.js';
import { ProviderConnection } from '../providers/provider-connection.js';
import type { VideoConnections } from '../providers/video-connections.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { SuperOfficeConnection } from '../superoffice/superoffice-connection.js';
import { REMOVAL_GUIDES, revocationOutcome } from './removal-steps.js';
import type { RevocationReport } from './revocation-report.js';
import { said, type LocalText } from '../i18n/local-text.js';

/** What repair and the removal wizard do to each kind of connection. */
export function connectionRemoval(deps: { superoffice: SuperOfficeConnection; videos: VideoConnections; settings: SettingsService }) {
  const { superoffice, videos, settings } = deps;

  async function revoke(id: ConnectionId): Promise<RevocationReport | { notNeeded: LocalText }> {
    if (id === 'superoffice') return superoffice.revokeAndVerify();
    if (id === 'jitsi') {
      await videos.disconnect('jitsi');
      return { notNeeded: said('removal.jitsiOff') };
    }
    if (id === 'superoffice-video') return { notNeeded: REMOVAL_GUIDES[id].revoke };
    const connection = videos.connectionIfAny(id);
    return connection instanceof ProviderConnection ? connection.revokeAndVerify() : { revoked: 'nothing-stored', verified: 'not-checked' };
  }

  return {
    revoke,

    /** Step 1 of the wizard: the connection is no longer used for new meetings. */
    async stopUsing(id: ConnectionId): Promise<LocalText> {
      const title = REMOVAL_GUIDES[id].title;
      if (id === 'superoffice') return said('removal.superOfficeStopped');
      if (settings.value.video.activeProvider !== id) return said('removal.notActive', { title });
      settings.update((s) => ({ ...s, video: { ...s.video, activeProvider: undefined } }));
      videos.refreshViews();
      return said('removal.noLongerUsed', { title });
    },

    /** Repair's first steps: local configuration out, revoked where the provider can. */
    async removeLocal(id: ConnectionId): Promise<{ revoked: boolean | 'not-needed'; note?: LocalText }> {
      const result = await revoke(id);
      if ('notNeeded' in result) return { revoked: 'not-needed', note: result.notNeeded };
      const { text } = revocationOutcome(REMOVAL_GUIDES[id].title, result);
      // Revoked now, or already dead at the provider (the old sign-in is refused): either way it no longer works.
      return { revoked: result.revoked === 'revoked' || result.verified === 'refused', note: text };
    },

    /** After a fresh SuperOffice sign-in: the tenant (customer ID) and the user, confirmed by SuperOffice. */
    async checkSuperOffice(): Promise<LocalText> {
      await superoffice.verify();
      const identity = superoffice.identity();
      if (!identity) throw appError('tenant_missing');
      return said('repair.superOfficeChecked', { tenant: identity.tenant, name: identity.displayName, associateId: identity.associateId });
    },
  };
}

