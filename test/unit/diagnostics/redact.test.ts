import { describe, expect, it } from 'vitest';
import { redactDeep, redactText } from '../../../main/diagnostics/redact.js';

const JWT = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiI1IiwiY3R4IjoiQ3VzdDEyMzQ1In0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';
const HEX = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822c';
const BASE64URL = 'kLm3_Qx9-ZtR7vB2nP4sW8yE1cH6jU0a';

describe('redactText: URLs', () => {
  it.each([
    ['https://us02web.zoom.us/j/85512345678?pwd=aBcDeF.1', 'https://us02web.zoom.us/j/85512345678?…'],
    ['http://127.0.0.1:53682/?code=AbC123&state=xyz&iss=http%3A%2F%2F127.0.0.1', 'http://127.0.0.1:53682/?…'],
    ['https://app.example/callback#access_token=abc&token_type=Bearer', 'https://app.example/callback?…'],
    ['https://zoom.us/oauth/token?grant_type=refresh_token&refresh_token=xyz', 'https://zoom.us/oauth/token?…'],
    ['https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=c&code_challenge=ch', 'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?…'],
    ['zoommtg://zoom.us/join?action=join&confno=85512345678&pwd=abc', 'zoommtg://zoom.us/join?…'],
    ['https://user:hunter2@files.example.com/report', 'https://…@files.example.com/report'],
    [`https://api.example.com/v1/sessions/${HEX}/state`, 'https://api.example.com/v1/sessions/…/state'],
    [`https://api.example.com/v1/keys/${BASE64URL}`, 'https://api.example.com/v1/keys/…'],
    [`https://api.example.com/verify/${JWT}/done`, 'https://api.example.com/verify/…/done'],
    ['https://meet.jit.si/VideoMeetingsTray-ABCDEFGHIJKLMNOPQRST', 'https://meet.jit.si/…'],
    ['https://meet.google.com/xkq-ruvb-wne', 'https://meet.google.com/xkq-ruvb-wne'],
    ['https://cust12345.superoffice.com/api/v1/User/currentPrincipal', 'https://cust12345.superoffice.com/api/v1/User/currentPrincipal'],
  ])('%s → %s', (url, expected) => {
    expect(redactText(url)).toBe(expected);
    expect(redactText(`See (${url}), then retry.`)).toBe(`See (${expected}), then retry.`);
  });

  it('handles several URLs in one message and leaves text around them alone', () => {
    expect(redactText('Tried https://a.example/x?code=1 and "https://b.example/y#t=2"; both failed.')).toBe(
      'Tried https://a.example/x?… and "https://b.example/y?…"; both failed.',
    );
  });

  it('redacts a host label that looks like a secret', () => {
    expect(redactText(`https://${HEX}.tunnel.example/cb`)).toBe('https://….tunnel.example/cb');
  });
});

describe('redactText: tokens and secrets in messages', () => {
  it('replaces JWTs, hex and base64url secrets with [redacted]', () => {
    expect(redactText(`id_token ${JWT} was rejected`)).toBe('id_token [redacted] was rejected');
    expect(redactText(`refresh token ${HEX} expired`)).toBe('refresh token [redacted] expired');
    expect(redactText(`the verifier was ${BASE64URL}.`)).toBe('the verifier was [redacted].');
    expect(redactText(`short JWT eyJhbGciOiJub25lIn0.e30.x here`)).toBe('short JWT [redacted] here');
    expect(redactText(`glued:${HEX}${BASE64URL}`)).toBe('glued:[redacted]');
  });

  it('replaces the values of secret-named pairs and credentials', () => {
    expect(redactText('code=Ab12&state=s1 pwd=482913 passcode=zq9 client_secret=s3cr3t zak=z tk=t')).toBe(
      'code=[redacted]&state=[redacted] pwd=[redacted] passcode=[redacted] client_secret=[redacted] zak=[redacted] tk=[redacted]',
    );
    expect(redactText('{"access_token": "at-1", "refresh_token":"rt\\"2", "expires_in":3599, "error_code":"invalid_grant"}')).toBe(
      '{"access_token": "[redacted]", "refresh_token":"[redacted]", "expires_in":3599, "error_code":"invalid_grant"}',
    );
    expect(redactText('Authorization: Bearer 8A:Cust12345.token and Basic dXNlcjpwYXNzd29yZA==')).toBe('Authorization: Bearer [redacted] and Basic [redacted]');
  });

  it('keeps what the helpdesk needs: e-mail addresses, identifiers, times, error codes and prose', () => {
    const kept = [
      'Logged in as Zoe Zimmer <zoe.zimmer-longname@example.com>, connected to Cust12345',
      'Connected since 2026-03-02T09:14:30.000Z; meeting ID 855 1234 5678 (85512345678)',
      'keychain-unavailable superoffice-video-settings invalid_grant meeting_left_behind',
      'Zoom answered error code: 124 (Invalid access token) with Basic plan limits',
      'Secret Service (libsecret) on linux 6.8.0-1024-gcp x64, shortcut CommandOrControl+Alt+J',
      'Video Meetings Tray (sandbox) superoffice:Cust12345:5',
    ];
    for (const text of kept) expect(redactText(text)).toBe(text);
  });

  it('treats a GUID as a possible secret (it may be a meeting or session key)', () => {
    expect(redactText('request c0791ad9-5c1e-4d5e-9c4e-2b1d3a4f5e6f failed')).toBe('request [redacted] failed');
  });
});

describe('redactText: linear time', () => {
  const MB = 1024 * 1024;
  it.each([
    ['one long run', 'a'.repeat(MB)],
    ['many scheme separators', '://'.repeat(MB / 3)],
    ['schemes without hosts', 'a://'.repeat(MB / 4)],
    ['equals chains', 'code=a'.repeat(MB / 6)],
    ['unbalanced JSON keys', '"token":'.repeat(MB / 8)],
    ['colons after long keys', `${'k'.repeat(1000)}:`.repeat(MB / 1001)],
    ['JWT headers without dots', 'eyJ'.repeat(MB / 3)],
    ['dotted runs', 'ab.'.repeat(MB / 3)],
    ['URL with a huge path', `https://h/${'x/'.repeat(MB / 2)}`],
    ['Bearer words', 'Bearer '.repeat(MB / 7)],
  ])('handles 1 MB of %s quickly', (_name, text) => {
    const started = performance.now();
    redactText(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('redactDeep', () => {
  it('redacts every string at any depth and keeps keys, numbers, booleans and nulls', () => {
    const value = { a: `x ${HEX}`, list: [{ url: 'https://h.example/p?code=1', n: 3 }], flag: true, none: null, accessTokenExpiresAt: '2026-03-02T10:14:30.000Z' };
    expect(redactDeep(value)).toEqual({ a: 'x [redacted]', list: [{ url: 'https://h.example/p?…', n: 3 }], flag: true, none: null, accessTokenExpiresAt: '2026-03-02T10:14:30.000Z' });
  });
});
