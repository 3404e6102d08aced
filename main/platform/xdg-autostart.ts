import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { LoginItem } from '../ports/login-item.js';
import { desktopEntryText, execLine } from './desktop-entry.js';

/** The key that marks an autostart entry as this app's own, so it may rewrite or remove it. */
export const MANAGED_KEY = 'X-Video-Meetings-Tray-Managed';

/** ~/.config/autostart, or $XDG_CONFIG_HOME/autostart when that is an absolute path (the spec ignores relative ones). */
export function autostartDirectory(env: Readonly<Record<string, string | undefined>>, home: string): string {
  const configured = env.XDG_CONFIG_HOME;
  return join(configured && isAbsolute(configured) ? configured : join(home, '.config'), 'autostart');
}

export interface XdgAutostartOptions {
  /** The autostart folder (see autostartDirectory). */
  directory: string;
  /** The entry's file name, e.g. video-meetings-tray.desktop. */
  fileName: string;
  name: string;
  comment: string;
  /** Icon name in the icon theme (the deb installs it under the executable's name). */
  icon: string;
  /** The program and arguments to run at login (the AppImage file when running as one). */
  command: readonly string[];
}

/**
 * Starting at login on Linux: an XDG autostart entry (GNOME, KDE, Xfce, …). Enabling writes it (atomically,
 * again whenever the command changes, e.g. after an update moved the AppImage), disabling deletes it.
 * A file of the same name that the app did not write (no MANAGED_KEY, e.g. one the user made) is never
 * overwritten or deleted: apply throws, saying so.
 */
export class XdgAutostart implements LoginItem {
  constructor(private readonly options: XdgAutostartOptions) {}

  /** The entry's full path. */
  get path(): string {
    return join(this.options.directory, this.options.fileName);
  }

  /** The file content for the current command. */
  entry(): string {
    const { name, comment, icon, command } = this.options;
    return desktopEntryText([
      ['Type', 'Application'],
      ['Version', '1.5'],
      ['Name', name],
      ['Comment', comment],
      ['Exec', execLine(command)],
      ['Icon', icon],
      ['Terminal', 'false'],
      ['X-GNOME-Autostart-enabled', 'true'],
      [MANAGED_KEY, 'true'],
    ]);
  }

  apply(enabled: boolean): void {
    const existing = this.read();
    if (existing !== null && !new RegExp(`^${MANAGED_KEY}=true$`, 'm').test(existing)) {
      throw new Error(`${this.path} was not written by ${this.options.name}; it is left as it is.`);
    }
    if (!enabled) {
      if (existing !== null) rmSync(this.path, { force: true });
      return;
    }
    const entry = this.entry();
    if (existing === entry) return;
    mkdirSync(this.options.directory, { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, entry, { mode: 0o644 });
    renameSync(temporary, this.path);
  }

  /** Whether this app's entry is there. */
  isEnabled(): boolean {
    const existing = this.read();
    return existing !== null && existing.includes(`\n${MANAGED_KEY}=true\n`);
  }

  private read(): string | null {
    try {
      return readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}
