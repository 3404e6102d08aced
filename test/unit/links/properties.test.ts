import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractUrls } from '../../../main/links/extract-urls.js';
import { htmlToText } from '../../../main/links/html-text.js';
import { resolveJoinLink, resolveJoinLinkInText, type JoinLinkDecision } from '../../../main/links/resolve-join-link.js';
import { MAX_UNWRAP_DEPTH, unwrapUrl } from '../../../main/links/unwrap.js';
import { googleRedirect, proofpointV2, proofpointV3, safeLinks } from './wrappers.js';

const MEETING_URLS = [
  'https://us02web.zoom.us/j/85512345678?pwd=aBcD.1',
  'https://meet.google.com/xkq-ruvb-wne?authuser=1',
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nm%40thread.v2/0?context=%7b%22Tid%22%3a%22a%22%7d',
  'https://acme.webex.com/acme/j.php?MTID=m3f6c2a9d8e',
  'https://acme.meetings.superoffice.com/join/c0791ad9-5c1e-4d5e-9c4e-2b1d3a4f5e6f',
  'https://meet.jit.si/Acme_Daily-(1)',
  'https://facetime.apple.com/join#v=1&p=AbC&k=x-_',
];
const WRAPPERS: ReadonlyArray<(url: string) => string> = [safeLinks, (url) => safeLinks(url, 'nam12'), googleRedirect, proofpointV2, (url) => proofpointV3(url, '?&='), (url) => proofpointV3(url)];

/** Everything the resolver may legitimately return: each field's decoded text plus every unwrapping layer of every URL in it. */
function haystack(fields: readonly string[]): string {
  return fields
    .flatMap((field) => {
      const text = htmlToText(field);
      return [text, ...extractUrls(text).flatMap((found) => unwrapUrl(found.url).layers)];
    })
    .join('\n')
    .toLowerCase();
}

function assertOnlyInputUrls(input: string | readonly string[], decision: JoinLinkDecision): void {
  const allowed = haystack(typeof input === 'string' ? [input] : input);
  for (const url of [decision.url, ...decision.alternatives.map((alternative) => alternative.url)]) {
    if (url !== null) expect(allowed.includes(url.toLowerCase()), `${url} is not in the input`).toBe(true);
  }
  if (decision.url === null) expect(decision.alternatives).toEqual([]);
  expect(typeof decision.why).toBe('string');
}

const HTMLISH_TOKENS = [
  '<a href="', '">', "<a href='", "'>", '</a>', '<p>', '</p>', '<br>', '<wbr>', '<o:p>', '<style>', '</style>', '<!--', '-->', '<![if x]>',
  '&amp;', '&#38;', '&#x26;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&', '<', '>', '"', "'", '(', ')', '[', ']', '.', ',', ' ', '\n',
  'https://', 'HTTPS://', 'http://', 'zoommtg://', 'msteams:/', 'zoom.us/j/', '85512345678', '?pwd=', 'abc', 'meet.google.com/', 'xkq-ruvb-wne',
  'teams.microsoft.com/l/meetup-join/', '19%3ameeting', '%3E', '%', '*', '**A', '__;', '!!', '$', 'urldefense.com/v3/__', '.safelinks.protection.outlook.com/?url=',
  'www.google.com/url?q=', 'https%3A%2F%2F', '+47 21 93 37 37', ',,', '#', 'tel:', 'docs.google.com/x', ...MEETING_URLS,
];
const htmlish = fc.array(fc.constantFrom(...HTMLISH_TOKENS), { maxLength: 60 }).map((tokens) => tokens.join(''));
/** Surrounding prose; no "<", so it cannot open a tag around the link (that would rightly hide it). */
const noise = fc.string({ unit: fc.constantFrom(...'abc XYZ 123 .,;!?()[]>"\'\n-_éø'.split('')), maxLength: 40 });

