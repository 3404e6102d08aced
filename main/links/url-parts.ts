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
  if (url.startsWith('//', index)) {
    index += 2;
    const authorityEnd = firstOf(url, index, '/?#');
    const authority = url.slice(index, authorityEnd);
    host = hostOf(authority);
    if (host === '' || host.length > MAX_HOST_LENGTH) return null;
    index = authorityEnd;
  } else if (scheme === 'http' || scheme === 'https') {
    return null;
  }
  const queryStart = firstOf(url, index, '?#');
  const path = url.slice(index, queryStart);
  let query = '';
  let fragment = '';
  if (url[queryStart] === '?') {
    const hash = url.indexOf('#', queryStart);
    query = url.slice(queryStart + 1, hash < 0 ? url.length : hash);
    fragment = hash < 0 ? '' : url.slice(hash + 1);
  } else if (url[queryStart] === '#') {
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
  const scheme = url.slice(0, colon).toLowerCase();
  if (!url.startsWith('//', colon + 1)) return scheme + url.slice(colon);
  const authorityStart = colon + 3;
  const authorityEnd = firstOf(url, authorityStart, '/?#');
  const authority = url.slice(authorityStart, authorityEnd);
  const at = authority.lastIndexOf('@');
  const lowered = at < 0 ? authority.toLowerCase() : authority.slice(0, at + 1) + authority.slice(at + 1).toLowerCase();
  return `${scheme}://${lowered}${url.slice(authorityEnd)}`;
}

/** Percent-decodes valid `%XX` runs as UTF-8 and leaves anything malformed as it is (never throws). */
export function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    return utf8.decode(bytes);
  });
}

const utf8 = new TextDecoder('utf-8');

function hostOf(authority: string): string {
  const at = authority.lastIndexOf('@');
  const hostPort = authority.slice(at + 1);
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    return close < 0 ? '' : hostPort.slice(0, close + 1).toLowerCase();
  }
  const colon = hostPort.indexOf(':');
  const host = (colon < 0 ? hostPort : hostPort.slice(0, colon)).toLowerCase();
  return /^[a-z0-9.-]+$/.test(host) && !host.startsWith('.') && !host.includes('..') ? host.replace(/\.$/, '') : '';
}

function firstOf(text: string, from: number, stops: string): number {
  for (let i = from; i < text.length; i++) if (stops.includes(text[i]!)) return i;
  return text.length;
}
