import { createHash } from 'node:crypto';

export type ChallengeMethod = 'S256' | 'plain';

/** RFC 7636 §4.1: 43–128 characters of [A-Z a-z 0-9 - . _ ~]. */
const VERIFIER_FORMAT = /^[A-Za-z0-9\-._~]{43,128}$/;
/** An S256 challenge is base64url(SHA-256) without padding: exactly 43 characters. */
const S256_FORMAT = /^[A-Za-z0-9\-_]{43}$/;

/**
 * Parses the authorize parameters: a missing method means `plain` (RFC 7636 §4.3, and Zoom's documented
 * default). Returns an error text for unknown methods and malformed challenges (padding, `+`, `/`).
 */
export function parseChallenge(challenge: string, method: string | undefined): { method: ChallengeMethod } | { error: string } {
  const effective = method ?? 'plain';
  if (effective !== 'S256' && effective !== 'plain') return { error: 'Unsupported code_challenge_method.' };
  const format = effective === 'S256' ? S256_FORMAT : VERIFIER_FORMAT;
  if (!format.test(challenge)) return { error: 'Invalid code_challenge.' };
  return { method: effective };
}

/** Whether `verifier` proves possession for this challenge. */
export function verifierMatches(verifier: string, challenge: string, method: ChallengeMethod): boolean {
  if (!VERIFIER_FORMAT.test(verifier)) return false;
  const computed = method === 'S256' ? createHash('sha256').update(verifier, 'ascii').digest('base64url') : verifier;
  return computed === challenge;
}
