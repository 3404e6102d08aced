import { calculatePKCECodeChallenge, generateRandomCodeVerifier } from 'oauth4webapi';

/** RFC 7636 §4.1: 43–128 characters from the unreserved set. */
export const PKCE_VERIFIER_PATTERN = /^[A-Za-z0-9\-._~]{43,128}$/;

export interface PkcePair {
  verifier: string;
  challenge: string;
  /** Always S256: several servers (SuperOffice, Zoom) assume plain when the method is left out. */
  method: 'S256';
}

/** A fresh verifier and its S256 challenge; fails closed if either is malformed. */
export async function createPkcePair(): Promise<PkcePair> {
  const verifier = generateRandomCodeVerifier();
  if (!PKCE_VERIFIER_PATTERN.test(verifier)) throw new Error('PKCE verifier generation produced an invalid verifier');
  const challenge = await calculatePKCECodeChallenge(verifier);
  return { verifier, challenge, method: 'S256' };
}
