import type { ConnectionId, ProviderPageId } from '../../preload/contract.js';
import { said, type LocalText } from '../i18n/local-text.js';
import { PROVIDER_TITLES } from '../providers/provider-http.js';
import type { RevocationReport } from './revocation-report.js';

/** What the wizard says and opens for one connection (the provider's own removal steps), said in the user's language. */
export interface RemovalGuide {
  title: string;
  /** Step 1: what "disconnect in the app" means for this connection. */
  disconnect: LocalText;
  /** Step 2: what revoking does here. */
  revoke: LocalText;
  /** Step 3: the provider's own uninstall steps; none where there is nothing to uninstall. */
  uninstall: LocalText[];
  page?: ProviderPageId;
}

const stopsNewMeetings = (title: string): LocalText => said('guide.stopsNewMeetings', { title });

/** The removal steps per connection (../shared/reference/superoffice.md rows 14–24 and the providers' own pages). */
export const REMOVAL_GUIDES: Record<ConnectionId, RemovalGuide> = {
  superoffice: {
    title: 'SuperOffice CRM Online',
    disconnect: said('guide.superoffice.disconnect'),
    revoke: said('guide.superoffice.revoke'),
    uninstall: [said('guide.superoffice.uninstall1'), said('guide.superoffice.uninstall2')],
    page: 'superoffice-video-settings',
  },
  zoom: {
    title: PROVIDER_TITLES.zoom,
    disconnect: stopsNewMeetings(PROVIDER_TITLES.zoom),
    revoke: said('guide.zoom.revoke'),
    uninstall: [said('guide.zoom.uninstall1'), said('guide.zoom.uninstall2'), said('guide.zoom.uninstall3')],
    page: 'zoom-installed-apps',
  },
  google: {
    title: PROVIDER_TITLES.google,
    disconnect: stopsNewMeetings(PROVIDER_TITLES.google),
    revoke: said('guide.google.revoke'),
    uninstall: [said('guide.google.uninstall1'), said('guide.google.uninstall2'), said('guide.google.uninstall3')],
    page: 'google-permissions',
  },
  teams: {
    title: PROVIDER_TITLES.teams,
    disconnect: stopsNewMeetings('Teams'),
    revoke: said('guide.teams.revoke'),
    uninstall: [said('guide.teams.uninstall1'), said('guide.teams.uninstall2'), said('guide.teams.uninstall3')],
    page: 'entra-enterprise-apps',
  },
  webex: {
    title: PROVIDER_TITLES.webex,
    disconnect: stopsNewMeetings(PROVIDER_TITLES.webex),
    revoke: said('guide.webex.revoke'),
    uninstall: [said('guide.webex.uninstall1'), said('guide.webex.uninstall2')],
    page: 'webex-control-hub',
  },
  jitsi: {
    title: PROVIDER_TITLES.jitsi,
    disconnect: stopsNewMeetings(PROVIDER_TITLES.jitsi),
    revoke: said('guide.jitsi.revoke'),
    uninstall: [],
  },
  'superoffice-video': {
    title: PROVIDER_TITLES['superoffice-video'],
    disconnect: said('guide.superofficeVideo.disconnect'),
    revoke: said('guide.superofficeVideo.revoke'),
    uninstall: [said('guide.superofficeVideo.uninstall1'), said('guide.superofficeVideo.uninstall2')],
    page: 'superoffice-video-settings',
  },
};

/** The revoke step's outcome in the user's words; `failed` when the old sign-in may still work. */
export function revocationOutcome(title: string, report: RevocationReport): { text: LocalText; failed: boolean } {
  if (report.revoked === 'nothing-stored') return { text: said('revocation.nothingStored', { title }), failed: false };
  if (report.verified === 'refused') return { text: report.revoked === 'revoked' ? said('revocation.revokedVerified', { title }) : said('revocation.verified'), failed: false };
  if (report.revoked === 'not-supported' && report.verified === 'still-accepted') return { text: said('revocation.notSupported', { title }), failed: false };
  if (report.verified === 'still-accepted') return { text: said('revocation.stillAccepted', { title }), failed: true };
  return { text: said('revocation.notChecked', { title }), failed: true };
}
