import { redactSecretPairs } from './redact-pairs.js';
import { splitRedactedUrls } from './redact-urls.js';
import { replaceSecretRuns } from './secret-runs.js';

/** Stands for a secret removed from text. */
export const REDACTED = '[redacted]';
/** Outside URLs, runs of base64url or hex this long are taken for tokens. */
export const TOKEN_MIN_LENGTH = 24;

/**
 * Makes text safe for a helpdesk report, in linear time: URLs keep scheme, host and path (query and
 * fragment become `?…`, secret-looking path segments `…`); secret-named `key=value` / JSON pairs and
 * Bearer/Basic credentials lose their value; JWTs and other token-like runs become `[redacted]`.
 * E-mail addresses, times, ids and prose stay.
 */
export function redactText(text: string): string {
  return splitRedactedUrls(text)
    .map((piece) => (piece.kind === 'url' ? piece.text : replaceSecretRuns(redactSecretPairs(piece.text, REDACTED), TOKEN_MIN_LENGTH, REDACTED)))
    .join('');
}

/** A copy of `value` with every string (at any depth) passed through redactText; object keys are kept. */
export function redactDeep<T>(value: T): T {
  return redactValue(value) as T;
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item)]));
  }
  return value;
}
