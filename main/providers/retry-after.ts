/**
 * How long a Retry-After header asks the client to wait, in ms: delta-seconds (Graph), an HTTP-date
 * (RFC 9110), or an ISO 8601 date-time (Zoom's daily limit). Undefined when absent or unreadable.
 */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d{1,10}$/.test(value)) return Number(value) * 1000;
  const httpDate = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value);
  const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(value);
  if (!httpDate && !isoDate) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^attempt)). */
export function backoffMs(attempt: number, random: () => number = Math.random, baseMs = 250, capMs = 4_000): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
