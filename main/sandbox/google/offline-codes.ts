/**
 * Authorization codes that may be exchanged for a refresh token. Google issues one only when the app
 * asked for `access_type=offline` AND the user went through the consent page in that authorization
 * (first consent, new scopes, or `prompt=consent`); the decision is taken when the code is issued.
 */
export class OfflineCodes {
  readonly #codes = new Map<string, number>();
  readonly #ttlMs: number;

  constructor(ttlMs: number) {
    this.#ttlMs = ttlMs;
  }

  remember(code: string): void {
    this.#prune();
    this.#codes.set(code, Date.now() + this.#ttlMs);
  }

  has(code: string): boolean {
    const expiresAt = this.#codes.get(code);
    return expiresAt !== undefined && expiresAt > Date.now();
  }

  clear(): void {
    this.#codes.clear();
  }

  #prune(): void {
    const now = Date.now();
    for (const [code, expiresAt] of this.#codes) if (expiresAt <= now) this.#codes.delete(code);
  }
}
