import { createHash } from 'node:crypto';

const CHALLENGE_FORMAT = /^[A-Za-z0-9\-._~]{43,128}$/;

/**
 * Google accepts `plain` PKCE and assumes it when `code_challenge_method` is left out; oidc-provider only
 * knows S256. Rewriting a plain challenge `c` into `S256(c)` gives exactly plain semantics at the token
 * endpoint: only `code_verifier = c` passes, so a client that computed S256 but forgot to say so fails as in
 * real life. Returns whether anything changed. Duplicated parameters are left for oidc-provider to reject.
 */
export function rewritePlainChallenge(params: URLSearchParams): boolean {
  const challenges = params.getAll('code_challenge');
  const methods = params.getAll('code_challenge_method');
  if (challenges.length !== 1 || methods.length > 1) return false;
  const [challenge] = challenges;
  const [method] = methods;
  if (challenge === undefined || challenge === '' || (method !== undefined && method !== 'plain')) return false;
  // A malformed plain challenge stays as is, so oidc-provider rejects its format with invalid_request.
  const rewritten = CHALLENGE_FORMAT.test(challenge) ? createHash('sha256').update(challenge).digest('base64url') : challenge;
  params.set('code_challenge', rewritten);
  params.set('code_challenge_method', 'S256');
  return true;
}
