/** The pieces of an absolute URL, cut by hand (no normalisation, so the text stays as written). */
export interface UrlParts {
  /** Lower-cased, without ":". */
  scheme: string;
  /** Lower-cased host name without port or user info; "" for `msteams:/l/…`-style URLs. */
  host: string;
  /** From the first "/" after the authority up to "?" or "#"; may be "". */
  path: string;
  /** Without the leading "?"; "" when absent. */
  query: string;
  /** Without the leading "#"; "" when absent. */
  fragment: string;
}

/** Host names longer than DNS allows are not URLs anyone wrote. */
export const MAX_HOST_LENGTH = 253;

/** Splits `scheme://authority/path?query#fragment` (or `scheme:/path`); null when there is no usable host. */
export function parseUrl(url: string): UrlParts | null {
  const colon = url.indexOf(':');
  if (colon <= 0) return null;
  const scheme = url.slice(0, colon).toLowerCase();
  let index = colon + 1;
  let host = '';
  if (url.charCodeAt(index) === SLASH && url.charCodeAt(index + 1) === SLASH) {
    index += 2;
    const authorityEnd = authorityEndOf(url, index);
    host = hostOf(url.slice(index, authorityEnd));
    if (host === '' || host.length > MAX_HOST_LENGTH) return null;
    index = authorityEnd;
  } else if (scheme === 'http' || scheme === 'https') {
    return null;
  }
  const queryStart = pathEndOf(url, index);
  const path = url.slice(index, queryStart);
  let query = '';
  let fragment = '';
  const stop = url.charCodeAt(queryStart);
  if (stop === QUESTION) {
    const hash = url.indexOf('#', queryStart);
    query = url.slice(queryStart + 1, hash < 0 ? url.length : hash);
    fragment = hash < 0 ? '' : url.slice(hash + 1);
  } else if (stop === HASH) {
    fragment = url.slice(queryStart + 1);
  }
  return { scheme, host, path, query, fragment };
}

/** The raw (still percent-encoded) value of the first query parameter called `name`, or null. */
export function queryParam(query: string, name: string): string | null {
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    let equals = start;
    while (equals < end && query[equals] !== '=') equals++;
    if (equals < end && query.slice(start, equals).toLowerCase() === name) return query.slice(equals + 1, end);
    start = end + 1;
  }
  return null;
}

/** The URL with its scheme and host lower-cased and everything else untouched. */
export function lowerSchemeAndHost(url: string): string {
  const colon = url.indexOf(':');
  if (colon <= 0) return url;
  if (!hasUpperCaseOrNonAscii(url, 0, url.startsWith('//', colon + 1) ? authorityEndOf(url, colon + 3) : colon)) return url;
  const scheme = url.slice(0, colon).toLowerCase();
  if (!url.startsWith('//', colon + 1)) return scheme + url.slice(colon);
  const authorityStart = colon + 3;
  const authorityEnd = authorityEndOf(url, authorityStart);
  const authority = url.slice(authorityStart, authorityEnd);
  const at = authority.lastIndexOf('@');
  const lowered = at < 0 ? authority.toLowerCase() : authority.slice(0, at + 1) + authority.slice(at + 1).toLowerCase();
  return `${scheme}://${lowered}${url.slice(authorityEnd)}`;
}

/** Percent-decodes valid `%XX` runs as UTF-8 and leaves anything malformed as it is (never throws). */
export function percentDecode(text: string): string {
  let percent = text.indexOf('%');
  if (percent < 0) return text;
  const whole = decodeWhole(text);
  if (whole !== null) return whole;
  let out = '';
  let copied = 0;
  while (percent >= 0) {
    let end = percent;
    while (end + 2 < text.length && text.charCodeAt(end) === 37 /* % */ && hexValue(text.charCodeAt(end + 1)) >= 0 && hexValue(text.charCodeAt(end + 2)) >= 0) end += 3;
    if (end === percent) {
      percent = text.indexOf('%', percent + 1);
      continue;
    }
    out += text.slice(copied, percent) + decodeRun(text, percent, end);
    copied = end;
    percent = text.indexOf('%', end);
  }
  return out + text.slice(copied);
}

/**
 * The common case in one native call: every "%" starts a valid `%XX` and the bytes are valid UTF-8, so
 * decodeURIComponent gives what decoding run by run gives (except that a decoder drops a byte order mark at
 * the start of each run: text with one encoded is left to the run-by-run path). Null when it does not apply.
 */
function decodeWhole(text: string): string | null {
  if (LONE_PERCENT.test(text) || ENCODED_BOM.test(text)) return null;
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

const LONE_PERCENT = /%(?![0-9A-Fa-f]{2})/;
const ENCODED_BOM = /%EF%BB%BF/i;

/** Short ASCII runs are turned into text directly (a spread of at most this many arguments). */
const MAX_SPREAD_BYTES = 1024;

/** One run of `%XX` as UTF-8 (each run on its own, as a decoder would see it); plain ASCII without the decoder. */
function decodeRun(text: string, start: number, end: number): string {
  const bytes = new Uint8Array((end - start) / 3);
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    const at = start + i * 3;
    const byte = hexValue(text.charCodeAt(at + 1)) * 16 + hexValue(text.charCodeAt(at + 2));
    bytes[i] = byte;
    if (byte > 127) ascii = false;
  }
  return ascii && bytes.length <= MAX_SPREAD_BYTES ? String.fromCharCode(...bytes) : utf8.decode(bytes);
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

const utf8 = new TextDecoder('utf-8');

const SLASH = 47;

/** Whether `text[from, to)` has a character that lower-casing could change (A–Z, or anything beyond ASCII). */
function hasUpperCaseOrNonAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code > 127) return true;
  }
  return false;
}
const QUESTION = 63;
const HASH = 35;

function hostOf(authority: string): string {
  const at = authority.lastIndexOf('@');
  const hostPort = authority.slice(at + 1);
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    return close < 0 ? '' : hostPort.slice(0, close + 1).toLowerCase();
  }
  const colon = hostPort.indexOf(':');
  const host = (colon < 0 ? hostPort : hostPort.slice(0, colon)).toLowerCase();
  return isHostName(host) ? (host.endsWith('.') ? host.slice(0, -1) : host) : '';
}

/** Letters, digits, "." and "-" only (already lower-cased), not starting with "." and without "..". */
function isHostName(host: string): boolean {
  if (host === '' || host.charCodeAt(0) === 46) return false;
  let previousDot = false;
  for (let i = 0; i < host.length; i++) {
    const code = host.charCodeAt(i);
    const dot = code === 46;
    if (dot && previousDot) return false;
    if (!dot && code !== 45 && !(code >= 97 && code <= 122) && !(code >= 48 && code <= 57)) return false;
    previousDot = dot;
  }
  return true;
}

/** The first "/", "?" or "#" from `from` (where the authority ends), or the end. */
function authorityEndOf(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === SLASH || code === QUESTION || code === HASH) return i;
  }
  return text.length;
}

/** The first "?" or "#" from `from` (where the path ends), or the end. */
function pathEndOf(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUESTION || code === HASH) return i;
  }
  return text.length;
}
