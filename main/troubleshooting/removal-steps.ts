import type { ConnectionId, ProviderPageId } from '../../preload/contract.js';
import { PROVIDER_TITLES } from '../providers/provider-http.js';
import type { RevocationReport } from './revocation-report.js';

/** What the wizard says and opens for one connection (the provider's own removal steps). */
export interface RemovalGuide {
  title: string;
  /** Step 1: what "disconnect in the app" means for this connection. */
  disconnect: string;
  /** Step 2: what revoking does here. */
  revoke: string;
  /** Step 3: the provider's own uninstall steps; none where there is nothing to uninstall. */
  uninstall: string[];
  page?: ProviderPageId;
}

/** The removal steps per connection (../shared/reference/superoffice.md rows 14–24 and the providers' own pages). */
export const REMOVAL_GUIDES: Record<ConnectionId, RemovalGuide> = {
  superoffice: {
    title: 'SuperOffice CRM Online',
    disconnect: 'The app stops reading your diary and writing video meetings to SuperOffice.',
    revoke: 'Sign out: SuperOffice revokes the app’s sign-in, the keychain entry on this computer is deleted, and the app checks that the old sign-in no longer works.',
    uninstall: [
      'In SuperOffice, an administrator opens Settings and maintenance → Apps (app approvals).',
      'Find "Video Meetings Tray" and choose Remove access (revoke the app approval for the tenant).',
    ],
    page: 'superoffice-video-settings',
  },
  zoom: {
    title: PROVIDER_TITLES.zoom,
    disconnect: 'The app stops creating new meetings with Zoom.',
    revoke: 'Zoom revokes the app’s access (POST /oauth/revoke), the keychain entry is deleted, and the app checks that the old sign-in no longer works.',
    uninstall: ['Sign in to the Zoom App Marketplace.', 'Manage → Installed Apps.', 'Find "Video Meetings Tray" (SuperOffice VideoMeetings) and click Uninstall, then confirm.'],
    page: 'zoom-installed-apps',
  },
  google: {
    title: PROVIDER_TITLES.google,
    disconnect: 'The app stops creating new meetings with Google Meet.',
    revoke: 'Google revokes the app’s whole grant, the keychain entry is deleted, and the app checks that the old sign-in no longer works.',
    uninstall: ['Open your Google Account → Security → Manage third-party access.', 'Choose "Video Meetings Tray" (SuperOffice VideoMeetings).', 'Click Remove Access, then confirm.'],
    page: 'google-permissions',
  },
  teams: {
    title: PROVIDER_TITLES.teams,
    disconnect: 'The app stops creating new meetings with Teams.',
    revoke:
      'Microsoft has no per-app revocation for a user: the keychain entry is deleted, and the app checks whether Microsoft still accepts the old sign-in (it does until it expires or an administrator removes the app).',
    uninstall: [
      'For an administrator: Microsoft 365 admin center → Settings → Integrated apps → Microsoft Entra ID.',
      'Enterprise applications → "Video Meetings Tray" (SuperOffice VideoMeetings) → Properties.',
      'Click Delete, then confirm. This ends the app’s access for everyone in the organisation.',
    ],
    page: 'entra-enterprise-apps',
  },
  webex: {
    title: PROVIDER_TITLES.webex,
    disconnect: 'The app stops creating new meetings with Webex.',
    revoke: 'Webex integrations cannot revoke their own access: the keychain entry is deleted, and the app checks whether Webex still accepts the old sign-in.',
    uninstall: ['For an administrator: open Webex Control Hub → Apps → Integrations.', 'Find "Video Meetings Tray" and remove (or disable) the integration.'],
    page: 'webex-control-hub',
  },
  jitsi: {
    title: PROVIDER_TITLES.jitsi,
    disconnect: 'The app stops creating new meetings with Jitsi Meet.',
    revoke: 'Jitsi Meet needs no account, so there is nothing to revoke.',
    uninstall: [],
  },
  'superoffice-video': {
    title: PROVIDER_TITLES['superoffice-video'],
    disconnect: 'The app stops creating new meetings with SuperOffice’s own video-meeting service.',
    revoke: 'The authorisation lives in SuperOffice, not on this computer: nothing is stored here to revoke.',
    uninstall: ['In SuperOffice, open Settings and maintenance → Preferences → Video meetings.', 'Remove your own video-meetings configuration (Disconnect).'],
    page: 'superoffice-video-settings',
  },
};

/** The revoke step's outcome in the user's words; `failed` when the old sign-in may still work. */
export function revocationOutcome(title: string, report: RevocationReport): { text: string; failed: boolean } {
  if (report.revoked === 'nothing-stored') return { text: `No ${title} sign-in was stored on this computer: nothing to revoke.`, failed: false };
  const removed = 'The sign-in was deleted from this computer’s keychain.';
  if (report.verified === 'refused') return { text: `${report.revoked === 'revoked' ? `Revoked at ${title}. ` : ''}${removed} A refresh with the old sign-in was refused: revocation verified.`, failed: false };
  if (report.revoked === 'not-supported' && report.verified === 'still-accepted') {
    return { text: `${title} has no per-app revocation. ${removed} ${title} still accepts the old sign-in until it expires: step 3 ends it for good.`, failed: false };
  }
  if (report.verified === 'still-accepted') return { text: `${removed} But ${title} still accepts the old sign-in: revoking did not work. Step 3 removes the app at ${title}, which ends it.`, failed: true };
  return { text: `${removed} ${title} could not be asked whether the old sign-in still works (offline?). Step 3 removes the app at ${title} for certain.`, failed: true };
}
