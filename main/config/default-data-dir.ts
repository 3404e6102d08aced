import { homedir } from 'node:os';
import { join } from 'node:path';
import { APP_NAME } from './app-config.js';

/** The same folder Electron uses as userData, so both hosts share settings and logs. */
export function defaultDataDir(env: Record<string, string | undefined> = process.env, platform = process.platform): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  if (platform === 'win32') return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_NAME);
}
