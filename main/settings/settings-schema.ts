import { z } from 'zod';
import { tenantSettingsSchema } from '../config/app-config.js';

/** Non-secret record of a signed-in SuperOffice user: enough to restore the session from the keychain. */
export const superOfficeRecordSchema = z.object({
  /** Authority the session belongs to; a record of another environment is ignored. */
  authority: z.string(),
  keychainAccount: z.string().min(1),
  tenant: z.string().min(1),
  associateId: z.number().int(),
  displayName: z.string(),
  email: z.string().optional(),
  isAdministrator: z.boolean().default(false),
  connectedSince: z.string(),
  lastSuccessAt: z.string().optional(),
});
export type SuperOfficeRecord = z.infer<typeof superOfficeRecordSchema>;

export const SETTINGS_VERSION = 1;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** A real tenant chosen in settings (environment variables win over it). */
  tenant: tenantSettingsSchema.optional(),
  connections: z
    .object({
      superoffice: superOfficeRecordSchema.optional(),
    })
    .default({}),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings = (): Settings => ({ version: SETTINGS_VERSION, connections: {} });

/** Upgrades older documents step by step; each step takes version N and returns N+1. */
export const migrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0: the unversioned pre-release format kept the SuperOffice record at the top level.
  0: (doc) => {
    const { superoffice, ...rest } = doc;
    return { ...rest, version: 1, connections: superoffice ? { superoffice } : {} };
  },
};
