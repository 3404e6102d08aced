import { describe, expect, it } from 'vitest';
import { isOpenableUrl } from '../../../main/security/openable-url.js';
import { isSuperOfficeMeetingServiceUrl } from '../../../main/security/superoffice-meetings-url.js';

describe("SuperOffice's own video-meeting service pages (LoginUrl)", () => {
  it.each([
    'https://meetings.superoffice.com/meet/DisconnectUser',
    'https://cust12345.meetings.superoffice.com/authorize?user=5&state=abc',
    'https://cust12345.meetings-sod.superoffice.com/login?returnUrl=%2Fjoin',
    'https://meetings-sod.superoffice.com/auth',
    'https://CUST12345.Meetings-Sod.SuperOffice.com/login',
  ])('allows %s', (url) => {
    expect(isSuperOfficeMeetingServiceUrl(url)).toBe(true);
    expect(isOpenableUrl(url, [])).toBe(true);
  });

  it.each([
    'http://cust12345.meetings.superoffice.com/login',
    'https://cust12345.meetings.superoffice.com:8443/login',
    'https://user:pass@cust12345.meetings.superoffice.com/login',
    'https://meetings.superoffice.com.evil.tld/login',
    'https://superoffice.com.evil.tld/meetings.superoffice.com',
    'https://evilmeetings.superoffice.com/login',
    'https://meetings-sod.superoffice.com.evil.tld/',
    'https://meetings.superoffice.co/login',
    'https://sod.superoffice.com/login/common/oauth/authorize',
    'https://evil.tld/?next=https://meetings.superoffice.com/',
    'https://evil.tld/#https://meetings.superoffice.com/',
    'https://meetings.superoffice.com@evil.tld/',
    'javascript://meetings.superoffice.com/%0aalert(1)',
    'https://meetings.superoffice.com./login',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isSuperOfficeMeetingServiceUrl(url)).toBe(false);
    expect(isOpenableUrl(url, [])).toBe(false);
  });
});
