import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Path of an installed Electron executable, or null. Reads electron's path.txt directly: requiring
 * the `electron` package from Node would try to download a missing binary.
 */
export function findElectronBinary(env: Record<string, string | undefined> = process.env): string | null {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  if (!executable && !env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  const binary = join(distDir, executable || 'electron');
  return existsSync(binary) ? binary : null;
}
