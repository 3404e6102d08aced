import type { ConnectionId } from '../../preload/contract.js';
import { appError } from '../core/app-error.js';
import { ProviderConnection } from '../providers/provider-connection.js';
import type { VideoConnections } from '../providers/video-connections.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { SuperOfficeConnection } from '../superoffice/superoffice-connection.js';
import { REMOVAL_GUIDES, revocationOutcome } from './removal-steps.js';
import type { RevocationReport } from './revocation-report.js';

/** What repair and the removal wizard do to each kind of connection. */
export function connectionRemoval(deps: { superoffice: SuperOfficeConnection; videos: VideoConnections; settings: SettingsService }) {
  const { superoffice, videos, settings } = deps;

  async function revoke(id: ConnectionId): Promise<RevocationReport | { notNeeded: string }> {
    if (id === 'superoffice') return superoffice.revokeAndVerify();
    if (id === 'jitsi') {
      await videos.disconnect('jitsi');
      return { notNeeded: 'Jitsi Meet was turned off. It has no account, so there is nothing to revoke.' };
    }
    if (id === 'superoffice-video') return { notNeeded: REMOVAL_GUIDES[id].revoke };
    const connection = videos.connectionIfAny(id);
    return connection instanceof ProviderConnection ? connection.revokeAndVerify() : { revoked: 'nothing-stored', verified: 'not-checked' };
  }

  return {
    revoke,

    /** Step 1 of the wizard: the connection is no longer used for new meetings. */
    async stopUsing(id: ConnectionId): Promise<string> {
      const title = REMOVAL_GUIDES[id].title;
      if (id === 'superoffice') return 'The app no longer writes video meetings to SuperOffice; step 2 signs you out.';
      if (settings.value.video.activeProvider !== id) return `${title} was not the provider for new meetings.`;
      settings.update((s) => ({ ...s, video: { ...s.video, activeProvider: undefined } }));
      videos.refreshViews();
      return `${title} is no longer used for new meetings. Choose another provider in Settings when you need one.`;
    },

    /** Repair's first steps: local configuration out, revoked where the provider can. */
    async removeLocal(id: ConnectionId): Promise<{ revoked: boolean | 'not-needed'; note?: string }> {
      const result = await revoke(id);
      if ('notNeeded' in result) return { revoked: 'not-needed', note: result.notNeeded };
      const { text } = revocationOutcome(REMOVAL_GUIDES[id].title, result);
      // Revoked now, or already dead at the provider (the old sign-in is refused): either way it no longer works.
      return { revoked: result.revoked === 'revoked' || result.verified === 'refused', note: text };
    },

    /** After a fresh SuperOffice sign-in: the tenant (customer ID) and the user, confirmed by SuperOffice. */
    async checkSuperOffice(): Promise<string> {
      await superoffice.verify();
      const identity = superoffice.identity();
      if (!identity) throw appError('tenant_missing');
      return `Tenant ${identity.tenant} (customer ID) and ${identity.displayName} (associate ${identity.associateId}) confirmed by SuperOffice.`;
    },
  };
}

