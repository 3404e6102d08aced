import type { SettingsStore } from '../ports/settings-store.js';
import { tenantSettingsSchema, type TenantSettings } from './app-config.js';

/** A real tenant chosen in the settings file, read before the core starts (environment variables win). */
export function tenantFromSettings(settings: SettingsStore): TenantSettings | undefined {
  let document: unknown;
  try {
    document = settings.read();
  } catch {
    return undefined; // A corrupt file is the core's to report and back up.
  }
  if (typeof document !== 'object' || document === null || !('tenant' in document)) return undefined;
  const parsed = tenantSettingsSchema.safeParse(document.tenant);
  return parsed.success ? parsed.data : undefined;
}
