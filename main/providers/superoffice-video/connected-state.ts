import { z } from 'zod';
import { toAppError } from '../../oauth/oauth-errors.js';
import type { SuperOfficeApi } from '../../superoffice/superoffice-api.js';

const userConnectedStateSchema = z.object({ IsConnected: z.boolean(), ProviderId: z.string().nullish(), LoginUrl: z.string().nullish() });

/** What the tenant's own video-meeting service says about the signed-in user. */
export type ServiceState =
  /** The tenant has no such service (or its NetServer predates 11.4, where the call is unknown). */
  | { kind: 'not-offered' }
  /** The tenant offers it; the user has to authorise it at `loginUrl` first. */
  | { kind: 'needs-login'; loginUrl: string; providerId: string }
  | { kind: 'connected'; providerId: string };

/** POST v1/Agents/Appointment/GetVideoMeetingConnectedState (NetServer 11.4+). */
export async function fetchServiceState(api: SuperOfficeApi): Promise<ServiceState> {
  let state: z.infer<typeof userConnectedStateSchema>;
  try {
    state = await api.post('v1/Agents/Appointment/GetVideoMeetingConnectedState', {}, userConnectedStateSchema);
  } catch (error) {
    if (toAppError(error).code === 'not_found') return { kind: 'not-offered' };
    throw error;
  }
  const providerId = state.ProviderId ?? '';
  if (state.IsConnected) return { kind: 'connected', providerId };
  if (!providerId || !state.LoginUrl) return { kind: 'not-offered' };
  return { kind: 'needs-login', loginUrl: state.LoginUrl, providerId };
}
