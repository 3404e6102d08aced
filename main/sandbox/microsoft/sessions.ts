import { newGuid } from './ids.js';

/** The browser's Entra sign-in session cookie (single sign-on across authorization requests). */
export const SESSION_COOKIE = 'ESTSAUTH';
/** Identifies the browser a sign-in flow started in. */
export const BROWSER_COOKIE = 'buid';

export interface SignInSession {
  id: string;
  userId: string;
  /** When the user entered their password (sandbox clock, ms). */
  authTime: number;
}

/** Sign-in sessions by cookie value. */
export class SignInSessions {
  readonly #sessions = new Map<string, SignInSession>();

  create(userId: string, now: number): SignInSession {
    const session = { id: newGuid(), userId, authTime: now };
    this.#sessions.set(session.id, session);
    return session;
  }

  find(id: string | undefined): SignInSession | undefined {
    return id === undefined ? undefined : this.#sessions.get(id);
  }

  /** Signs the user out of every browser (revokeSignInSessions does this too). */
  revokeUser(userId: string): void {
    for (const [id, session] of this.#sessions) if (session.userId === userId) this.#sessions.delete(id);
  }

  delete(id: string | undefined): void {
    if (id !== undefined) this.#sessions.delete(id);
  }
}
