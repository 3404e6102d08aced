import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  /** Epoch milliseconds; undefined = never. */
  expiresAt: number | undefined;
}

/**
 * oidc-provider's storage for the Google sandbox: plain maps per model (one sandbox, nothing shared).
 * On top of a plain store it finds a user's access for one client (revocation kills all of it, as Google
 * does) and enforces Google's cap on live refresh tokens per user and client: storing one more than
 * `refreshTokenLimit()` silently deletes the oldest.
 */
export class TokenStore {
  readonly #models = new Map<string, Map<string, Entry>>();
  readonly #refreshTokenLimit: () => number;
  readonly #now: () => number;

  constructor(refreshTokenLimit: () => number, now: () => number = Date.now) {
    this.#refreshTokenLimit = refreshTokenLimit;
    this.#now = now;
  }

  /** The factory to pass as oidc-provider's `adapter` option. */
  readonly adapterFactory: AdapterFactory = (name) => this.#adapter(name);

  /** Deletes every grant the account holds for the client and everything issued under them. */
  revokeAccess(accountId: string, clientId: string): number {
    const grantIds = [...this.#model('Grant').entries()]
      .filter(([, entry]) => entry.payload.accountId === accountId && entry.payload.clientId === clientId)
      .map(([id]) => id);
    for (const grantId of grantIds) this.#revokeGrant(grantId);
    return grantIds.length;
  }

  /** The newest live grant the account holds for the client (Google keeps one authorization per user and app). */
  grantIdFor(accountId: string, clientId: string): string | undefined {
    let found: string | undefined;
    for (const [id, entry] of this.#model('Grant')) {
      if (this.#live(entry) && entry.payload.accountId === accountId && entry.payload.clientId === clientId) found = id;
    }
    return found;
  }

  /** How many unexpired refresh tokens the account holds for the client. */
  liveRefreshTokens(accountId: string, clientId: string): number {
    return this.#liveRefreshTokenIds(accountId, clientId).length;
  }

  clear(): void {
    this.#models.clear();
  }

  #revokeGrant(grantId: string): void {
    this.#model('Grant').delete(grantId);
    for (const entries of this.#models.values()) {
      for (const [id, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(id);
    }
  }

  #liveRefreshTokenIds(accountId: string, clientId: string): string[] {
    return [...this.#model('RefreshToken').entries()]
      .filter(([, entry]) => this.#live(entry) && entry.payload.accountId === accountId && entry.payload.clientId === clientId)
      .map(([id]) => id);
  }

  /** Map order is insertion order, so the first ids are the oldest tokens. */
  #enforceRefreshTokenLimit(payload: AdapterPayload): void {
    const { accountId, clientId } = payload;
    if (typeof accountId !== 'string' || typeof clientId !== 'string') return;
    const ids = this.#liveRefreshTokenIds(accountId, clientId);
    const excess = ids.length - Math.max(1, this.#refreshTokenLimit());
    const tokens = this.#model('RefreshToken');
    for (const id of ids.slice(0, Math.max(0, excess))) tokens.delete(id);
  }

  #model(name: string): Map<string, Entry> {
    let entries = this.#models.get(name);
    if (entries === undefined) {
      entries = new Map();
      this.#models.set(name, entries);
    }
    return entries;
  }

  #live(entry: Entry): boolean {
    return entry.expiresAt === undefined || entry.expiresAt > this.#now();
  }

  #adapter(name: string): Adapter {
    const entries = this.#model(name);
    const read = (id: string): AdapterPayload | undefined => {
      const entry = entries.get(id);
      if (entry === undefined) return undefined;
      if (!this.#live(entry)) {
        entries.delete(id);
        return undefined;
      }
      return structuredClone(entry.payload);
    };
    const findBy = (field: 'uid' | 'userCode', value: string): AdapterPayload | undefined => {
      for (const [id, entry] of entries) if (entry.payload[field] === value) return read(id);
      return undefined;
    };
    return {
      upsert: async (id, payload, expiresIn) => {
        const isNew = !entries.has(id);
        const expiresAt = expiresIn === undefined ? undefined : this.#now() + expiresIn * 1000;
        entries.set(id, { payload: structuredClone(payload), expiresAt });
        if (isNew && name === 'RefreshToken') this.#enforceRefreshTokenLimit(payload);
      },
      find: async (id) => read(id),
      findByUid: async (uid) => findBy('uid', uid),
      findByUserCode: async (userCode) => findBy('userCode', userCode),
      consume: async (id) => {
        const entry = entries.get(id);
        if (entry !== undefined) entry.payload.consumed = Math.floor(this.#now() / 1000);
      },
      destroy: async (id) => {
        entries.delete(id);
      },
      revokeByGrantId: async (grantId) => {
        for (const [id, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(id);
      },
    };
  }
}
