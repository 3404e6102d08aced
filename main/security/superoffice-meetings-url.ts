/** SuperOffice's own video-meeting service: meetings.superoffice.com, meetings-sod.superoffice.com and their tenant subdomains. */
const MEETING_SERVICE_DOMAINS = ['meetings.superoffice.com', 'meetings-sod.superoffice.com'];

/**
 * Whether `url` is a page of SuperOffice's own video-meeting service (e.g. the LoginUrl where a user authorises
 * it, `https://cust12345.meetings-sod.superoffice.com/…`): https on the default port, no user info, and a host
 * that is one of the service's domains or a subdomain of one (label by label: `superoffice.com.evil.tld` and
 * `evilmeetings.superoffice.com` are not).
 */
export function isSuperOfficeMeetingServiceUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '' || parsed.username || parsed.password) return false;
  const host = parsed.hostname;
  return MEETING_SERVICE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
