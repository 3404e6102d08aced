import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

/** The tenant's token-signing key (RS256), published at `discovery/v2.0/keys`. */
export class SigningKey {
  readonly kid: string;
  readonly #privateKey: PrivateKey;
  readonly #publicJwk: JWK;

  private constructor(kid: string, privateKey: PrivateKey, publicJwk: JWK) {
    this.kid = kid;
    this.#privateKey = privateKey;
    this.#publicJwk = publicJwk;
  }

  static async create(): Promise<SigningKey> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
    // Entra's key ids look like certificate thumbprints (x5t), 27 base64url characters.
    const kid = randomBytes(20).toString('base64url');
    return new SigningKey(kid, privateKey, await exportJWK(publicKey));
  }

  /** The JWKS entry, with the `issuer` Entra adds to v2 keys. */
  jwk(issuer: string): Record<string, unknown> {
    return { kty: 'RSA', use: 'sig', kid: this.kid, x5t: this.kid, n: this.#publicJwk.n, e: this.#publicJwk.e, issuer };
  }

  /** Signs claims; `extraHeader` lets Graph tokens carry Entra's `nonce` header (which makes them unverifiable by design). */
  sign(claims: JWTPayload, extraHeader: Record<string, string> = {}): Promise<string> {
    return new SignJWT(claims).setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid: this.kid, x5t: this.kid, ...extraHeader }).sign(this.#privateKey);
  }
}
