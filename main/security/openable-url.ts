import { isAllowedJoinUrl } from './join-url-policy.js';
import { isSuperOfficeMeetingServiceUrl } from './superoffice-meetings-url.js';
import { isAllowedExternalUrl } from './url-policy.js';

/**
 * What the opener ports may open: sign-in pages of the configured services, meeting links, and pages of
 * SuperOffice's own video-meeting service (its LoginUrl lives on a tenant subdomain no allow-list can name).
 */
export function isOpenableUrl(url: string, allowedOrigins: readonly string[]): boolean {
  return isAllowedExternalUrl(url, allowedOrigins) || isAllowedJoinUrl(url) || isSuperOfficeMeetingServiceUrl(url);
}
