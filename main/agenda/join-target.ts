import type { JoinOption, Preferences } from '../../preload/contract.js';
import { appError } from '../core/app-error.js';
import { said } from '../i18n/local-text.js';

/** What to open for a join, best first: the desktop app's deep link (when chosen), then the https link. */
export function joinTargets(option: JoinOption, preferences: Pick<Preferences, 'openInApp' | 'googleAccount'>): string[] {
  let https: URL;
  try {
    https = new URL(option.url);
  } catch {
    throw appError('invalid_argument', said('error.invalidMeetingLink'));
  }
  if (https.protocol !== 'https:') throw appError('invalid_argument', said('error.httpsOnly'));
  const targets: string[] = [];
  if ((option.service === 'zoom' || option.service === 'zoomgov') && preferences.openInApp.zoom) {
    const app = zoomAppLink(https);
    if (app) targets.push(app);
  }
  if (option.service === 'teams' && preferences.openInApp.teams) targets.push(`msteams:${https.pathname}${https.search}`);
  if (option.service === 'google-meet' && preferences.googleAccount) https.searchParams.set('authuser', preferences.googleAccount);
  targets.push(https.href);
  return targets;
}

/** zoommtg://zoom.us/join?action=join&confno=ID&pwd=PWD from https://…zoom.us/j/ID?pwd=PWD (pwd as in the link). */
function zoomAppLink(url: URL): string | undefined {
  const id = /^\/(?:j|w|s)\/(\d{9,12})\b/.exec(url.pathname)?.[1];
  if (!id) return undefined;
  const params = new URLSearchParams({ action: 'join', confno: id });
  const pwd = url.searchParams.get('pwd');
  if (pwd) params.set('pwd', pwd);
  return `zoommtg://${url.hostname.endsWith('zoomgov.com') ? 'zoomgov.com' : 'zoom.us'}/join?${params.toString()}`;
}
