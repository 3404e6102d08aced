import { randomBytes } from 'node:crypto';
import type { ZoomAccount } from '../accounts.js';
import type { RegisteredClient } from '../clients.js';
import type { Clock } from '../clock.js';
import type { ChallengeMethod } from '../pkce.js';

/** Cookie holding the signed-in Zoom web session. */
export const SESSION_COOKIE = 'zm_sandbox_session';
/** Cookie binding pending authorizations to the browser that started them. */
export const BINDING_COOKIE = 'zm_sandbox_binding';

const PENDING_TTL_MS = 10 * 60 * 1000;

/** A validated authorization request waiting for sign-in and consent. */
export interface PendingAuthorization {
  id: string;
  client: RegisteredClient;
  redirectUri: string;
  state: string | undefined;
  scope: ReadonlyArray<string>;
  challenge: { value: string; method: ChallengeMethod } | undefined;
  /** The BINDING_COOKIE value of the browser that sent the request. */
  binding: string;
  expiresAt: number;
}

function randomId(): string {
  return randomBytes(18).toString('base64url');
}

/** Zoom web sessions, pending authorizations and remembered consents of one sandbox. */
export class BrowserState {
  readonly #clock: Clock;
  readonly #sessions = new Map<string, ZoomAccount>();
  readonly #pending = new Map<string, PendingAuthorization>();
  /** username → client id → approved scopes. */
  readonly #approvals = new Map<string, Map<string, Set<string>>>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  newBinding(): string {
    return randomId();
  }

  startSession(account: ZoomAccount): string {
    const id = randomId();
    this.#sessions.set(id, account);
    return id;
  }

  sessionAccount(id: string | undefined): ZoomAccount | undefined {
    return id === undefined ? undefined : this.#sessions.get(id);
  }

  addPending(input: Omit<PendingAuthorization, 'id' | 'expiresAt'>): PendingAuthorization {
    const pending = { ...input, id: randomId(), expiresAt: this.#clock.now() + PENDING_TTL_MS };
    this.#pending.set(pending.id, pending);
    return pending;
  }

  /** The pending request when it exists, is fresh and belongs to this browser. */
  pending(id: string | undefined, binding: string | undefined): PendingAuthorization | undefined {
    const pending = id === undefined ? undefined : this.#pending.get(id);
    if (pending === undefined || binding === undefined || pending.binding !== binding) return undefined;
    if (pending.expiresAt <= this.#clock.now()) {
      this.#pending.delete(pending.id);
      return undefined;
    }
    return pending;
  }

  finishPending(id: string): void {
    this.#pending.delete(id);
  }

  approve(username: string, clientId: string, scope: ReadonlyArray<string>): void {
    let byClient = this.#approvals.get(username);
    if (byClient === undefined) {
      byClient = new Map();
      this.#approvals.set(username, byClient);
    }
    const approved = byClient.get(clientId) ?? new Set<string>();
    for (const item of scope) approved.add(item);
    byClient.set(clientId, approved);
  }

  /** Whether the user already approved every requested scope for this client (then Zoom skips the consent page). */
  hasApproved(username: string, clientId: string, scope: ReadonlyArray<string>): boolean {
    const approved = this.#approvals.get(username)?.get(clientId);
    return approved !== undefined && scope.every((item) => approved.has(item));
  }

  /** The user removed the app: consent must be given again. */
  forgetApprovals(username: string): void {
    this.#approvals.delete(username);
  }
}
