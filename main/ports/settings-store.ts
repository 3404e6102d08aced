/**
 * A JSON document on disk (electron-store in Electron, conf in the browser host).
 * The core validates and migrates what it reads; the store only persists it.
 */
export interface SettingsStore {
  /** Where the file lives, for diagnostics. */
  readonly path: string;
  /** The stored document; throws SettingsReadError when the file cannot be parsed. */
  read(): unknown;
  write(document: Record<string, unknown>): void;
  /** Moves the current file aside (for a corrupted one) and returns the backup's path. */
  backup(reason: string): string | null;
}

export class SettingsReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsReadError';
  }
}
