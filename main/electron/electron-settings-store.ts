import ElectronStore from 'electron-store';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { SettingsReadError, type SettingsStore } from '../ports/settings-store.js';

/**
 * SettingsStore over electron-store: config.json in the data directory (the same file and format
 * the browser host's conf store uses). The store is opened lazily, because electron-store parses
 * the file in its constructor and, with clearInvalidConfig off, throws on a corrupt one.
 */
export class ElectronSettingsStore implements SettingsStore {
  readonly path: string;
  private store: ElectronStore<Record<string, unknown>> | undefined;

  constructor(private readonly dataDir: string) {
    this.path = join(dataDir, 'config.json');
  }

  read(): unknown {
    try {
      return { ...this.open().store };
    } catch (error) {
      this.store = undefined;
      throw new SettingsReadError(`the settings file could not be parsed (${error instanceof Error ? error.name : 'error'})`);
    }
  }

  write(document: Record<string, unknown>): void {
    this.open().store = document;
  }

  backup(reason: string): string | null {
    this.store = undefined;
    if (!existsSync(this.path)) return null;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const target = `${this.path}.${slug(reason)}-${stamp}.bak`;
    renameSync(this.path, target);
    return target;
  }

  private open(): ElectronStore<Record<string, unknown>> {
    this.store ??= new ElectronStore<Record<string, unknown>>({
      cwd: this.dataDir,
      name: 'config',
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      watch: false,
    });
    return this.store;
  }
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 24).replace(/-+$/, '') || 'reset';
}
