import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  /** Epoch milliseconds; undefined = never. */
  expiresAt: number | undefined;
}

/**
 * oidc-provider's storage for one sandbox: plain maps per model, so the sandbox can find an account's
 * grants (tenant admin uninstalls the app) and no two sandboxes in one process share anything.
 */
export class MemoryStore {
  readonly #models = new Map<string, Map<string, Entry>>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** The factory to pass as oidc-provider's `adapter` option. */
  readonly adapterFactory: AdapterFactory = (name) => this.#adapter(name);

  /** Grant ids of every live grant an account holds. */
  grantIdsOf(accountId: string): string[] {
    const grants = this.#model('Grant');
    return [...grants.entries()]
      .filter(([, entry]) => this.#live(entry) && entry.payload.accountId === accountId)
      .map(([id]) => id);
  }

  /** Deletes a grant and everything issued under it (codes, access and refresh tokens). */
  revokeGrant(grantId: string): void {
    this.#model('Grant').delete(grantId);
    for (const entries of this.#models.values()) {
      for (const [id, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(id);
    }
  }

  clear(): void {
    this.#models.clear();
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
        const expiresAt = expiresIn === undefined ? undefined : this.#now() + expiresIn * 1000;
        entries.set(id, { payload: structuredClone(payload), expiresAt });
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