describe('resolver properties', () => {
  it('never crashes and never invents a URL on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => assertOnlyInputUrls(input, resolveJoinLinkInText(input))),
      { numRuns: 500 },
    );
  });

  it('never crashes and never invents a URL on HTML-ish strings full of links, entities and wrappers', () => {
    fc.assert(
      fc.property(htmlish, (input) => assertOnlyInputUrls(input, resolveJoinLinkInText(input))),
      { numRuns: 1000 },
    );
  });

  it('never invents a URL across the four fields', () => {
    fc.assert(
      fc.property(htmlish, htmlish, htmlish, htmlish, (joinVideomeetUrl, location, description, agenda) => {
        const decision = resolveJoinLink({ joinVideomeetUrl, location, description, agenda });
        assertOnlyInputUrls([joinVideomeetUrl, location, description, agenda], decision);
      }),
      { numRuns: 300 },
    );
  });

  it(`finds the meeting through any stack of up to ${MAX_UNWRAP_DEPTH} wrappers, in any surrounding text`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEETING_URLS),
        fc.array(fc.constantFrom(...WRAPPERS), { maxLength: MAX_UNWRAP_DEPTH }),
        noise,
        noise,
        fc.constantFrom('', '.', ',', ')', '>', '"'),
        (url, wrappers, before, after, punctuation) => {
          const wrapped = wrappers.reduce((inner, wrap) => wrap(inner), url);
          const decision = resolveJoinLinkInText(`${before} ${wrapped}${punctuation} ${after}`);
          expect(decision.url).toBe(url);
          assertOnlyInputUrls(`${before} ${wrapped}${punctuation} ${after}`, decision);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never crashes on wrappers nested deeper than it unwraps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WRAPPERS), { minLength: MAX_UNWRAP_DEPTH + 1, maxLength: MAX_UNWRAP_DEPTH + 3 }), (wrappers) => {
        const input = wrappers.reduce((inner, wrap) => wrap(inner), MEETING_URLS[0]!);
        assertOnlyInputUrls(input, resolveJoinLinkInText(input));
      }),
      { numRuns: 50 },
    );
  });
});

/** Text that has hurt naive scanners: every piece repeated up to the target size. */
const ADVERSARIAL_PIECES: Record<string, string> = {
  'repeated https://': 'https://',
  'repeated <a href=': '<a href=',
  'repeated <a href=" (unclosed quotes)': '<a href="',
  'repeated &amp;': '&amp;',
  'repeated ((((': '((((',
  'URL then )))) and %3E': ')%3E',
  'long run of URL characters': 'a',
  'long Zoom-looking path': '1',
  'repeated <!--': '<!--',
  'repeated <style>': '<style>',
  'repeated &#': '&#1234567',
  'many meeting links': 'https://zoom.us/j/85512345678?pwd=x ',
  'many web pages and phone numbers': 'https://www.acme.no/x +47 21 93 37 37 ',
  'repeated SafeLinks prefix': 'https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2F',
  'repeated Proofpoint v3 prefix': 'https://urldefense.com/v3/__https://*',
  'repeated ** tokens': '**A',
  'repeated + signs': '+1',
  'repeated tel:': 'tel:',
  'repeated <wbr>': '<wbr>',
  'repeated query params': '&a',
};

function adversarial(piece: string, bytes: number, prefix = ''): string {
  return prefix + piece.repeat(Math.ceil(bytes / piece.length)).slice(0, bytes);
}

/** Milliseconds per kilobyte of the fastest of a few runs (the minimum filters out GC and scheduler noise). */
function msPerKb(input: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    resolveJoinLinkInText(input);
    best = Math.min(best, performance.now() - start);
  }
  return best / (input.length / 1024);
}

/** Generous headroom over the 5 ms/kB target, so CI noise cannot flake it; this checks linearity, not speed. */
const LIMIT_MS_PER_KB = 20;

describe('resolver time is linear', () => {
  it.each(Object.entries(ADVERSARIAL_PIECES))('200 kB of %s', (_name, piece) => {
    for (const prefix of ['', 'https://zoom.us/j/', '<a href="https://', 'Join: ']) {
      const cost = msPerKb(adversarial(piece, 200 * 1024, prefix));
      expect(cost).toBeLessThan(LIMIT_MS_PER_KB);
    }
  });

  it('200 kB of nested SafeLinks', () => {
    let nested = MEETING_URLS[0]!;
    while (nested.length < 200 * 1024) nested = safeLinks(nested);
    expect(msPerKb(nested)).toBeLessThan(LIMIT_MS_PER_KB);
    expect(msPerKb(`${nested} ${nested}`)).toBeLessThan(LIMIT_MS_PER_KB);
  });

  it('generated mixes of adversarial pieces up to 200 kB', () => {
    const pieces = Object.values(ADVERSARIAL_PIECES);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }), fc.integer({ min: 10, max: 200 }), (chosen, kilobytes) => {
        const input = adversarial(chosen.join(''), kilobytes * 1024);
        expect(msPerKb(input)).toBeLessThan(LIMIT_MS_PER_KB);
      }),
      { numRuns: 25 },
    );
  });
});
