/** The OS keychain, as the core needs it. Implementations map OS failures to SecretStoreError. */
export interface SecretStore {
  /** Human name of the backend, for diagnostics (e.g. "Secret Service (gnome-keyring)"). */
  readonly backend: string;
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}

export type SecretStoreFailure = 'keychain_unavailable' | 'keychain_locked';

/** Raised by a SecretStore when the keychain cannot be used; never carries the secret. */
export class SecretStoreError extends Error {
  constructor(
    readonly code: SecretStoreFailure,
    message: string,
  ) {
    super(message);
    this.name = 'SecretStoreError';
  }
}
