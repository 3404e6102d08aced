import { randomInt } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { ListPosition, ListType } from './list-types.js';

/** Zoom: "The expiration period for this token is 15 minutes." */
const TOKEN_TTL_MS = 15 * 60_000;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** What a next_page_token stands for: the rest of one host's list of one type, after the last meeting sent. */
export interface PageCursor {
  hostId: string;
  type: ListType;
  after: ListPosition;
}

/** Opaque `next_page_token`s (like `IAfJX3jsOLW7w3dokmFl84zOa0MAVGyMEB2`) that expire after 15 minutes. */
export class PageTokens {
  readonly #clock: Clock;
  readonly #tokens = new Map<string, PageCursor & { expiresAt: number }>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  issue(cursor: PageCursor): string {
    const now = this.#clock.now();
    for (const [token, entry] of this.#tokens) if (entry.expiresAt <= now) this.#tokens.delete(token);
    const token = Array.from({ length: 35 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    this.#tokens.set(token, { ...cursor, expiresAt: now + TOKEN_TTL_MS });
    return token;
  }

  /** The cursor of a live token issued to this host; undefined for unknown, expired or other hosts' tokens. */
  find(token: string, hostId: string): PageCursor | undefined {
    const entry = this.#tokens.get(token);
    if (entry === undefined || entry.hostId !== hostId || entry.expiresAt <= this.#clock.now()) return undefined;
    return { hostId: entry.hostId, type: entry.type, after: entry.after };
  }
}
