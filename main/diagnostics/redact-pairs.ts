/** Replaces the value of secret-named `key=value` and `"key": "value"` pairs, and of `Bearer`/`Basic` credentials, with `replacement`. */
export function redactSecretPairs(text: string, replacement: string): string {
  return redactAssignments(text, replacement).replace(CREDENTIAL, (_match, scheme: string) => `${scheme} ${replacement}`);
}

/** Key names whose values are secrets (matched anywhere in the key, case-insensitively). */
const SECRET_KEY = /token|secret|code|verifier|pwd|passw|passcode|nonce|state|signature|assertion|credential|apikey|api_key|session/i;
/** Short keys that are secrets only as a whole (Zoom's `tk` and `zak`, signatures' `sig`). */
const SECRET_SHORT_KEYS = new Set(['tk', 'zak', 'sig', 'key', 'pw', 'pass']);
/** An Authorization header's scheme and its credential (8 or more credential characters, so prose such as "Basic plan" stays). */
const CREDENTIAL = /\b(Bearer|Basic)[ \t]+(?=[^\s"',;]{8})[^\s"',;]+/g;

/**
 * Walks every `=` and `:` once: looks back over the key (never past the previous separator), and only for
 * a secret key forward over the value, which is then skipped, so the whole pass is linear. `:` counts only
 * between quotes (JSON), so prose such as "error code: 124" stays readable.
 */
function redactAssignments(text: string, replacement: string): string {
  let out = '';
  let copied = 0;
  let floor = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== '=' && char !== ':') continue;
    const json = char === ':';
    const key = json ? jsonKeyBefore(text, i, floor) : queryKeyBefore(text, i, floor);
    floor = i + 1;
    if (!key || !isSecretKey(text.slice(key.start, key.end))) continue;
    const value = json ? jsonValueAfter(text, i) : queryValueAfter(text, i);
    if (!value) continue;
    out += text.slice(copied, value.start) + replacement;
    copied = value.end;
    i = Math.max(i, value.end - 1);
    floor = Math.max(floor, value.end);
  }
  return out + text.slice(copied);
}

interface Span {
  start: number;
  end: number;
}

/** The key of `key=value` as in a query string or a form body. */
function queryKeyBefore(text: string, at: number, floor: number): Span | undefined {
  let start = at;
  while (start > floor && isKeyChar(text.charCodeAt(start - 1))) start--;
  return start === at ? undefined : { start, end: at };
}

/** The value of `key=value`: it ends at whitespace, quotes, & , ; < >. */
function queryValueAfter(text: string, at: number): Span | undefined {
  let end = at + 1;
  while (end < text.length && !isValueEnd(text.charCodeAt(end))) end++;
  return end === at + 1 ? undefined : { start: at + 1, end };
}

/** The key of `"key": …` as in JSON. */
function jsonKeyBefore(text: string, at: number, floor: number): Span | undefined {
  let end = at;
  while (end > floor && isBlank(text.charCodeAt(end - 1))) end--;
  if (end <= floor || text[end - 1] !== '"') return undefined;
  end--;
  let start = end;
  while (start > floor && isKeyChar(text.charCodeAt(start - 1))) start--;
  return start === end || text[start - 1] !== '"' ? undefined : { start, end };
}

/** The value of `"key": "value"`: the quoted string (escapes included); other JSON values are not secrets' shape. */
function jsonValueAfter(text: string, at: number): Span | undefined {
  let start = at + 1;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  if (text[start] !== '"') return undefined;
  start++;
  let end = start;
  while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
  return { start, end: Math.min(end, text.length) };
}

/** Names that contain a secret word but hold a status, e.g. `errorCode` or `code_challenge_method`. */
const PUBLIC_KEYS = new Set(['errorcode', 'error_code', 'statuscode', 'status_code', 'reasoncode', 'reason_code', 'code_challenge_method', 'passcoderequirement']);

function isSecretKey(key: string): boolean {
  const lower = key.toLowerCase();
  if (PUBLIC_KEYS.has(lower)) return false;
  return SECRET_SHORT_KEYS.has(lower) || SECRET_KEY.test(key);
}

function isKeyChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2d || code === 0x5f || code === 0x2e || code === 0x5b || code === 0x5d;
}

function isValueEnd(code: number): boolean {
  return code <= 0x20 || code === 0x22 || code === 0x27 || code === 0x26 || code === 0x2c || code === 0x3b || code === 0x3c || code === 0x3e || code === 0x60 || code === 0x7f;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}
