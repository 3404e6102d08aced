import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerSchemeAndHost, percentDecode } from '../../../main/links/url-parts.js';

/** The definition: each maximal run of valid %XX decoded on its own as UTF-8 (a decoder per run). */
function decodeRunByRun(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    return new TextDecoder('utf-8').decode(bytes);
  });
}

const PIECES = ['%', '%4', '%41', '%4g', '%C3', '%A9', '%c3%a9', '%EF%BB%BF', '%ef%bb%bf', '%E2%82', '%E2%82%AC', '%F0%9F%98%80', '%ED%A0%80', '%ff', '%00', '%25', 'a', 'Z', '/', 'é', '\ud800'];

describe('percentDecode', () => {
  it('decodes as run-by-run UTF-8 decoding does, malformed input included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(percentDecode(text)).toBe(decodeRunByRun(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(percentDecode(text)).toBe(decodeRunByRun(text));
      }),
      { numRuns: 500 },
    );
  });

  it('drops a byte order mark at the start of each run, as a decoder does, and keeps one inside a run', () => {
    expect(percentDecode('a%EF%BB%BFb')).toBe('ab');
    expect(percentDecode('%41%EF%BB%BF')).toBe('A\ufeff');
  });

  it('decodes long runs without running out of stack', () => {
    expect(percentDecode('%41'.repeat(100_000))).toBe('A'.repeat(100_000));
  });
});

describe('lowerSchemeAndHost', () => {
  it('lower-cases scheme and host only', () => {
    expect(lowerSchemeAndHost('HTTPS://User:PW@Zoom.US:443/J/1?PWD=X')).toBe('https://User:PW@zoom.us:443/J/1?PWD=X');
    expect(lowerSchemeAndHost('MSTEAMS:/l/Meetup-Join/X')).toBe('msteams:/l/Meetup-Join/X');
  });

  it('returns the very same string when there is nothing to lower-case', () => {
    const url = 'https://zoom.us/j/85512345678?pwd=AbC';
    expect(lowerSchemeAndHost(url)).toBe(url);
  });
});
