import { randomBytes } from 'node:crypto';
import type { AuthorizeRequest } from '../oauth/authorize-request.js';

/** Pending sign-ins expire after this long, like the broker's login transactions. */
const TRANSACTION_TTL_MS = 15 * 60 * 1000;

export interface Transaction {
  request: AuthorizeRequest;
  createdAt: number;
  /** Set once the user has signed in for this transaction. */
  email?: string;
}

/** Pending authorization requests (by transaction id) and signed-in browser sessions (by cookie). */
export class BrokerState {
  readonly #transactions = new Map<string, Transaction>();
  readonly #sessions = new Map<string, string>();

  begin(request: AuthorizeRequest): string {
    const id = randomBytes(16).toString('base64url');
    this.#transactions.set(id, { request, createdAt: Date.now() });
    return id;
  }

  transaction(id: string | undefined): Transaction | undefined {
    if (id === undefined) return undefined;
    const found = this.#transactions.get(id);
    if (found === undefined || Date.now() - found.createdAt > TRANSACTION_TTL_MS) return undefined;
    return found;
  }

  end(id: string): void {
    this.#transactions.delete(id);
  }

  openSession(email: string): string {
    const id = randomBytes(24).toString('base64url');
    this.#sessions.set(id, email);
    return id;
  }

  sessionUser(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.#sessions.get(id);
  }

  clear(): void {
    this.#transactions.clear();
    this.#sessions.clear();
  }
}
