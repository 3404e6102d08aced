import { randomBytes } from 'node:crypto';
import { SANDBOX_ORG } from '../accounts.js';
import { opaqueToken } from '../ids.js';
import type { PkceMethod } from './pkce.js';

export interface CodeRecord {
  email: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  challenge?: { value: string; method: PkceMethod };
  expiresAt: number;
  used: boolean;
  /** The grant the first exchange created; revoked if the code is replayed (RFC 6749 §4.1.2). */
  grantId?: string;
}

/** One authorization (code exchange): its refresh token and the access tokens refreshed from it. */
export interface Grant {
  id: string;
  email: string;
  clientId: string;
  scopes: string[];
  refreshToken: string;
  refreshExpiresAt: number;
  revoked: boolean;
}

export interface AccessTokenRecord {
  grantId: string;
  expiresAt: number;
}

/** In-memory codes, grants, access tokens and remembered consents of the Webex identity broker. */
export class OAuthStore {
  readonly #codes = new Map<string, CodeRecord>();
  readonly #grants = new Map<string, Grant>();
  readonly #byRefreshToken = new Map<string, string>();
  readonly #accessTokens = new Map<string, AccessTokenRecord>();
  readonly #consents = new Map<string, Set<string>>();

  issueCode(record: Omit<CodeRecord, 'used'>): string {
    const code = opaqueToken(SANDBOX_ORG.uuid);
    this.#codes.set(code, { ...record, used: false });
    return code;
  }

  findCode(code: string): CodeRecord | undefined {
    return this.#codes.get(code);
  }

  createGrant(email: string, clientId: string, scopes: string[], refreshTtlSeconds: number, now: number): Grant {
    const grant: Grant = {
      id: randomBytes(12).toString('hex'),
      email,
      clientId,
      scopes,
      refreshToken: opaqueToken(SANDBOX_ORG.uuid),
      refreshExpiresAt: now + refreshTtlSeconds * 1000,
      revoked: false,
    };
    this.#grants.set(grant.id, grant);
    this.#byRefreshToken.set(grant.refreshToken, grant.id);
    return grant;
  }

  grant(id: string): Grant | undefined {
    return this.#grants.get(id);
  }

  grantByRefreshToken(refreshToken: string): Grant | undefined {
    const id = this.#byRefreshToken.get(refreshToken);
    return id === undefined ? undefined : this.#grants.get(id);
  }

  issueAccessToken(grantId: string, ttlSeconds: number, now: number): string {
    const token = opaqueToken(SANDBOX_ORG.uuid);
    this.#accessTokens.set(token, { grantId, expiresAt: now + ttlSeconds * 1000 });
    return token;
  }

  accessToken(token: string): AccessTokenRecord | undefined {
    return this.#accessTokens.get(token);
  }

  revokeGrant(id: string): void {
    const grant = this.#grants.get(id);
    if (grant !== undefined) grant.revoked = true;
    for (const [token, record] of this.#accessTokens) if (record.grantId === id) this.#accessTokens.delete(token);
  }

  rememberConsent(email: string, scopes: ReadonlyArray<string>): void {
    const granted = this.#consents.get(email) ?? new Set<string>();
    for (const scope of scopes) granted.add(scope);
    this.#consents.set(email, granted);
  }

  hasConsent(email: string, scopes: ReadonlyArray<string>): boolean {
    const granted = this.#consents.get(email);
    return granted !== undefined && scopes.every((scope) => granted.has(scope));
  }

  /** As if the user removed the integration: every grant, token, code and remembered consent is gone. */
  revokeUser(email: string): void {
    for (const grant of this.#grants.values()) if (grant.email === email) this.revokeGrant(grant.id);
    for (const [code, record] of this.#codes) if (record.email === email) this.#codes.delete(code);
    this.#consents.delete(email);
  }

  clear(): void {
    this.#codes.clear();
    this.#grants.clear();
    this.#byRefreshToken.clear();
    this.#accessTokens.clear();
    this.#consents.clear();
  }
}
