import { parseUrl } from './url-parts.js';

/** A URL found in text, trimmed of the punctuation around it; `start`/`end` index the text (end exclusive). */
export interface FoundUrl {
  url: string;
  start: number;
  end: number;
}

/** Longer "URLs" are runs of junk, not links anyone wrote; they are skipped whole. */
export const MAX_URL_LENGTH = 16_384;

/** The schemes we pick up: web links plus the Zoom and Teams app links. */
const SCHEME_START = /(?:https?:\/\/|zoommtg:\/\/|msteams:\/)/gi;

/**
 * Finds http(s), `zoommtg://` and `msteams:/` URLs in plain text in one linear pass: a fixed-string search for the
 * scheme, then a hand-written scan over URL characters, then trimming of trailing punctuation, unbalanced closing
 * brackets and encoded angle brackets/quotes.
 */
export function extractUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  const scheme = new RegExp(SCHEME_START.source, 'gi');
  for (let match = scheme.exec(text); match; match = scheme.exec(text)) {
    const start = match.index;
    let end = start + match[0].length;
    while (end < text.length && isUrlChar(text.charCodeAt(end))) end++;
    scheme.lastIndex = end;
    if (end - start > MAX_URL_LENGTH) continue;
    const url = trimUrl(text.slice(start, end));
    if (parseUrl(url) === null) continue;
    found.push({ url, start, end: start + url.length });
  }
  return found;
}

/** Printable ASCII except the characters that cannot be part of a URL in running text. */
function isUrlChar(code: number): boolean {
  return code > 32 && code < 127 && code !== 34 /* " */ && code !== 60 /* < */ && code !== 62 /* > */ && code !== 92 /* \ */ && code !== 96 /* ` */;
}

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '*']);
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const TRAILING_ENCODED = new Set(['%3e', '%3c', '%22', '%20', '%09', '%0a', '%0d']);

/** Drops what sentences and markup put after a URL, in linear time (bracket counts are kept, not recounted). */
export function trimUrl(raw: string): string {
  const counts = new Map<string, number>();
  for (const char of raw) if (char in CLOSERS || char === '(' || char === '[' || char === '{') counts.set(char, (counts.get(char) ?? 0) + 1);
  let end = raw.length;
  for (;;) {
    const last = raw[end - 1];
    if (last === undefined) break;
    if (TRAILING_PUNCTUATION.has(last)) {
      end--;
      continue;
    }
    const opener = CLOSERS[last];
    if (opener !== undefined && (counts.get(last) ?? 0) > (counts.get(opener) ?? 0)) {
      counts.set(last, (counts.get(last) ?? 0) - 1);
      end--;
      continue;
    }
    if (end >= 3 && raw[end - 3] === '%' && TRAILING_ENCODED.has(raw.slice(end - 3, end).toLowerCase())) {
      end -= 3;
      continue;
    }
    break;
  }
  return raw.slice(0, end);
}
