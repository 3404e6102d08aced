import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractUrls, MAX_URL_LENGTH, trimUrl } from '../../../main/links/extract-urls.js';
import { parseUrl } from '../../../main/links/url-parts.js';

/** The definition, written plainly: find a scheme, take the URL characters after it, trim, keep what parses. */
function extractPlainly(text: string): { url: string; start: number; end: number }[] {
  const found: { url: string; start: number; end: number }[] = [];
  const scheme = /(?:https?:\/\/|zoommtg:\/\/|msteams:\/)/gi;
  const isUrlChar = (code: number) => code > 32 && code < 127 && code !== 34 && code !== 60 && code !== 62 && code !== 92 && code !== 96;
  for (let match = scheme.exec(text); match; match = scheme.exec(text)) {
    let end = match.index + match[0].length;
    while (end < text.length && isUrlChar(text.charCodeAt(end))) end++;
    scheme.lastIndex = end;
    if (end - match.index > MAX_URL_LENGTH) continue;
    const url = trimUrl(text.slice(match.index, end));
    if (parseUrl(url) !== null) found.push({ url, start: match.index, end: match.index + url.length });
  }
  return found;
}

const PIECES = ['https://', 'HTTP://', 'hTtPs://', 'zoommtg://', 'ZoomMTG://', 'msteams:/', 'MsTeams:/', 'h', 'http', 'HTTPS', 'zoommtg', 'msteams', 's', ':', ':/', '://', 'zoom.us', '/j/1', '?pwd=a', '(', ')', '[', ']', '{', '}', '.', ',', ':', '!', "'", '"', '*', '%3E', '%3c', '%22', '%0A', '%2', '<', '>', '\\', '`', ' ', '\u00e9', 'K', 'a'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((pieces) => pieces.join(''));

describe('extractUrls', () => {
  it('finds what a scheme search plus a character scan finds, in any case of the scheme', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(extractUrls(value).map(({ url, start, end }) => ({ url, start, end }))).toEqual(extractPlainly(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives each URL its parts', () => {
    const [found] = extractUrls('Join: HTTPS://Zoom.us/j/85512345678?pwd=x.');
    expect(found).toMatchObject({ url: 'HTTPS://Zoom.us/j/85512345678?pwd=x', start: 6, parts: { scheme: 'https', host: 'zoom.us', path: '/j/85512345678', query: 'pwd=x' } });
  });
});

describe('trimUrl', () => {
  it('drops punctuation, unbalanced closers and encoded stops at the end', () => {
    expect(trimUrl('https://a.example/x).')).toBe('https://a.example/x');
    expect(trimUrl('https://a.example/(x)')).toBe('https://a.example/(x)');
    expect(trimUrl('https://a.example/x%3E%22')).toBe('https://a.example/x');
    expect(trimUrl('https://a.example/x%3F')).toBe('https://a.example/x%3F');
  });
});
