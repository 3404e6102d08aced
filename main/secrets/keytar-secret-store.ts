import { createRequire } from 'node:module';
import { SecretStoreError, type SecretStore } from '../ports/secret-store.js';

interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

const PROBE_ACCOUNT = 'keychain-probe';

/** The OS keychain through @github/keytar (macOS Keychain, Windows Credential Manager, Secret Service). */
export class KeytarSecretStore implements SecretStore {
  readonly backend = backendName();
  private keytar: Keytar | undefined;

  constructor(private readonly service: string) {}

  /** A locked Secret Service answers reads with null, as if the entry were gone: a null is double-checked with a probe write. */
  get(account: string): Promise<string | null> {
    return this.call('read', async (k) => {
      const secret = await k.getPassword(this.service, account);
      if (secret !== null) return secret;
      await k.setPassword(this.service, PROBE_ACCOUNT, 'probe');
      await k.deletePassword(this.service, PROBE_ACCOUNT);
      return null;
    });
  }

  set(account: string, secret: string): Promise<void> {
    return this.call('save', (k) => k.setPassword(this.service, account, secret));
  }

  delete(account: string): Promise<boolean> {
    return this.call('delete', (k) => k.deletePassword(this.service, account));
  }

  private async call<T>(verb: string, operation: (keytar: Keytar) => Promise<T>): Promise<T> {
    let keytar: Keytar;
    try {
      keytar = this.keytar ??= createRequire(import.meta.url)('@github/keytar') as Keytar;
    } catch {
      throw new SecretStoreError('keychain_unavailable', `The keychain library could not be loaded, so the app cannot ${verb} your sign-in.`);
    }
    try {
      return await operation(keytar);
    } catch (error) {
      throw toSecretStoreError(error, verb);
    }
  }
}

/** Maps the OS's keychain errors (which never contain the secret) to the two failures the app explains. */
export function toSecretStoreError(error: unknown, verb: string): SecretStoreError {
  const text = error instanceof Error ? error.message : String(error);
  if (/locked|cancel|dismissed|user interaction|prompt|authoriz/i.test(text)) {
    return new SecretStoreError('keychain_locked', `The keychain is locked, so the app cannot ${verb} your sign-in.`);
  }
  return new SecretStoreError('keychain_unavailable', `The keychain is not available, so the app cannot ${verb} your sign-in.`);
}

function backendName(): string {
  switch (process.platform) {
    case 'darwin':
      return 'macOS Keychain';
    case 'win32':
      return 'Windows Credential Manager';
    default:
      return 'Secret Service (libsecret)';
  }
}
