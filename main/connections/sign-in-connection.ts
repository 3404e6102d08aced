import type { ConnectionView } from '../../preload/contract.js';
import { AppError, appError } from '../core/app-error.js';
import { toAppError } from '../oauth/oauth-errors.js';
import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { said } from '../i18n/local-text.js';

/** Where a signed-in connection is; R is its non-secret record (who, since when). */
export type ConnectionState<R> =
  | { kind: 'disconnected'; note?: MessageKey }
  | { kind: 'connecting'; startedAt: number }
  | { kind: 'connected'; record: R }
  | { kind: 'needs-reauth'; record: R; error: AppError }
  | { kind: 'error'; error: AppError; record?: R };

/**
 * What every connection with a browser sign-in shares: one sign-in at a time that Cancel aborts (back to
 * where the user was), failures kept on the card, and the restore of a saved grant after a restart.
 */
export abstract class SignInConnection<R> {
  protected state: ConnectionState<R> = { kind: 'disconnected' };
  private signIn: AbortController | undefined;

  protected constructor(
    private readonly base: { clock: Clock; logger: Logger; onChange: (view: ConnectionView) => void; logName: string },
  ) {}

  abstract view(): ConnectionView;
  /** The saved record of this environment's account, if any. */
  protected abstract storedRecord(): R | undefined;
  /** The browser sign-in and everything after it; resolves with the saved record. */
  protected abstract runSignIn(signal: AbortSignal): Promise<R>;
  /** Whether a usable session is in memory (a cancelled re-sign-in then keeps the user connected). */
  protected abstract hasSession(): boolean;

  /** Runs the whole sign-in; resolves with the final view (back to the previous state when cancelled). */
  async connect(): Promise<ConnectionView> {
    if (this.state.kind === 'connecting') throw appError('already_in_progress');
    const abort = new AbortController();
    this.signIn = abort;
    this.setState({ kind: 'connecting', startedAt: this.base.clock.now() });
    try {
      const record = await this.runSignIn(abort.signal);
      this.setState({ kind: 'connected', record });
      return this.view();
    } catch (error) {
      const failure = toAppError(error);
      if (failure.code === 'cancelled') {
        this.base.logger.log('info', `${this.base.logName}.signin_cancelled`);
        const record = this.storedRecord();
        this.setState(record && this.hasSession() ? { kind: 'connected', record } : { kind: 'disconnected' });
        return this.view();
      }
      this.base.logger.log('warn', `${this.base.logName}.signin_failed`, { errorCode: failure.code });
      this.setState({ kind: 'error', error: failure });
      throw failure;
    } finally {
      if (this.signIn === abort) this.signIn = undefined;
    }
  }

  cancel(): ConnectionView {
    this.signIn?.abort();
    return this.view();
  }

  /**
   * Loads the saved grant of `record` from the keychain after a restart. False (with the card showing why)
   * when the entry is gone or the keychain cannot be read.
   */
  protected async restoreGrant(record: R, session: { restore(): Promise<boolean> }): Promise<boolean> {
    try {
      if (await session.restore()) return true;
      this.setState({ kind: 'needs-reauth', record, error: appError('invalid_grant', said('error.keychainEntryMissing')) });
    } catch (error) {
      this.setState({ kind: 'error', error: toAppError(error), record });
    }
    return false;
  }

  /** The session's keychain save failed (the card warns) or a retry succeeded (back to connected). */
  protected onGrantPersistence(saved: boolean, error?: unknown): void {
    const record = this.storedRecord();
    if (!record) return;
    if (saved) {
      this.setState({ kind: 'connected', record });
      return;
    }
    const failure = toAppError(error);
    this.setState({
      kind: 'error',
      record,
      error: appError(failure.code === 'keychain_unavailable' ? 'keychain_unavailable' : 'keychain_locked', said('error.renewedNotSaved'), said('remedy.renewedNotSaved')),
    });
  }

  protected setState(state: ConnectionState<R>): void {
    this.state = state;
    this.base.onChange(this.view());
  }
}
