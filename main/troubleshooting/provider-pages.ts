import type { ProviderPageId } from '../../preload/contract.js';

/** The provider pages the app opens for removal and repair (allow-listed: only these). */
export const PROVIDER_PAGES: Record<ProviderPageId, { url: string; label: string }> = {
  'google-permissions': { url: 'https://myaccount.google.com/permissions', label: 'Open Google’s third-party access page' },
  'zoom-installed-apps': { url: 'https://marketplace.zoom.us/user/installed', label: 'Open Zoom Marketplace → Installed Apps' },
  'entra-enterprise-apps': { url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview', label: 'Open Microsoft Entra → Enterprise applications' },
  'webex-control-hub': { url: 'https://admin.webex.com/apps/integrations', label: 'Open Webex Control Hub → Integrations' },
  // The core opens SuperOffice's page on the configured environment's host (see create-app-core); this is the production one.
  'superoffice-video-settings': { url: 'https://online.superoffice.com/', label: 'Open SuperOffice' },
};

/** Origins of the pages above, for the opener's allow-list. */
export const PROVIDER_PAGE_ORIGINS: string[] = [...new Set(Object.values(PROVIDER_PAGES).map((page) => new URL(page.url).origin))];
