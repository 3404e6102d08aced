/**
 * Token-like strings in text, found in one pass (no regular expression that can backtrack): runs of
 * base64url characters (which covers hex), joined by single dots into groups, so a JWT (`eyJ….….…`) is
 * one group. A group with a part containing `eyJ` (base64url of `{"`) is a JWT or JWE and is a secret
 * whole; otherwise each part of at least `minLength` characters that is not plain kebab/snake-case words is.
 */
export function replaceSecretRuns(text: string, minLength: number, replacement: string): string {
  let out = '';
  scan(
    text,
    (plain) => (out += plain),
    (parts) => (out += isJwt(parts) ? replacement : parts.map((part) => (isSecretPart(part, minLength) ? replacement : part)).join('.')),
  );
  return out;
}

/** Whether `text` holds a token-like string (one replaceSecretRuns would replace). */
export function hasSecretRun(text: string, minLength: number): boolean {
  let found = false;
  scan(
    text,
    () => undefined,
    (parts) => (found ||= isJwt(parts) || parts.some((part) => isSecretPart(part, minLength))),
  );
  return found;
}

/** Splits `text` into plain stretches and dot-joined groups of base64url runs, in order. */
function scan(text: string, onPlain: (plain: string) => void, onGroup: (parts: string[]) => void): void {
  let i = 0;
  while (i < text.length) {
    const start = i;
    if (!isRunChar(text.charCodeAt(i))) {
      while (i < text.length && !isRunChar(text.charCodeAt(i))) i++;
      onPlain(text.slice(start, i));
      continue;
    }
    const parts: string[] = [];
    for (;;) {
      const partStart = i;
      while (i < text.length && isRunChar(text.charCodeAt(i))) i++;
      parts.push(text.slice(partStart, i));
      if (text.charCodeAt(i) === DOT && isRunChar(text.charCodeAt(i + 1))) i++;
      else break;
    }
    onGroup(parts);
  }
}

const DOT = 0x2e;

/** base64url: A–Z, a–z, 0–9, '-' and '_'. */
function isRunChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2d || code === 0x5f;
}

function isJwt(parts: string[]): boolean {
  return parts.length >= 2 && parts.some((part) => part.includes('eyJ'));
}

function isSecretPart(part: string, minLength: number): boolean {
  return part.length >= minLength && !PLAIN_WORDS.test(part);
}

/** Identifiers people write, e.g. `superoffice-video-settings` or `Meeting_left_behind`: words of 2–15 letters joined by - or _. */
const PLAIN_WORDS = /^[A-Za-z][a-z]{1,14}(?:[-_][A-Za-z][a-z]{1,14})+$/;
