import { hasSecretRun, replaceSecretRuns } from './secret-runs.js';

/** In a URL's host and path, random strings this long are taken for secrets (e.g. a room name or a signed path). */
export const URL_SECRET_MIN_LENGTH = 20;
/** Stands for what was dropped from a URL. */
export const URL_ELLIPSIS = '…';

/** A piece of text: a URL (already redacted) or the plain text between URLs. */
export type TextPiece = { kind: 'text'; text: string } | { kind: 'url'; text: string };

/**
 * Splits `text` at every `scheme://…` URL, each redacted: scheme, host and path stay; user info goes,
 * query and fragment become `?…`, and host labels or path segments that look like secrets become `…`.
 * One pass over the text.
 */
export function splitRedactedUrls(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let done = 0;
  let search = 0;
  for (;;) {
    const separator = text.indexOf('://', search);
    if (separator < 0) break;
    let start = separator;
    while (start > done && isSchemeChar(text.charCodeAt(start - 1))) start--;
    search = separator + 3;
    if (start === separator) continue;
    let end = separator + 3;
    while (end < text.length && !isUrlEnd(text.charCodeAt(end))) end++;
    while (end > separator + 3 && TRAILING_PUNCTUATION.includes(text[end - 1]!)) end--;
    if (end === separator + 3) continue;
    if (start > done) pieces.push({ kind: 'text', text: text.slice(done, start) });
    pieces.push({ kind: 'url', text: redactUrl(text.slice(start, separator), text.slice(separator + 3, end)) });
    done = end;
    search = end;
  }
  if (done < text.length) pieces.push({ kind: 'text', text: text.slice(done) });
  return pieces;
}

const TRAILING_PUNCTUATION = '.,;:!?)]}';

/** Letters, digits, + . - (RFC 3986), and _ so that a secret run right before "://" is never split. */
function isSchemeChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2b || code === 0x2e || code === 0x2d || code === 0x5f;
}

/** Whitespace, control characters, quotes, angle brackets and backticks end a URL in text. */
function isUrlEnd(code: number): boolean {
  return code <= 0x20 || code === 0x7f || code === 0x22 || code === 0x27 || code === 0x3c || code === 0x3e || code === 0x60 || code === 0x85 || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

function redactUrl(scheme: string, rest: string): string {
  const cut = firstIndexOf(rest, '?#');
  const beforeQuery = cut < 0 ? rest : rest.slice(0, cut);
  const slash = beforeQuery.indexOf('/');
  const authority = slash < 0 ? beforeQuery : beforeQuery.slice(0, slash);
  const path = slash < 0 ? '' : beforeQuery.slice(slash);
  const at = authority.lastIndexOf('@');
  const host = at < 0 ? authority : authority.slice(at + 1);
  const safeScheme = replaceSecretRuns(scheme, URL_SECRET_MIN_LENGTH, URL_ELLIPSIS);
  const safeHost = replaceSecretRuns(host, URL_SECRET_MIN_LENGTH, URL_ELLIPSIS);
  const safePath = path
    .split('/')
    .map((segment) => (hasSecretRun(segment, URL_SECRET_MIN_LENGTH) ? URL_ELLIPSIS : segment))
    .join('/');
  return `${safeScheme}://${at < 0 ? '' : `${URL_ELLIPSIS}@`}${safeHost}${safePath}${cut < 0 ? '' : `?${URL_ELLIPSIS}`}`;
}

function firstIndexOf(text: string, characters: string): number {
  for (let i = 0; i < text.length; i++) if (characters.includes(text[i]!)) return i;
  return -1;
}
