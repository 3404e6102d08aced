import type { ProviderPageId } from '../../preload/contract.js';
import type { MessageKey } from '../i18n/catalogue.js';

/** The provider pages the app opens for removal and repair (allow-listed: only these); `label` is the button's text. */
export const PROVIDER_PAGES: Record<ProviderPageId, { url: string; label: MessageKey }> = {
  'google-permissions': { url: 'https://myaccount.google.com/permissions', label: 'providerPage.googlePermissions' },
  'zoom-installed-apps': { url: 'https://marketplace.zoom.us/user/installed', label: 'providerPage.zoomInstalledApps' },
  'entra-enterprise-apps': { url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview', label: 'providerPage.entraEnterpriseApps' },
  'webex-control-hub': { url: 'https://admin.webex.com/apps/integrations', label: 'providerPage.webexControlHub' },
  // The core opens SuperOffice's page on the configured environment's host (see create-app-core); this is the production one.
  'superoffice-video-settings': { url: 'https://online.superoffice.com/', label: 'providerPage.superOffice' },
};

/** Origins of the pages above, for the opener's allow-list. */
export const PROVIDER_PAGE_ORIGINS: string[] = [...new Set(Object.values(PROVIDER_PAGES).map((page) => new URL(page.url).origin))];
