import { opaqueToken } from './ids.js';
import type { RequestedScopes } from './scopes.js';

/** Why a refresh token stopped working. */
export type RevocationReason = 'sessions-revoked' | 'app-removed';

export interface RefreshTokenRecord {
  token: string;
  clientId: string;
  userId: string;
  /** The scopes of the original authorization request. */
  scopes: RequestedScopes;
  authTime: number;
  issuedAt: number;
  revoked?: RevocationReason;
}

export interface AccessTokenRecord {
  token: string;
  clientId: string;
  userId: string;
  /** Graph permissions in `scp`. */
  graphScopes: string[];
  expiresAt: number;
  revoked: boolean;
}

/**
 * Refresh and access tokens. Refresh tokens are never revoked by use (Entra hands out a new one each time
 * and the old keeps working); only revocation by user (sign-in sessions revoked, app removed) kills them.
 */
export class TokenStore {
  readonly #refresh = new Map<string, RefreshTokenRecord>();
  readonly #access = new Map<string, AccessTokenRecord>();

  issueRefresh(fields: Omit<RefreshTokenRecord, 'token'>): RefreshTokenRecord {
    const record: RefreshTokenRecord = { ...fields, token: opaqueToken(96) };
    this.#refresh.set(record.token, record);
    return record;
  }

  findRefresh(token: string): RefreshTokenRecord | undefined {
    return this.#refresh.get(token);
  }

  addAccess(record: AccessTokenRecord): void {
    this.#access.set(record.token, record);
  }

  findAccess(token: string): AccessTokenRecord | undefined {
    return this.#access.get(token);
  }

  /** Revokes every refresh token of the user; access tokens too when `includeAccessTokens`. */
  revokeUser(userId: string, reason: RevocationReason, includeAccessTokens: boolean): void {
    for (const record of this.#refresh.values()) if (record.userId === userId && record.revoked === undefined) record.revoked = reason;
    if (!includeAccessTokens) return;
    for (const record of this.#access.values()) if (record.userId === userId) record.revoked = true;
  }

  clear(): void {
    this.#refresh.clear();
    this.#access.clear();
  }
}
