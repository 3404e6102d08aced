import { parseUrl, type UrlParts } from './url-parts.js';

/** A URL found in text, trimmed of the punctuation around it; `start`/`end` index the text (end exclusive). */
export interface FoundUrl {
  url: string;
  start: number;
  end: number;
  /** The URL cut into parts (it is parsed once, here). */
  parts: UrlParts;
}

/** Longer "URLs" are runs of junk, not links anyone wrote; they are skipped whole. */
export const MAX_URL_LENGTH = 16_384;

/** The characters a URL runs over in text: printable ASCII except `"` `<` `>` `\\` and backquote. */
const URL_CHARS = /[!#-;=?-\[\]-_a-~]*/y;

/**
 * Finds http(s), `zoommtg://` and `msteams:/` URLs (schemes in any case) in plain text in one linear pass. Every
 * scheme has its ":" at a fixed place, so the pass looks for ":" (a native search), checks the few letters before
 * it and the slashes after it, and takes the run of URL characters from there (one sticky regex, also native).
 * Colons inside a URL are skipped with it. Then trailing punctuation, unbalanced closing brackets and encoded
 * angle brackets/quotes are trimmed; only what is found is parsed.
 */
export function extractUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  let from = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', Math.max(from, colon + 1))) {
    const start = colon - schemeLengthBefore(text, colon);
    if (start === colon || start < from) continue;
    URL_CHARS.lastIndex = colon;
    URL_CHARS.test(text);
    const end = URL_CHARS.lastIndex;
    from = end;
    if (end - start > MAX_URL_LENGTH) continue;
    const url = trimUrl(text.slice(start, end));
    const parts = parseUrl(url);
    if (parts === null) continue;
    found.push({ url, start, end: start + url.length, parts });
  }
  return found;
}

/**
 * The length of the scheme that ends at `text[colon]` (`http`, `https`, `zoommtg`, `msteams`, any case) when the
 * slashes it needs follow (`//`; `/` for msteams), else 0. The schemes cannot overlap: at most one fits.
 */
function schemeLengthBefore(text: string, colon: number): number {
  if (text.charCodeAt(colon + 1) !== SLASH) return 0;
  const twoSlashes = text.charCodeAt(colon + 2) === SLASH;
  if (twoSlashes && lettersBefore(text, colon, 'http')) return 4;
  if (twoSlashes && lettersBefore(text, colon, 'https')) return 5;
  if (twoSlashes && lettersBefore(text, colon, 'zoommtg')) return 7;
  if (lettersBefore(text, colon, 'msteams')) return 7;
  return 0;
}

const SLASH = 47;

/** Whether `word` (lower-case ASCII letters) is written, in any case, right before `end`. */
function lettersBefore(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

/** "." "," ";" ":" "!" "?" "'" '"' "*": sentence punctuation after a link. */
function isTrailingPunctuation(code: number): boolean {
  return code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 39 || code === 34 || code === 42;
}

/** The opening bracket of a closing one (")" "]" "}"), or 0. */
function openerOf(code: number): number {
  return code === 41 ? 40 : code === 93 ? 91 : code === 125 ? 123 : 0;
}

/** `%3e %3c %22 %20 %09 %0a %0d` (any case) end at `end`: encoded angle brackets, quotes and blanks. */
function endsWithEncodedStop(raw: string, end: number): boolean {
  if (end < 3 || raw.charCodeAt(end - 3) !== 37 /* % */) return false;
  const high = raw.charCodeAt(end - 2);
  const low = raw.charCodeAt(end - 1);
  if (high === 51 /* 3 */) return low === 101 || low === 69 /* e E */ || low === 99 || low === 67 /* c C */;
  if (high === 50 /* 2 */) return low === 50 /* 2 */ || low === 48 /* 0 */;
  if (high === 48 /* 0 */) return low === 57 /* 9 */ || low === 97 || low === 65 /* a A */ || low === 100 || low === 68 /* d D */;
  return false;
}

/** Drops what sentences and markup put after a URL, in linear time (bracket counts are kept, not recounted). */
export function trimUrl(raw: string): string {
  let counts: Map<number, number> | undefined;
  let end = raw.length;
  while (end > 0) {
    const last = raw.charCodeAt(end - 1);
    if (isTrailingPunctuation(last)) {
      end--;
      continue;
    }
    const opener = openerOf(last);
    if (opener !== 0) {
      counts ??= bracketCounts(raw);
      const closers = counts.get(last) ?? 0;
      if (closers > (counts.get(opener) ?? 0)) {
        counts.set(last, closers - 1);
        end--;
        continue;
      }
    }
    if (endsWithEncodedStop(raw, end)) {
      end -= 3;
      continue;
    }
    break;
  }
  return end === raw.length ? raw : raw.slice(0, end);
}

/** How often each bracket occurs in `raw`, by character code. */
function bracketCounts(raw: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 40 || code === 41 || code === 91 || code === 93 || code === 123 || code === 125) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}
