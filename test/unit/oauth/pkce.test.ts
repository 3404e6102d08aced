import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPkcePair, PKCE_VERIFIER_PATTERN } from '../../../main/oauth/pkce.js';

describe('PKCE', () => {
  it('makes verifiers of 43–128 unreserved characters, different every time', async () => {
    const verifiers = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const { verifier } = await createPkcePair();
      expect(verifier.length).toBeGreaterThanOrEqual(43);
      expect(verifier.length).toBeLessThanOrEqual(128);
      expect(verifier).toMatch(/^[A-Za-z0-9\-._~]+$/);
      verifiers.add(verifier);
    }
    expect(verifiers.size).toBe(200);
  });

  it('derives the S256 challenge as BASE64URL(SHA256(verifier)) and always names the method', async () => {
    const pair = await createPkcePair();
    expect(pair.method).toBe('S256');
    expect(pair.challenge).toBe(createHash('sha256').update(pair.verifier).digest('base64url'));
  });

  it('has a verifier pattern that rejects short, long and out-of-set verifiers', () => {
    expect(PKCE_VERIFIER_PATTERN.test('a'.repeat(42))).toBe(false);
    expect(PKCE_VERIFIER_PATTERN.test('a'.repeat(129))).toBe(false);
    expect(PKCE_VERIFIER_PATTERN.test(`${'a'.repeat(42)}+`)).toBe(false);
    expect(PKCE_VERIFIER_PATTERN.test('a'.repeat(43))).toBe(true);
  });
});
