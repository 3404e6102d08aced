/** Field names whose values are never logged. */
const SECRET_KEY = /^(code|state|nonce|password|passcode|authorization|cookie|set-cookie)$|token|secret|verifier|assertion|credential/i;
const BEARER = /\b(Bearer|Basic)\s+[^\s"',]+/gi;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g;
const URL_QUERY = /(https?:\/\/[^\s"'?#]+)[?#][^\s"']*/gi;

/** Returns a copy of `value` with secrets replaced by "[redacted]"; safe to log. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[deep]';
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = SECRET_KEY.test(key) ? '[redacted]' : redact(item, depth + 1);
    }
    return out;
  }
  return value;
}

/** Removes bearer credentials, JWTs and URL query strings from free text. */
export function redactText(text: string): string {
  return text.replace(BEARER, '$1 [redacted]').replace(JWT, '[redacted-jwt]').replace(URL_QUERY, '$1?[redacted]');
}
