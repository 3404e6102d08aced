import { describe, expect, it } from 'vitest';
import { MAX_UNWRAP_DEPTH, unwrapOnce, unwrapUrl } from '../../../main/links/unwrap.js';
import { googleRedirect, proofpointV2, proofpointV3, safeLinks } from './wrappers.js';

const ZOOM = 'https://us02web.zoom.us/j/85512345678?pwd=aBc-De_F.1&uname=Kari%20N';

describe('unwrapUrl', () => {
  it('leaves a plain URL alone', () => {
    expect(unwrapUrl(ZOOM)).toEqual({ url: ZOOM, wrappers: [], layers: [ZOOM] });
  });

  it('opens Outlook SafeLinks, keeping the inner query (and its own percent-encoding) intact', () => {
    expect(unwrapUrl(safeLinks(ZOOM))).toMatchObject({ url: ZOOM, wrappers: ['Outlook SafeLinks'] });
  });

  it('opens SafeLinks on any region host, in upper case too, and the GCC host', () => {
    expect(unwrapUrl(safeLinks(ZOOM, 'nam12')).url).toBe(ZOOM);
    expect(unwrapUrl(safeLinks(ZOOM).replace('https://eur02.safelinks', 'HTTPS://EUR02.SAFELINKS')).url).toBe(ZOOM);
    expect(unwrapUrl(`https://gcc02.safelinks.protection.office365.us/?url=${encodeURIComponent(ZOOM)}&data=x`).url).toBe(ZOOM);
  });

  it('opens the Teams client SafeLinks page', () => {
    expect(unwrapUrl(`https://statics.teams.cdn.office.net/evergreen-assets/safelinks/1/atp-safelinks.html?url=${encodeURIComponent(ZOOM)}&locale=en-us`).url).toBe(ZOOM);
  });

  it('opens nested SafeLinks layer by layer', () => {
    const nested = safeLinks(safeLinks(safeLinks(ZOOM)));
    const result = unwrapUrl(nested);
    expect(result.url).toBe(ZOOM);
    expect(result.wrappers).toEqual(['Outlook SafeLinks', 'Outlook SafeLinks', 'Outlook SafeLinks']);
    expect(result.layers).toHaveLength(4);
    expect(result.layers[0]).toBe(nested);
  });

  it(`stops after ${MAX_UNWRAP_DEPTH} layers`, () => {
    let wrapped = ZOOM;
    for (let i = 0; i < MAX_UNWRAP_DEPTH + 1; i++) wrapped = safeLinks(wrapped);
    const result = unwrapUrl(wrapped);
    expect(result.wrappers).toHaveLength(MAX_UNWRAP_DEPTH);
    expect(result.url).toBe(safeLinks(ZOOM));
  });

  it('opens Google redirects (q= and url=, other Google domains)', () => {
    expect(unwrapUrl(googleRedirect(ZOOM))).toMatchObject({ url: ZOOM, wrappers: ['Google redirect'] });
    expect(unwrapUrl(`https://www.google.com/url?sa=t&url=${encodeURIComponent(ZOOM)}&usg=x`).url).toBe(ZOOM);
    expect(unwrapUrl(`https://google.no/url?q=${encodeURIComponent(ZOOM)}`).url).toBe(ZOOM);
    expect(unwrapUrl(`https://www.google.co.uk/url?q=${encodeURIComponent(ZOOM)}`).url).toBe(ZOOM);
  });

  it('does not treat other google.com paths or look-alike hosts as redirects', () => {
    expect(unwrapUrl(`https://www.google.com/search?q=${encodeURIComponent(ZOOM)}`).wrappers).toEqual([]);
    expect(unwrapUrl(`https://google.evil.example/url?q=${encodeURIComponent(ZOOM)}`).wrappers).toEqual([]);
    expect(unwrapUrl(`https://safelinks.protection.outlook.com.evil.example/?url=${encodeURIComponent(ZOOM)}`).wrappers).toEqual([]);
  });

  it('opens Proofpoint v2 (-XX and _ encoding), including literal "-" and "_" in the target', () => {
    const wrapped = proofpointV2(ZOOM);
    expect(wrapped).toContain('u=https-3A__us02web.zoom.us_j_85512345678-3Fpwd-3DaBc-2DDe-5FF.1-26uname-3DKari-2520N&d=');
    expect(unwrapUrl(wrapped)).toMatchObject({ url: ZOOM, wrappers: ['Proofpoint URL Defense'] });
  });

  it('opens Proofpoint v1', () => {
    expect(unwrapUrl(`https://urldefense.proofpoint.com/v1/url?u=${encodeURIComponent(ZOOM)}&k=oIvRg1%2BdGAgOoM1BIlLLqw%3D%3D%0A&r=x&m=y&s=z`).url).toBe(ZOOM);
  });

  it('opens Proofpoint v3, with single "*" and "**X" run substitutions', () => {
    const target = 'https://zoom.us/j/85512345678?pwd=abc&&&==x';
    expect(unwrapUrl(proofpointV3(target)).url).toBe(target);
    const withTokens = proofpointV3(target, '?&=');
    expect(withTokens).toContain('**D');
    expect(unwrapUrl(withTokens)).toMatchObject({ url: target, wrappers: ['Proofpoint URL Defense'] });
  });

  it('opens Proofpoint v3 whose "%" signs are hidden behind "*" (SafeLinks inside)', () => {
    const inner = 'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fzoom.us%2Fj%2F123456789&data=1';
    expect(unwrapOnce(`https://urldefense.com/v3/__${inner.replaceAll('%', '*')}__;JSUlJSUl!!Kx3bQ9!abc$`)?.url).toBe(inner);
    expect(unwrapUrl(`https://urldefense.com/v3/__${inner.replaceAll('%', '*')}__;JSUlJSUl!!Kx3bQ9!abc$`).url).toBe('https://zoom.us/j/123456789');
  });

  it('opens Proofpoint v3 with a known real-world shape and urldefense.us', () => {
    expect(unwrapUrl('https://urldefense.com/v3/__https://meet.google.com/xkq-ruvb-wne__;!!Kx3bQ9!Zm9vYmFy$').url).toBe('https://meet.google.com/xkq-ruvb-wne');
    expect(unwrapUrl('https://urldefense.us/v3/__https://zoom.us/j/123456789*pwd=x__;Pw!!A!B$').url).toBe('https://zoom.us/j/123456789?pwd=x');
  });

  it('restores the single slash Proofpoint v3 sometimes leaves after the scheme', () => {
    expect(unwrapUrl('https://urldefense.com/v3/__https:/zoom.us/j/123456789__;!!A!B$').url).toBe('https://zoom.us/j/123456789');
  });

  it('opens Barracuda Link Protection', () => {
    expect(unwrapUrl(`https://linkprotect.cudasvc.com/url?a=${encodeURIComponent(ZOOM)}&c=E,1,abc&typo=1`)).toMatchObject({ url: ZOOM, wrappers: ['Barracuda Link Protection'] });
  });

  it('unwraps mixed stacks: Proofpoint v3 around a Google redirect around SafeLinks', () => {
    const stacked = proofpointV3(googleRedirect(safeLinks(ZOOM)));
    expect(unwrapUrl(stacked).wrappers).toEqual(['Proofpoint URL Defense', 'Google redirect', 'Outlook SafeLinks']);
    expect(unwrapUrl(stacked).url).toBe(ZOOM);
  });

  it.each([
    ['SafeLinks without url=', 'https://eur02.safelinks.protection.outlook.com/?data=05%7C01'],
    ['SafeLinks with an empty url=', 'https://eur02.safelinks.protection.outlook.com/?url=&data=1'],
    ['SafeLinks pointing at a non-URL', 'https://eur02.safelinks.protection.outlook.com/?url=javascript%3Aalert(1)'],
    ['SafeLinks pointing at text with spaces', 'https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fa.example%2F%20x'],
    ['broken percent-encoding', 'https://www.google.com/url?q=https%3A%2F%2Fzoom.us%2Fj%2F1%ZZ%E0%A4'],
    ['Proofpoint v3 without the closing __;', 'https://urldefense.com/v3/__https://zoom.us/j/1'],
    ['Proofpoint v3 with too few substitution bytes', 'https://urldefense.com/v3/__https://zoom.us/j/1**Z__;Pw!!a$'],
    ['Proofpoint v3 with bad base64', 'https://urldefense.com/v3/__https://zoom.us/j/1*__;$$$!!a$'],
    ['Proofpoint v2 without u=', 'https://urldefense.proofpoint.com/v2/url?d=DwMFaQ'],
  ])('leaves a malformed wrapper as it is: %s', (_name, url) => {
    const result = unwrapUrl(url);
    if (result.wrappers.length === 0) expect(result.url).toBe(url);
    else expect(result.url).toMatch(/^https:\/\/\S+$/);
  });

  it('decodes the inner URL leniently and never throws', () => {
    expect(unwrapOnce('https://www.google.com/url?q=https%3A%2F%2Fzoom.us%2Fj%2F123456789%3Fpwd%3D%ZZ')?.url).toBe('https://zoom.us/j/123456789?pwd=%ZZ');
  });
});
