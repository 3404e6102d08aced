import { describe, expect, it } from 'vitest';
import { resolveJoinLink, resolveJoinLinkInText } from '../../../main/links/resolve-join-link.js';
import { INVITES } from './invite-corpus.js';

const resolve = (input: (typeof INVITES)[number]['input']) => (typeof input === 'string' ? resolveJoinLinkInText(input) : resolveJoinLink(input));

describe('join link in realistic invites', () => {
  it('has a corpus of at least 70 invites', () => {
    expect(INVITES.length).toBeGreaterThanOrEqual(70);
    expect(new Set(INVITES.map((invite) => invite.name)).size).toBe(INVITES.length);
  });

  it.each(INVITES.map((invite) => [invite.name, invite] as const))('%s', (_name, invite) => {
    const decision = resolve(invite.input);
    expect({ service: decision.service, url: decision.url }).toEqual({ service: invite.service, url: invite.url });
    expect(decision.why.length).toBeGreaterThan(10);
    if (invite.url === null) expect(decision.why).toMatch(/^No meeting link found/);
    else expect(decision.why).toContain(invite.url);
    expect(decision.alternatives.map((alternative) => alternative.url)).not.toContain(decision.url);
  });
});

describe('decision details', () => {
  it('keeps every other meeting link as an alternative, ranked, de-duplicated, with its field', () => {
    const decision = resolveJoinLink({
      joinVideomeetUrl: 'https://acme.meetings.superoffice.com/join/c0791ad9-5c1e-4d5e-9c4e-2b1d3a4f5e6f',
      location: 'HTTPS://ACME.MEETINGS.SUPEROFFICE.COM/join/c0791ad9-5c1e-4d5e-9c4e-2b1d3a4f5e6f',
      description: 'Backup: https://zoom.us/j/85512345678 and https://meet.google.com/xkq-ruvb-wne and again https://zoom.us/j/85512345678/',
      agenda: 'https://meet.jit.si/AcmeDaily',
    });
    expect(decision.service).toBe('superoffice');
    expect(decision.serviceName).toBe('SuperOffice video meeting');
    expect(decision.alternatives).toEqual([
      { service: 'zoom', serviceName: 'Zoom', url: 'https://zoom.us/j/85512345678', field: 'description', rank: 2 },
      { service: 'google-meet', serviceName: 'Google Meet', url: 'https://meet.google.com/xkq-ruvb-wne', field: 'description', rank: 3 },
      { service: 'jitsi', serviceName: 'Jitsi Meet', url: 'https://meet.jit.si/AcmeDaily', field: 'agenda', rank: 4 },
    ]);
    expect(decision.why).toBe(
      'SuperOffice video meeting link in the video meeting field (JoinVideomeetUrl) (https://acme.meetings.superoffice.com/join/c0791ad9-5c1e-4d5e-9c4e-2b1d3a4f5e6f); ' +
        '3 other links: Zoom in the description (https://zoom.us/j/85512345678), Google Meet in the description (https://meet.google.com/xkq-ruvb-wne) and Jitsi Meet in the agenda (https://meet.jit.si/AcmeDaily)',
    );
  });

  it('explains a miss by what it ignored', () => {
    expect(resolveJoinLinkInText('See https://www.acme.no/agenda or call +47 21 93 37 37').why).toBe('No meeting link found: 1 web page and 1 phone number were ignored');
    expect(resolveJoinLinkInText('https://zoom.us/signin').why).toBe('No meeting link found: 1 Zoom page that is not a meeting was ignored');
    expect(resolveJoinLinkInText('Lunch').why).toBe('No meeting link found: the text has no links or phone numbers');
    expect(resolveJoinLink({}).why).toBe('No meeting link found: the appointment has no text to search');
  });

  it('says where the link was found, what it was wrapped in, and what was ignored', () => {
    const why = resolveJoinLink({
      location: 'Room 4',
      description: 'https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fzoom.us%2Fj%2F85512345678&data=1 docs: https://docs.google.com/x.pdf',
    }).why;
    expect(why).toBe('Zoom link in the description (https://zoom.us/j/85512345678), unwrapped from Outlook SafeLinks; ignored 1 document');
  });

  it('names the first three alternatives and counts the rest', () => {
    const text = ['111111', '222222', '333333', '444444', '555555'].map((id) => `https://zoom.us/j/${id}`).join('\n');
    const decision = resolveJoinLinkInText(text);
    expect(decision.alternatives).toHaveLength(4);
    expect(decision.why).toMatch(/4 other links: .*\(https:\/\/zoom\.us\/j\/444444\) and 1 more$/);
  });

  it('says when it chose a longer copy over a truncated one', () => {
    const decision = resolveJoinLink({ location: 'https://zoom.us/j/85512345678', description: 'https://zoom.us/j/85512345678?pwd=abc' });
    expect(decision.url).toBe('https://zoom.us/j/85512345678?pwd=abc');
    expect(decision.why).toContain('chosen over the shorter copy in the Location field');
    expect(decision.alternatives.map((alternative) => alternative.url)).toEqual(['https://zoom.us/j/85512345678']);
  });

  it('flags an app link chosen for want of a web link', () => {
    expect(resolveJoinLinkInText('zoommtg://zoom.us/join?confno=85512345678').why).toContain('an app link because no web link');
  });
});
