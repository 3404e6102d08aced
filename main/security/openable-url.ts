import { isAllowedJoinUrl } from './join-url-policy.js';
import { isAllowedExternalUrl } from './url-policy.js';

/** What the opener ports may open: sign-in pages of the configured services, and meeting links. */
export function isOpenableUrl(url: string, allowedOrigins: readonly string[]): boolean {
  return isAllowedExternalUrl(url, allowedOrigins) || isAllowedJoinUrl(url);
}
