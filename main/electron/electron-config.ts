import { loadAppConfig, type AppConfig } from '../config/app-config.js';
import { tenantFromSettings } from '../config/tenant-from-settings.js';
import type { SettingsStore } from '../ports/settings-store.js';
import { ElectronSettingsStore } from './electron-settings-store.js';

/** The Electron host's configuration plus the settings store it was partly read from. */
export interface ElectronConfig {
  config: AppConfig;
  settings: SettingsStore;
}

/**
 * Loads the AppConfig for the Electron host: the data directory defaults to userData, and a real
 * tenant chosen in the settings file is used when no environment variables select one.
 * Throws loadAppConfig's Error when nothing usable is configured.
 */
export function loadElectronConfig(env: Record<string, string | undefined>, userDataDir: string): ElectronConfig {
  const dataDir = env.VMT_DATA_DIR || userDataDir;
  const settings = new ElectronSettingsStore(dataDir);
  const tenant = tenantFromSettings(settings);
  const config = loadAppConfig(env, tenant ? { dataDir, tenant } : { dataDir });
  return { config, settings: config.dataDir === dataDir ? settings : new ElectronSettingsStore(config.dataDir) };
}
