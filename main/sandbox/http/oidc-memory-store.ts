import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

export interface StoredEntry {
  payload: AdapterPayload;
  /** Epoch milliseconds; undefined = never. */
  expiresAt: number | undefined;
}

/**
 * oidc-provider's storage for one emulator: plain maps per model, so the emulator can find an account's
 * grants (e.g. the user or an admin removes the app) and no two emulators in one process share anything.
 * Emulators with extra rules (Google's refresh-token cap) extend it through `stored`.
 */
export class OidcMemoryStore {
  protected readonly models = new Map<string, Map<string, StoredEntry>>();

  constructor(protected readonly now: () => number = Date.now) {}

  /** The factory to pass as oidc-provider's `adapter` option. */
  readonly adapterFactory: AdapterFactory = (name) => this.adapter(name);

  /** Ids of the account's live grants (for one client when given), oldest first. */
  grantIdsOf(accountId: string, clientId?: string): string[] {
    return [...this.model('Grant').entries()]
      .filter(([, entry]) => this.live(entry) && entry.payload.accountId === accountId && (clientId === undefined || entry.payload.clientId === clientId))
      .map(([id]) => id);
  }

  /** Deletes a grant and everything issued under it (codes, access and refresh tokens). */
  revokeGrant(grantId: string): void {
    this.model('Grant').delete(grantId);
    for (const entries of this.models.values()) {
      for (const [id, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(id);
    }
  }

  clear(): void {
    this.models.clear();
  }

  /** Called after a payload is stored; `isNew` when the id was not there before. */
  protected stored(_model: string, _payload: AdapterPayload, _isNew: boolean): void {}

  protected model(name: string): Map<string, StoredEntry> {
    let entries = this.models.get(name);
    if (entries === undefined) {
      entries = new Map();
      this.models.set(name, entries);
    }
    return entries;
  }

  protected live(entry: StoredEntry): boolean {
    return entry.expiresAt === undefined || entry.expiresAt > this.now();
  }

  private adapter(name: string): Adapter {
    const entries = this.model(name);
    const read = (id: string): AdapterPayload | undefined => {
      const entry = entries.get(id);
      if (entry === undefined) return undefined;
      if (!this.live(entry)) {
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
        const expiresAt = expiresIn === undefined ? undefined : this.now() + expiresIn * 1000;
        entries.set(id, { payload: structuredClone(payload), expiresAt });
        this.stored(name, payload, isNew);
      },
      find: async (id) => read(id),
      findByUid: async (uid) => findBy('uid', uid),
      findByUserCode: async (userCode) => findBy('userCode', userCode),
      consume: async (id) => {
        const entry = entries.get(id);
        if (entry !== undefined) entry.payload.consumed = Math.floor(this.now() / 1000);
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
