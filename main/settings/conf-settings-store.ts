import Conf from 'conf';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { SettingsReadError, type SettingsStore } from '../ports/settings-store.js';

/**
 * SettingsStore over `conf` (electron-store's base: same file, same format), for the browser host.
 * The file is config.json in the data directory, as electron-store writes it.
 */
export class ConfSettingsStore implements SettingsStore {
  readonly path: string;
  private conf: Conf<Record<string, unknown>> | undefined;

  constructor(private readonly dataDir: string) {
    this.path = `${dataDir}/config.json`;
  }

  read(): unknown {
    try {
      // conf would turn a top-level array into an object with numeric keys: refuse anything but an object.
      if (existsSync(this.path)) {
        const raw: unknown = JSON.parse(readFileSync(this.path, 'utf8') || '{}');
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new SyntaxError('not an object');
      }
      return structuredClone(this.open().store) as unknown;
    } catch (error) {
      this.conf = undefined;
      throw new SettingsReadError(`the settings file could not be parsed (${error instanceof Error ? error.name : 'error'})`);
    }
  }

  write(document: Record<string, unknown>): void {
    this.open().store = document;
  }

  backup(reason: string): string | null {
    this.conf = undefined;
    if (!existsSync(this.path)) return null;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const target = `${this.path}.${slug(reason)}-${stamp}.bak`;
    renameSync(this.path, target);
    return target;
  }

  private open(): Conf<Record<string, unknown>> {
    this.conf ??= new Conf<Record<string, unknown>>({
      cwd: this.dataDir,
      configName: 'config',
      projectName: 'video-meetings-tray',
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      watch: false,
    });
    return this.conf;
  }
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 24).replace(/-+$/, '') || 'reset';
}
