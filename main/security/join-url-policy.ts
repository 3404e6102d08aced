import { resolveJoinLinkInText } from '../links/resolve-join-link.js';

/** Desktop-app schemes the app may hand to the system for joining. */
const APP_SCHEMES = new Set(['zoommtg:', 'zoomus:', 'msteams:']);

/**
 * Whether a join link may be opened: https to a host the link resolver recognises as a meeting service
 * (the whole link, not one hidden inside it), or a Zoom/Teams app deep link. Anything else
 * (javascript:, file:, plain web pages) is refused.
 */
export function isAllowedJoinUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (APP_SCHEMES.has(parsed.protocol)) {
    if (parsed.protocol === 'msteams:') return parsed.host === '' && parsed.pathname.startsWith('/l/');
    return (parsed.host === 'zoom.us' || parsed.host === 'zoomgov.com') && (parsed.pathname === '/join' || parsed.pathname === '/start');
  }
  if (parsed.protocol !== 'https:') return false;
  const decision = resolveJoinLinkInText(parsed.href);
  if (!decision.url) return false;
  const found = new URL(decision.url);
  return found.origin === parsed.origin && found.pathname === parsed.pathname;
}
