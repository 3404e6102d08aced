import { parseUrl, percentDecode, queryParam, type UrlParts } from './url-parts.js';

/** The link-rewriting services we can open without a network call. */
export type WrapperName = 'Outlook SafeLinks' | 'Google redirect' | 'Proofpoint URL Defense' | 'Barracuda Link Protection';

export interface UnwrappedUrl {
  /** The innermost URL we could reach (the input itself when it is not a wrapper). */
  url: string;
  /** The wrappers removed, outermost first. */
  wrappers: WrapperName[];
  /** Every layer, outermost (the input) first, ending with `url`. */
  layers: string[];
}

/** Wrappers nest (SafeLinks inside a Google redirect inside Proofpoint); deeper nesting is left as it is. */
export const MAX_UNWRAP_DEPTH = 5;

/** Removes link wrappers repeatedly (at most MAX_UNWRAP_DEPTH layers), decoding percent-encoding once per layer. */
export function unwrapUrl(url: string): UnwrappedUrl {
  const layers = [url];
  const { url: inner, wrappers } = unwrapLayers(url, parseUrl(url), (layer) => void layers.push(layer));
  return { url: inner, wrappers, layers };
}

/** unwrapUrl for a URL already cut into parts, with the parts of the innermost URL (each layer is parsed once). */
export function unwrapParsedUrl(url: string, parts: UrlParts): { url: string; parts: UrlParts; wrappers: WrapperName[] } {
  return unwrapLayers(url, parts);
}

function unwrapLayers<P extends UrlParts | null>(url: string, parts: P, onLayer?: (layer: string) => void): { url: string; parts: P; wrappers: WrapperName[] } {
  const wrappers: WrapperName[] = [];
  let current = url;
  let currentParts: UrlParts | null = parts;
  for (let depth = 0; depth < MAX_UNWRAP_DEPTH && currentParts !== null; depth++) {
    const inner = openLayer(current, currentParts);
    if (!inner || inner.url === current) break;
    wrappers.push(inner.wrapper);
    onLayer?.(inner.url);
    current = inner.url;
    currentParts = inner.parts;
  }
  return { url: current, parts: currentParts as P, wrappers };
}

/** One layer: the wrapped URL and the wrapper's name, or null when `url` is not a wrapper we can open. */
export function unwrapOnce(url: string): { url: string; wrapper: WrapperName } | null {
  const parts = parseUrl(url);
  const inner = parts && openLayer(url, parts);
  return inner ? { url: inner.url, wrapper: inner.wrapper } : null;
}

function openLayer(url: string, parts: UrlParts): { url: string; parts: UrlParts; wrapper: WrapperName } | null {
  if (parts.scheme !== 'http' && parts.scheme !== 'https') return null;
  for (const wrapper of WRAPPERS) {
    if (!wrapper.matches(parts)) continue;
    const inner = wrapper.open(parts, url);
    const innerParts = inner === null ? null : wrappableTarget(inner);
    return inner !== null && innerParts !== null ? { url: inner, parts: innerParts, wrapper: wrapper.name } : null;
  }
  return null;
}

interface Wrapper {
  name: WrapperName;
  matches(parts: UrlParts): boolean;
  /** The inner URL, decoded; null when the wrapper is malformed. */
  open(parts: UrlParts, url: string): string | null;
}

const WRAPPERS: readonly Wrapper[] = [
  {
    name: 'Outlook SafeLinks',
    matches: ({ host, path }) =>
      ((host.endsWith('.safelinks.protection.outlook.com') || host.endsWith('.safelinks.protection.office365.us')) && (path === '' || path === '/')) ||
      (host === 'statics.teams.cdn.office.net' && path.endsWith('/atp-safelinks.html')),
    open: ({ query }) => decodedParam(query, 'url'),
  },
  {
    name: 'Google redirect',
    matches: ({ host, path }) => path === '/url' && isGoogleHost(host),
    open: ({ query }) => decodedParam(query, 'q') ?? decodedParam(query, 'url'),
  },
  {
    name: 'Proofpoint URL Defense',
    matches: ({ host, path }) =>
      (host === 'urldefense.proofpoint.com' && (path === '/v1/url' || path === '/v2/url')) ||
      ((host === 'urldefense.com' || host === 'urldefense.us') && path.startsWith('/v3/__')),
    open: (parts, url) => (parts.path.startsWith('/v3/__') ? proofpointV3(url) : proofpointV1V2(parts)),
  },
  {
    name: 'Barracuda Link Protection',
    matches: ({ host, path }) => host === 'linkprotect.cudasvc.com' && path === '/url',
    open: ({ query }) => decodedParam(query, 'a'),
  },
];

