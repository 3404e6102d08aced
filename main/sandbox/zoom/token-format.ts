import { randomBytes, randomUUID } from 'node:crypto';

export interface TokenClaims {
  clientId: string;
  userId: string;
  accountId: string;
  issuedAt: number;
  expiresAt: number;
  /** 0 = access token, 1 = refresh token (our own marker). */
  type: 0 | 1;
}

function part(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * A JWT-shaped token like Zoom's (header.payload.signature, claims such as `uid`, `aid`, `iss: zm:cid:…`).
 * The signature is random bytes: clients must treat the token as opaque, and nothing can verify it.
 */
export function mintToken(claims: TokenClaims): string {
  const header = { alg: 'HS512', v: '2.0', kid: randomUUID() };
  const payload = {
    ver: 10,
    auid: randomBytes(16).toString('hex'),
    code: randomBytes(16).toString('base64url'),
    iss: `zm:cid:${claims.clientId}`,
    gno: 0,
    type: claims.type,
    tid: 0,
    aud: 'https://oauth.zoom.us',
    uid: claims.userId,
    nbf: claims.issuedAt,
    exp: claims.expiresAt,
    iat: claims.issuedAt,
    aid: claims.accountId,
  };
  return `${part(header)}.${part(payload)}.${randomBytes(64).toString('base64url')}`;
}

/** An authorization code: 32 URL-safe characters. */
export function mintCode(): string {
  return randomBytes(24).toString('base64url');
}
