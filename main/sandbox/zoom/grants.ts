import type { ZoomAccount } from './accounts.js';
import type { Clock } from './clock.js';
import type { ChallengeMethod } from './pkce.js';
import { mintCode, mintToken } from './token-format.js';

/** Zoom authorization codes live 5 minutes (error 4733 afterwards). */
export const CODE_TTL_SECONDS = 5 * 60;
/** Zoom's devsupport article says refresh tokens last 15 years (the `exp` claim); the sandbox never expires them. */
const REFRESH_TOKEN_CLAIMED_LIFETIME_SECONDS = 15 * 365 * 24 * 3600;

export interface AuthorizationCode {
  clientId: string;
  account: ZoomAccount;
  redirectUri: string;
  scope: ReadonlyArray<string>;
  challenge: { value: string; method: ChallengeMethod } | undefined;
  expiresAt: number;
  used: boolean;
}

/** Why a grant stopped working. */
export type GrantEnd = 'revoked' | 'superseded';

export interface Grant {
  id: number;
  clientId: string;
  account: ZoomAccount;
  scope: ReadonlyArray<string>;
  /** The only refresh token that still works. */
  refreshToken: string;
  ended: GrantEnd | undefined;
}

export interface IssuedTokens {
  grant: Grant;
  accessToken: string;
  refreshToken: string;
  /** Lifetime of the access token in seconds. */
  ttlSeconds: number;
}

export type CodeLookup = { ok: true; code: AuthorizationCode } | { ok: false; reason: 'expired' | 'invalid' };
export type RefreshOutcome = { ok: true; tokens: IssuedTokens } | { ok: false; reason: 'invalid' | 'superseded' };
export type AccessLookup = { ok: true; grant: Grant } | { ok: false; reason: 'expired' | 'invalid' };

interface AccessRecord {
  grant: Grant;
  expiresAt: number;
}

/** Codes, grants and tokens of one sandbox, in memory. */
export class GrantStore {
  readonly #clock: Clock;
  readonly #codes = new Map<string, AuthorizationCode>();
  readonly #grants: Grant[] = [];
  readonly #accessTokens = new Map<string, AccessRecord>();
  /** Every refresh token ever issued → its grant (rotated ones stay here so they fail as "Invalid Token!"). */
  readonly #refreshTokens = new Map<string, Grant>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  issueCode(input: Omit<AuthorizationCode, 'expiresAt' | 'used'>): string {
    const code = mintCode();
    this.#codes.set(code, { ...input, expiresAt: this.#clock.now() + CODE_TTL_SECONDS * 1000, used: false });
    return code;
  }

  /** Looks a code up and uses it up: whatever happens next, it cannot be redeemed again. */
  redeemCode(value: string): CodeLookup {
    const code = this.#codes.get(value);
    if (code === undefined || code.used) return { ok: false, reason: 'invalid' };
    code.used = true;
    if (code.expiresAt <= this.#clock.now()) return { ok: false, reason: 'expired' };
    return { ok: true, code };
  }

  /**
   * A new grant for a redeemed code. Zoom keeps only the latest authorization of a user for an app valid:
   * older grants of the same user and client end as superseded (4741).
   */
  createGrant(clientId: string, account: ZoomAccount, scope: ReadonlyArray<string>, ttlSeconds: number): IssuedTokens {
    for (const grant of this.#liveGrants()) {
      if (grant.clientId === clientId && grant.account.username === account.username) grant.ended = 'superseded';
    }
    const grant: Grant = { id: this.#grants.length + 1, clientId, account, scope, refreshToken: '', ended: undefined };
    this.#grants.push(grant);
    return this.#issue(grant, ttlSeconds);
  }

  /** Rotates: a new access and refresh token; the presented refresh token dies. */
  refresh(clientId: string, refreshToken: string, ttlSeconds: number): RefreshOutcome {
    const grant = this.#refreshTokens.get(refreshToken);
    if (grant === undefined || grant.clientId !== clientId || grant.refreshToken !== refreshToken || grant.ended === 'revoked') {
      return { ok: false, reason: 'invalid' };
    }
    if (grant.ended === 'superseded') return { ok: false, reason: 'superseded' };
    return { ok: true, tokens: this.#issue(grant, ttlSeconds) };
  }

  /** The grant behind a bearer token that still works. */
  findAccess(accessToken: string): AccessLookup {
    const record = this.#accessTokens.get(accessToken);
    if (record === undefined || record.grant.ended !== undefined) return { ok: false, reason: 'invalid' };
    if (record.expiresAt <= this.#clock.now()) return { ok: false, reason: 'expired' };
    return { ok: true, grant: record.grant };
  }

  /** Ends the grant of a live access token or current refresh token of this client; false when there is none. */
  revokeToken(clientId: string, token: string): boolean {
    const access = this.findAccess(token);
    const grant = access.ok ? access.grant : this.#refreshTokens.get(token);
    if (grant === undefined || grant.clientId !== clientId || grant.ended !== undefined) return false;
    if (!access.ok && grant.refreshToken !== token) return false;
    grant.ended = 'revoked';
    return true;
  }

  /** Ends every grant of a user (the user removed the app). Returns how many were live. */
  revokeUser(username: string): number {
    let count = 0;
    for (const grant of this.#liveGrants()) {
      if (grant.account.username === username) {
        grant.ended = 'revoked';
        count++;
      }
    }
    return count;
  }

  /** Every live grant ends as superseded (authorized again elsewhere). Returns how many. */
  supersedeAll(): number {
    const live = this.#liveGrants();
    for (const grant of live) grant.ended = 'superseded';
    return live.length;
  }

  #liveGrants(): Grant[] {
    return this.#grants.filter((grant) => grant.ended === undefined);
  }

  #issue(grant: Grant, ttlSeconds: number): IssuedTokens {
    const issuedAt = this.#clock.nowSeconds();
    const base = { clientId: grant.clientId, userId: grant.account.userId, accountId: grant.account.accountId, issuedAt };
    const accessToken = mintToken({ ...base, expiresAt: issuedAt + ttlSeconds, type: 0 });
    const refreshToken = mintToken({ ...base, expiresAt: issuedAt + REFRESH_TOKEN_CLAIMED_LIFETIME_SECONDS, type: 1 });
    this.#accessTokens.set(accessToken, { grant, expiresAt: this.#clock.now() + ttlSeconds * 1000 });
    this.#refreshTokens.set(refreshToken, grant);
    grant.refreshToken = refreshToken;
    return { grant, accessToken, refreshToken, ttlSeconds };
  }
}
