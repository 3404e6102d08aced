import { z } from 'zod';
import { API_CALL_NAMES, CONNECTION_IDS, PASSCODE_PROVIDER_IDS, PROVIDER_IDS, PROVIDER_PAGE_IDS, WIZARD_ACTIONS, type ApiCallName } from '../../preload/contract.js';

const connectionId = z.enum(CONNECTION_IDS);
const providerId = z.enum(PROVIDER_IDS);
const passcodeProviderId = z.enum(PASSCODE_PROVIDER_IDS);
const agendaKey = z.string().min(1).max(120);

/** Run-time argument guards, one per contract call (types vanish at the boundary). */
export const ARG_SCHEMAS = {
  getAppInfo: z.tuple([]),
  listConnections: z.tuple([]),
  connect: z.tuple([connectionId]),
  cancelConnect: z.tuple([connectionId]),
  disconnect: z.tuple([connectionId]),
  setActiveProvider: z.tuple([providerId]),
  generatePasscode: z.tuple([passcodeProviderId]),
  // Length is checked by the passcode rules with a clear message; this only bounds the input.
  savePasscode: z.tuple([passcodeProviderId, z.string().max(200)]),
  createTestMeeting: z.tuple([providerId]),
  getAgenda: z.tuple([]),
  refreshAgenda: z.tuple([]),
  joinMeeting: z.union([z.tuple([agendaKey]), z.tuple([agendaKey, z.number().int().min(0).max(50)])]),
  getPreferences: z.tuple([]),
  // The values are checked by the preferences schema, which explains what is wrong.
  setPreferences: z.tuple([z.record(z.string(), z.unknown())]),
  addVideoMeeting: z.tuple([agendaKey]),
  removeVideoMeeting: z.tuple([agendaKey]),
  meetingText: z.tuple([agendaKey, z.enum(['link', 'invitation'])]),
  repairConnection: z.tuple([connectionId]),
  openProviderPage: z.tuple([z.enum(PROVIDER_PAGE_IDS)]),
  getRemovalWizard: z.tuple([connectionId]),
  removalWizardAction: z.tuple([connectionId, z.enum(WIZARD_ACTIONS)]),
  removalWizardText: z.tuple([connectionId]),
  getDiagnostics: z.tuple([]),
  listUserConfigurations: z.tuple([]),
  removeUserConfigurations: z.tuple([
    z
      .array(z.object({ associateId: z.number().int().min(1).max(2_147_483_647), installationId: z.string().regex(/^[0-9a-f-]{36}$/), provider: providerId }).strict())
      .min(1)
      .max(500),
  ]),
} satisfies Record<ApiCallName, z.ZodType>;

export function isApiCallName(name: unknown): name is ApiCallName {
  return typeof name === 'string' && (API_CALL_NAMES as readonly string[]).includes(name);
}
