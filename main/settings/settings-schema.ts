import { z } from 'zod';
import { CONNECTION_IDS, PROVIDER_IDS } from '../../preload/contract.js';
import { tenantSettingsSchema } from '../config/app-config.js';
import { DEFAULT_PREFERENCES, preferencesSchema } from './preferences-schema.js';
import { localTextSchema } from '../i18n/local-text-schema.js';

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

/** Non-secret record of a connected video-provider account. */
export const providerRecordSchema = z.object({
  /** Provider endpoint the record belongs to (sandbox or real); another environment's record is ignored. */
  endpoint: z.string(),
  keychainAccount: z.string().min(1),
  accountId: z.string(),
  displayName: z.string(),
  email: z.string().optional(),
  connectedSince: z.string(),
  lastSuccessAt: z.string().optional(),
});
export type ProviderRecord = z.infer<typeof providerRecordSchema>;

const passcodeSchema = z.string().max(64);

/**
 * The video meeting this app creates (or created) for an appointment: a journal entry written before the
 * provider is called and kept until the operation completes, so a retry or a restart never creates a second
 * meeting. Kept when done: "Remove video meeting" and "Copy invitation" use it. No secrets.
 */
export const appointmentMeetingSchema = z.object({
  /** Whose appointment: "tenant:associateId". */
  owner: z.string().max(200),
  appointmentId: z.number().int(),
  provider: z.enum(PROVIDER_IDS),
  /** Sent to the provider with the create request; the same key never yields a second meeting. */
  idempotencyKey: z.string().max(100),
  /** creating: the provider is being asked; writing: the meeting exists, SuperOffice is being written; removing: being taken off. */
  phase: z.enum(['creating', 'writing', 'done', 'removing']),
  meeting: z.object({ id: z.string().max(2000), joinUrl: z.string().max(4000), meetingId: z.string().max(200), passcode: z.string().max(64).optional() }).optional(),
  /** Location was empty and the app filled it with the join link, so removing clears it again. */
  filledLocation: z.boolean().default(false),
  /** The appointment's title and start when the meeting was made (for the invitation text and pruning). */
  title: z.string().max(400),
  start: z.string().max(40),
  end: z.string().max(40),
  startedAt: z.string().max(40),
});
export type AppointmentMeeting = z.infer<typeof appointmentMeetingSchema>;

export const videoSettingsSchema = z.object({
  /** The provider new meetings are created with (one at a time, as in SuperOffice). */
  activeProvider: z.enum(PROVIDER_IDS).optional(),
  providers: z
    .object({
      zoom: providerRecordSchema.optional(),
      google: providerRecordSchema.optional(),
      teams: providerRecordSchema.optional(),
      webex: providerRecordSchema.optional(),
    })
    .default({}),
  /** Jitsi needs no account: it is "connected" from the moment the user turned it on. */
  jitsiSince: z.string().optional(),
  /** Meeting passcodes (a setting, not a secret; never logged). */
  passcodes: z.object({ zoom: passcodeSchema.optional(), webex: passcodeSchema.optional() }).default({}),
  meetings: z.array(appointmentMeetingSchema).max(1000).default([]),
  /** Providers whose configuration an administrator removed (the card says so until the user connects again). */
  removedByAdmin: z.array(z.enum(PROVIDER_IDS)).max(10).default([]),
});
export type VideoSettings = z.infer<typeof videoSettingsSchema>;

/** A step's outcome: said in the user's language when shown (older files hold it in words; an unknown text is dropped, not fatal). */
const wizardStepStateSchema = z.object({ state: z.enum(['todo', 'done', 'failed', 'not-needed']), outcome: z.union([z.string().max(1000), localTextSchema]).optional().catch(undefined) });

/** A removal wizard's progress (it survives closing the window and restarting the app). No secrets. */
export const removalWizardSchema = z.object({
  id: z.enum(CONNECTION_IDS),
  status: z.enum(['in-progress', 'done', 'cancelled']),
  current: z.number().int().min(1).max(4),
  steps: z.object({ disconnect: wizardStepStateSchema, revoke: wizardStepStateSchema, uninstall: wizardStepStateSchema }),
  /** The user ticked "I have done this" for the uninstall at the provider. */
  confirmed: z.boolean(),
  startedAt: z.string().max(40),
});
export type RemovalWizardState = z.infer<typeof removalWizardSchema>;

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
  video: videoSettingsSchema.default({ providers: {}, passcodes: {}, meetings: [], removedByAdmin: [] }),
  preferences: preferencesSchema.default(DEFAULT_PREFERENCES),
  /** Reminders already shown ("appointmentId@start"), so none repeats, also across restarts. */
  reminded: z.array(z.string().max(80)).max(500).default([]),
  removalWizards: z.array(removalWizardSchema).max(20).default([]),
  /** This installation's id in SuperOffice's ForeignSystem device keys (made on first use; not a secret). */
  installationId: z.uuid().optional(),
  /**
   * This installation's markers: the device name of the first write (a renamed computer keeps finding its
   * device) and, per provider without a connection date of its own, since when it is marked.
   */
  markers: z
    .object({ deviceName: z.string().max(31).optional(), since: z.partialRecord(z.enum(PROVIDER_IDS), z.string().max(40)).default({}) })
    .optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings = (): Settings => ({
  version: SETTINGS_VERSION,
  connections: {},
  video: { providers: {}, passcodes: {}, meetings: [], removedByAdmin: [] },
  preferences: structuredClone(DEFAULT_PREFERENCES),
  reminded: [],
  removalWizards: [],
});

/** Upgrades older documents step by step; each step takes version N and returns N+1. */
export const migrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0: the unversioned pre-release format kept the SuperOffice record at the top level.
  0: (doc) => {
    const { superoffice, ...rest } = doc;
    return { ...rest, version: 1, connections: superoffice ? { superoffice } : {} };
  },
};
