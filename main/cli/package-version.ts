import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'video-meetings-tray';

/** The app's version from its package.json, found by walking up from `from` (a module URL); 'unknown' if none. */
export function packageVersion(from: string): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
        if (parsed.name === PACKAGE_NAME && typeof parsed.version === 'string') return parsed.version;
      } catch {
        // Not ours or unreadable: keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
