import type { Logger } from '../ports/logger.js';
import { SettingsReadError, type SettingsStore } from '../ports/settings-store.js';
import { defaultSettings, migrations, SETTINGS_VERSION, settingsSchema, type Settings } from './settings-schema.js';

/** What happened when the settings were loaded, for diagnostics and a one-time notice. */
export type SettingsLoadOutcome = { kind: 'ok' } | { kind: 'migrated'; from: number } | { kind: 'reset'; reason: string; backupPath: string | null };

/**
 * Validated, migrated settings over a SettingsStore. A corrupted or unreadable file is moved
 * aside (backup) and replaced by defaults: the app starts, and nothing is silently overwritten.
 */
export class SettingsService {
  private current: Settings = defaultSettings();
  private listeners = new Set<(settings: Settings) => void>();
  outcome: SettingsLoadOutcome = { kind: 'ok' };

  constructor(
    private readonly store: SettingsStore,
    private readonly logger: Logger,
  ) {}

  get value(): Settings {
    return this.current;
  }

  load(): Settings {
    let raw: unknown;
    try {
      raw = this.store.read();
    } catch (error) {
      const reason = error instanceof SettingsReadError ? error.message : 'the settings file could not be read';
      return this.reset(reason);
    }
    if (raw === undefined || (isRecord(raw) && Object.keys(raw).length === 0)) {
      this.current = defaultSettings();
      return this.current;
    }
    if (!isRecord(raw)) return this.reset('the settings file does not hold an object');

    const from = typeof raw.version === 'number' ? raw.version : 0;
    if (from > SETTINGS_VERSION) return this.reset(`the settings file is from a newer version (${from})`);
    let doc: Record<string, unknown> = raw;
    for (let version = from; version < SETTINGS_VERSION; version++) {
      const step = migrations[version];
      if (!step) return this.reset(`no migration from settings version ${version}`);
      doc = step(doc);
    }
    const parsed = settingsSchema.safeParse(doc);
    if (!parsed.success) return this.reset(`the settings file has invalid values (${parsed.error.issues[0]?.path.join('.') || 'root'})`);
    this.current = parsed.data;
    if (from !== SETTINGS_VERSION) {
      this.outcome = { kind: 'migrated', from };
      this.logger.log('info', 'settings.migrated', { from, to: SETTINGS_VERSION });
      this.persist();
    }
    return this.current;
  }

  /** Applies a change and saves it; listeners hear about it. */
  update(change: (draft: Settings) => Settings): Settings {
    const next = settingsSchema.parse(change(structuredClone(this.current)));
    this.current = next;
    this.persist();
    for (const listener of this.listeners) listener(next);
    return next;
  }

  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private reset(reason: string): Settings {
    let backupPath: string | null = null;
    try {
      backupPath = this.store.backup(reason);
    } catch (error) {
      this.logger.log('error', 'settings.backup_failed', { error });
    }
    this.outcome = { kind: 'reset', reason, backupPath };
    this.logger.log('warn', 'settings.reset', { reason, backupPath });
    this.current = defaultSettings();
    this.persist();
    return this.current;
  }

  private persist(): void {
    try {
      this.store.write(this.current);
    } catch (error) {
      this.logger.log('error', 'settings.write_failed', { error });
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
