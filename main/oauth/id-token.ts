import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { appError } from '../core/app-error.js';

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

export interface IdTokenExpectations {
  jwksUri: string;
  issuer: string;
  audience: string;
  nonce: string;
  /** Allowed clock difference in seconds. */
  clockToleranceSeconds?: number;
  now?: () => number;
}

/**
 * Verifies an id_token's signature against the issuer's JWKS and checks issuer, audience, expiry and
 * nonce. Returns its claims; any failure is an `id_token_invalid` AppError.
 */
export async function verifyIdToken(idToken: string, expected: IdTokenExpectations): Promise<JWTPayload> {
  let keySet = keySets.get(expected.jwksUri);
  if (!keySet) {
    keySet = createRemoteJWKSet(new URL(expected.jwksUri), { timeoutDuration: 10_000, cooldownDuration: 30_000 });
    keySets.set(expected.jwksUri, keySet);
  }
  try {
    const { payload } = await jwtVerify(idToken, keySet, {
      issuer: expected.issuer,
      audience: expected.audience,
      algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'ES256'],
      clockTolerance: expected.clockToleranceSeconds ?? 120,
      requiredClaims: ['exp', 'iat', 'sub'],
      ...(expected.now ? { currentDate: new Date(expected.now()) } : {}),
    });
    if (payload.nonce !== expected.nonce) throw new Error('nonce mismatch');
    return payload;
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : 'invalid';
    throw appError('id_token_invalid', `The sign-in answer could not be verified (${reason === 'invalid' ? 'claims' : reason}), so it was rejected.`);
  }
}
