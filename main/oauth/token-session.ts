import type { TokenEndpointResponse } from 'oauth4webapi';
import { appError } from '../core/app-error.js';
import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { SecretStore } from '../ports/secret-store.js';
import { parseGrant, serializeGrant } from './stored-grant.js';
import { said } from '../i18n/local-text.js';

export interface TokenSessionOptions {
  secrets: SecretStore;
  /** Keychain account of this connection's grant. */
  account: string;
  clock: Clock;
  logger: Logger;
  /** Performs the refresh_token grant; throws (oauth4webapi errors or AppError) on failure. */
  refresh: (refreshToken: string) => Promise<TokenEndpointResponse>;
  /** Refresh this long before the access token expires (default 5 minutes). */
  refreshAheadMs?: number;
  /**
   * A rotated refresh token could not be saved (keychain locked), or a retry then saved it. The session
   * keeps working from memory meanwhile and retries the save on every use.
   */
  onPersistChange?: (saved: boolean, error?: unknown) => void;
}

/**
 * One connection's tokens. The refresh token lives in the keychain (and in memory while running); the
 * access token only in memory. Refreshes happen ahead of expiry, one at a time: concurrent callers share
 * the refresh in flight. When the server rotates the refresh token, the new one is saved to the keychain
 * before the old one is dropped from memory.
 */
export class TokenSession {
  private accessToken: string | undefined;
  private accessExpiresAt = 0;
  private accessRefreshAt = 0;
  private refreshToken: string | undefined;
  private refreshing: Promise<string> | undefined;
  /** A rotated refresh token that is only in memory so far. */
  private unsaved: string | undefined;

  constructor(private readonly options: TokenSessionOptions) {}

  /** Stores the tokens of a fresh sign-in: keychain first, so a crash cannot lose the grant. */
  async begin(tokens: TokenEndpointResponse): Promise<void> {
    if (!tokens.refresh_token) throw appError('bad_response', said('error.noRefreshToken'));
    await this.options.secrets.set(this.options.account, serializeGrant(tokens.refresh_token, new Date(this.options.clock.now())));
    this.refreshToken = tokens.refresh_token;
    this.useAccessToken(tokens);
  }

  /** Uses tokens in memory only (nothing is stored): for the calls made before an account is known. */
  adopt(tokens: TokenEndpointResponse): void {
    this.refreshToken = tokens.refresh_token;
    this.useAccessToken(tokens);
  }

  /** Loads the grant from the keychain after a restart; false when there is none. Throws SecretStoreError. */
  async restore(): Promise<boolean> {
    const grant = parseGrant(await this.options.secrets.get(this.options.account));
    this.refreshToken = grant?.refreshToken;
    return grant !== null;
  }

  /** A valid access token, refreshing first when it is missing or about to expire. */
  async getAccessToken(): Promise<string> {
    if (this.unsaved) await this.persist(this.unsaved);
    if (this.accessToken && this.options.clock.now() < this.accessRefreshAt) return this.accessToken;
    return (this.refreshing ??= this.runRefresh().finally(() => {
      this.refreshing = undefined;
    }));
  }

  /** Forgets the access token (after a 401) so the next call refreshes. */
  invalidateAccessToken(): void {
    this.accessToken = undefined;
    this.accessExpiresAt = 0;
    this.accessRefreshAt = 0;
  }

  /** The refresh token for revocation at sign-out, if one is known. */
  currentRefreshToken(): string | undefined {
    return this.refreshToken;
  }

  /** When the access token in memory expires (ms since epoch), or undefined. */
  accessTokenExpiresAt(): number | undefined {
    return this.accessToken ? this.accessExpiresAt : undefined;
  }

  /** Deletes the keychain entry and forgets everything in memory. */
  async end(): Promise<void> {
    this.invalidateAccessToken();
    this.refreshToken = undefined;
    await this.options.secrets.delete(this.options.account);
  }

  private async runRefresh(): Promise<string> {
    const { logger, secrets, account } = this.options;
    const current = this.refreshToken ?? parseGrant(await secrets.get(account))?.refreshToken;
    if (!current) throw appError('invalid_grant', said('error.nothingToRenew'));
    logger.log('info', 'token.refreshing', { account });
    const tokens = await this.options.refresh(current);
    if (tokens.refresh_token && tokens.refresh_token !== current) {
      // Rotation: the old refresh token is dead at the server now. Save the new one before using it; if the
      // keychain refuses, keep it in memory (losing it would end the sign-in) and retry the save on each use.
      this.refreshToken = tokens.refresh_token;
      await this.persist(tokens.refresh_token);
      logger.log('info', 'token.rotated', { account });
    }
    return this.useAccessToken(tokens);
  }

  /** True while a rotated refresh token is only in memory (the keychain refused it). */
  hasUnsavedGrant(): boolean {
    return this.unsaved !== undefined;
  }

  private async persist(refreshToken: string): Promise<void> {
    const { secrets, account, clock, logger, onPersistChange } = this.options;
    try {
      await secrets.set(account, serializeGrant(refreshToken, new Date(clock.now())));
      if (this.unsaved) {
        this.unsaved = undefined;
        logger.log('info', 'token.saved_after_retry', { account });
        onPersistChange?.(true);
      }
    } catch (error) {
      const first = this.unsaved === undefined;
      this.unsaved = refreshToken;
      if (first) {
        logger.log('warn', 'token.save_failed', { account });
        onPersistChange?.(false, error);
      }
    }
  }

  private useAccessToken(tokens: TokenEndpointResponse): string {
    this.accessToken = tokens.access_token;
    const lifetimeSeconds = typeof tokens.expires_in === 'number' && tokens.expires_in > 0 ? tokens.expires_in : 3600;
    const lifetimeMs = lifetimeSeconds * 1000;
    const ahead = Math.min(this.options.refreshAheadMs ?? 5 * 60_000, lifetimeMs / 2);
    const now = this.options.clock.now();
    this.accessExpiresAt = now + lifetimeMs;
    this.accessRefreshAt = now + lifetimeMs - ahead;
    return tokens.access_token;
  }
}
