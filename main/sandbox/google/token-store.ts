import type { AdapterPayload } from 'oidc-provider';
import { OidcMemoryStore } from '../http/oidc-memory-store.js';

/**
 * oidc-provider's storage for the Google sandbox. On top of the plain store it finds a user's access for
 * one client (revocation kills all of it, as Google does) and enforces Google's cap on live refresh tokens
 * per user and client: storing one more than `refreshTokenLimit()` silently deletes the oldest.
 */
export class TokenStore extends OidcMemoryStore {
  constructor(
    private readonly refreshTokenLimit: () => number,
    now: () => number = Date.now,
  ) {
    super(now);
  }

  /** Deletes every grant the account holds for the client (expired ones too) and everything issued under them. */
  revokeAccess(accountId: string, clientId: string): number {
    const grantIds = [...this.model('Grant').entries()]
      .filter(([, entry]) => entry.payload.accountId === accountId && entry.payload.clientId === clientId)
      .map(([id]) => id);
    for (const grantId of grantIds) this.revokeGrant(grantId);
    return grantIds.length;
  }

  /** The newest live grant the account holds for the client (Google keeps one authorization per user and app). */
  grantIdFor(accountId: string, clientId: string): string | undefined {
    return this.grantIdsOf(accountId, clientId).at(-1);
  }

  /** How many unexpired refresh tokens the account holds for the client. */
  liveRefreshTokens(accountId: string, clientId: string): number {
    return this.liveRefreshTokenIds(accountId, clientId).length;
  }

  protected override stored(model: string, payload: AdapterPayload, isNew: boolean): void {
    if (isNew && model === 'RefreshToken') this.enforceRefreshTokenLimit(payload);
  }

  private liveRefreshTokenIds(accountId: string, clientId: string): string[] {
    return [...this.model('RefreshToken').entries()]
      .filter(([, entry]) => this.live(entry) && entry.payload.accountId === accountId && entry.payload.clientId === clientId)
      .map(([id]) => id);
  }

  /** Map order is insertion order, so the first ids are the oldest tokens. */
  private enforceRefreshTokenLimit(payload: AdapterPayload): void {
    const { accountId, clientId } = payload;
    if (typeof accountId !== 'string' || typeof clientId !== 'string') return;
    const ids = this.liveRefreshTokenIds(accountId, clientId);
    const excess = ids.length - Math.max(1, this.refreshTokenLimit());
    const tokens = this.model('RefreshToken');
    for (const id of ids.slice(0, Math.max(0, excess))) tokens.delete(id);
  }
}
