import { createHash } from 'node:crypto';
import { missingParameter, stsError, type StsError } from './sts-error.js';

export type ChallengeMethod = 'plain' | 'S256';

export interface CodeChallenge {
  value: string;
  method: ChallengeMethod;
}

const UNRESERVED = /^[A-Za-z0-9\-._~]+$/;

/**
 * Validates the authorization request's PKCE parameters. PKCE is optional for a public "Mobile and desktop"
 * client; `code_challenge_method` defaults to `plain` when left out (RFC 7636 §4.3, as Entra documents).
 * An S256 challenge is exactly 43 base64url characters, so a padded (44) one fails the size check.
 */
export function readChallenge(challenge: string | null, method: string | null): CodeChallenge | StsError | undefined {
  if (challenge === null || challenge === '') {
    return method === null ? undefined : missingParameter('code_challenge');
  }
  if (method !== null && method !== 'plain' && method !== 'S256') {
    return stsError('invalid_request', 90100, 'code_challenge_method parameter is empty or not valid.');
  }
  const resolved: ChallengeMethod = method ?? 'plain';
  const sizeOk = resolved === 'S256' ? challenge.length === 43 : challenge.length >= 43 && challenge.length <= 128;
  if (!sizeOk) return stsError('invalid_request', 501491, 'Invalid size of Code_Challenge parameter.');
  if (!UNRESERVED.test(challenge)) return stsError('invalid_request', 90100, 'code_challenge parameter is empty or not valid.');
  return { value: challenge, method: resolved };
}

/** BASE64URL(SHA256(ASCII(verifier))) without padding (RFC 7636 §4.2). */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** Whether the token request's verifier proves the challenge; undefined when it passes. */
export function checkVerifier(challenge: CodeChallenge, verifier: string | null): StsError | undefined {
  if (verifier === null || verifier === '') {
    return stsError('invalid_grant', 50148, 'The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.');
  }
  const derived = challenge.method === 'S256' ? s256(verifier) : verifier;
  if (derived !== challenge.value) {
    return stsError('invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
  }
  return undefined;
}
