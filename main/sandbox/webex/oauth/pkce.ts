import { createHash } from 'node:crypto';

export type PkceMethod = 'S256' | 'plain';

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
const S256_CHALLENGE = /^[A-Za-z0-9\-_]{43}$/;

/** RFC 7636 §4.2: BASE64URL(SHA256(ASCII(verifier))), no padding. */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/**
 * Checks the authorize-time PKCE parameters; a missing method means `plain` (RFC 7636 §4.3).
 * Returns the method to record, or an error description.
 */
export function checkChallenge(challenge: string, method: string | undefined): { method: PkceMethod } | { error: string } {
  const effective = method ?? 'plain';
  if (effective !== 'S256' && effective !== 'plain') return { error: 'transform algorithm not supported' };
  const valid = effective === 'S256' ? S256_CHALLENGE.test(challenge) : VERIFIER.test(challenge);
  return valid ? { method: effective } : { error: 'code_challenge is malformed' };
}

/** RFC 7636 §4.6: whether the token request's verifier matches the recorded challenge. */
export function verifierMatches(verifier: string, challenge: string, method: PkceMethod): boolean {
  if (!VERIFIER.test(verifier)) return false;
  return method === 'S256' ? s256(verifier) === challenge : verifier === challenge;
}
