import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../main/security/url-policy.js';

const allowed = ['https://sod.superoffice.com', 'http://127.0.0.1:41234'];

describe('external URL policy', () => {
  it.each([
    'https://sod.superoffice.com/login/common/oauth/authorize?client_id=x',
    'http://127.0.0.1:41234/login/common/oauth/authorize',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url, allowed)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'http://sod.superoffice.com/login',
    'https://sod.superoffice.com.evil.example/',
    'https://evil.example/?https://sod.superoffice.com',
    'https://user:pass@sod.superoffice.com/',
    'http://127.0.0.1:9999/',
    'http://localhost:41234/',
    'HTTPS://SOD.SUPEROFFICE.COM:444/',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url, allowed)).toBe(false));

  it('treats mixed-case schemes and hosts of an allowed origin as that origin', () => {
    expect(isAllowedExternalUrl('HTTPS://SOD.SuperOffice.com/login', allowed)).toBe(true);
  });
});

describe('join URL policy', () => {
  it.each([
    'https://us05web.zoom.us/j/64724852803?pwd=abc.1',
    'https://meet.google.com/abc-defg-hij',
    'zoommtg://zoom.us/join?action=join&confno=64724852803',
    'msteams:/l/meetup-join/19%3ameeting_x%40thread.v2/0',
  ])('allows the meeting link %s', async (url) => {
    const { isAllowedJoinUrl } = await import('../../../main/security/join-url-policy.js');
    expect(isAllowedJoinUrl(url)).toBe(true);
  });

  it.each([
    'zoommtg://evil.example/anything',
    'zoommtg:javascript:alert(1)',
    'zoomus:whatever',
    'msteams://evil.example/l/x',
    'https://intranet.example/wiki',
    'https://evil.example/?u=https://zoom.us/j/123456789',
    'javascript:alert(1)',
  ])('refuses %s', async (url) => {
    const { isAllowedJoinUrl } = await import('../../../main/security/join-url-policy.js');
    expect(isAllowedJoinUrl(url)).toBe(false);
  });
});
