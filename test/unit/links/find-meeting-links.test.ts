import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMeetingLinks, resolveJoinLink, type JoinLinkDecision } from '../../../main/links/resolve-join-link.js';
import { INVITES } from './invite-corpus.js';

const withoutWhy = ({ why: _why, ...links }: JoinLinkDecision) => links;
const fields = (input: (typeof INVITES)[number]['input']) => (typeof input === 'string' ? { description: input } : input);

const TOKENS = [
  'https://us02web.zoom.us/j/85512345678?pwd=aBcD.1', 'https://zoom.us/j/85512345678', 'https://meet.google.com/xkq-ruvb-wne', 'zoommtg://zoom.us/join?confno=1',
  'https://www.acme.no/x', 'https://docs.google.com/x', 'https://zoom.us/signin', 'https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fzoom.us%2Fj%2F85512345678',
  '<a href="https://meet.jit.si/Acme">x</a>', '&amp;', '+47 21 93 37 37', 'tel:+4721933737', ' ', '\n', '.', ')', '<p>',
];
const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((parts) => parts.join(''));

describe('findMeetingLinks (the agenda: links without the explanation)', () => {
  it.each(INVITES.map((invite) => [invite.name, invite] as const))('finds what resolveJoinLink finds: %s', (_name, invite) => {
    expect(findMeetingLinks(fields(invite.input))).toEqual(withoutWhy(resolveJoinLink(fields(invite.input))));
  });

  it('finds what resolveJoinLink finds in any of the four fields', () => {
    fc.assert(
      fc.property(text, text, text, text, (joinVideomeetUrl, location, description, agenda) => {
        const appointment = { joinVideomeetUrl, location, description, agenda };
        const links = findMeetingLinks(appointment);
        expect(links).toEqual(withoutWhy(resolveJoinLink(appointment)));
        expect(Object.keys(links)).toEqual(['service', 'serviceName', 'url', 'alternatives']);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves resolveJoinLink a plain object with why as data (as the CLI prints it)', () => {
    const decision = resolveJoinLink({ description: 'https://zoom.us/j/85512345678 or call +47 21 93 37 37' });
    expect(Object.keys(decision)).toEqual(['service', 'serviceName', 'url', 'alternatives', 'why']);
    expect(Object.getOwnPropertyDescriptor(decision, 'why')?.value).toBe(decision.why);
    expect(JSON.parse(JSON.stringify(decision)).why).toContain('ignored 1 phone number');
  });
});
