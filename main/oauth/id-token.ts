import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import { AppError, appError } from '../core/app-error.js';
import { said } from '../i18n/local-text.js';

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
    const claim = error instanceof Error && 'claim' in error ? String((error as { claim: unknown }).claim) : '';
    // A token the server issued a moment ago that looks expired or not yet valid: this computer's clock is off.
    if (reason === 'ERR_JWT_EXPIRED' || (reason === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && (claim === 'nbf' || claim === 'iat'))) {
      throw clockSkew(idToken, expected.now?.() ?? Date.now());
    }
    throw appError('id_token_invalid', said('error.idTokenUnverified', { reason: reason === 'invalid' ? 'claims' : reason }));
  }
}

/** How far this computer's clock is from the issuer's (judged by the token's `iat`), in the user's words. */
function clockSkew(idToken: string, now: number): AppError {
  let issuedAt: number | undefined;
  try {
    const iat = decodeJwt(idToken).iat;
    issuedAt = typeof iat === 'number' ? iat * 1000 : undefined;
  } catch {
    issuedAt = undefined;
  }
  if (issuedAt === undefined) return appError('clock_skew');
  const minutes = Math.round(Math.abs(now - issuedAt) / 60_000);
  return appError('clock_skew', said(now > issuedAt ? 'error.clockAhead' : 'error.clockBehind', { count: minutes }));
}