function decodedParam(query: string, name: string): string | null {
  const raw = queryParam(query, name);
  return raw === null || raw === '' ? null : percentDecode(raw);
}

/** google.com, www.google.com, google.no, www.google.co.uk … */
function isGoogleHost(host: string): boolean {
  const labels = host.split('.');
  const start = labels[0] === 'www' ? 1 : 0;
  const rest = labels.length - start;
  return labels[start] === 'google' && rest >= 2 && rest <= 3 && labels.slice(start + 1).every((label) => /^[a-z]{2,3}$/.test(label));
}

/** v1 percent-encodes the target in `u`; v2 first swaps "%"→"-" and "/"→"_". */
function proofpointV1V2(parts: UrlParts): string | null {
  const raw = queryParam(parts.query, 'u');
  if (raw === null || raw === '') return null;
  if (parts.path === '/v1/url') return percentDecode(raw);
  let translated = '';
  for (const char of raw) translated += char === '-' ? '%' : char === '_' ? '/' : char;
  return percentDecode(translated);
}

/**
 * v3: `https://urldefense.com/v3/__<url>__;<base64url>!!<customer>!<signature>$`. Characters Proofpoint would not
 * keep are replaced by "*" (one character from the decoded base64 bytes) or "**X" (a run of 2… characters, X
 * counting A-Z a-z 0-9 - _), in order.
 */
function proofpointV3(url: string): string | null {
  const start = url.indexOf('/v3/__') + '/v3/__'.length;
  // The last "__;" is the delimiter: what follows (base64url, "!!", "$") never contains ";", while a target may.
  const close = url.lastIndexOf('__;');
  if (close < start) return null;
  const bang = url.indexOf('!', close + 3);
  const encoded = url.slice(close + 3, bang < 0 ? url.length : bang);
  let target = url.slice(start, close);
  const singleSlash = /^([a-z][a-z0-9+.-]*:\/)([^/])/i.exec(target);
  if (singleSlash) target = `${singleSlash[1]}/${target.slice(singleSlash[1]!.length)}`;
  target = percentDecode(target);
  if (!target.includes('*')) return target;
  const replacements = base64UrlText(encoded);
  if (replacements === null) return null;
  let out = '';
  let used = 0;
  for (let i = 0; i < target.length; i++) {
    if (target[i] !== '*') {
      out += target[i];
      continue;
    }
    let take = 1;
    if (target[i + 1] === '*' && i + 2 < target.length) {
      const length = RUN_LENGTHS.indexOf(target[i + 2]!);
      if (length < 0) return null;
      take = length + 2;
      i += 2;
    }
    if (used + take > replacements.length) return null;
    out += replacements.slice(used, used + take).join('');
    used += take;
  }
  return out;
}

const RUN_LENGTHS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The base64url bytes as UTF-8 text, split into code points; null when they are not base64url. */
function base64UrlText(encoded: string): string[] | null {
  const plain = encoded.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(plain) || plain.length % 4 === 1) return null;
  const standard = plain.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return Array.from(new TextDecoder('utf-8').decode(bytes));
}

/** A wrapper's target must itself be a URL we can use: http(s) or an app link, with no spaces or controls (its parts, or null). */
function wrappableTarget(inner: string): UrlParts | null {
  if (!/^(?:https?:\/\/|zoommtg:\/\/|msteams:\/)/i.test(inner)) return null;
  for (let i = 0; i < inner.length; i++) if (inner.charCodeAt(i) <= 32 || inner.charCodeAt(i) === 127) return null;
  return parseUrl(inner);
}
