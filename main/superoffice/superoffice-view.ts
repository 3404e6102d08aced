import type { ConnectionView } from '../../preload/contract.js';
import type { ConnectionState } from '../connections/sign-in-connection.js';
import type { SuperOfficeRecord } from '../settings/settings-schema.js';

/** Where the SuperOffice connection is; records hold only non-secret identity. */
export type SuperOfficeState = ConnectionState<SuperOfficeRecord>;

export const SUPEROFFICE_TITLE = 'SuperOffice CRM Online';

/** The card's DTO for a state: no tokens, only what the user should see. */
export function superOfficeView(state: SuperOfficeState): ConnectionView {
  const base = { id: 'superoffice' as const, kind: 'crm' as const, title: SUPEROFFICE_TITLE };
  switch (state.kind) {
    case 'disconnected':
      return { ...base, status: 'disconnected', statusText: 'Not connected', nextAction: 'connect' };
    case 'connecting':
      return {
        ...base,
        status: 'connecting',
        statusText: 'Signing in… Continue in your browser.',
        startedAt: new Date(state.startedAt).toISOString(),
        nextAction: 'cancel',
      };
    case 'connected':
      return {
        ...base,
        ...identity(state.record),
        status: 'connected',
        statusText: `Connected to ${state.record.tenant} as ${state.record.displayName}`,
        nextAction: 'sign-out',
      };
    case 'needs-reauth':
      return {
        ...base,
        ...identity(state.record),
        status: 'needs-reauth',
        statusText: `Sign in again to reconnect to ${state.record.tenant}`,
        error: state.error.toApiError(),
        nextAction: 'reconnect',
      };
    case 'error':
      return {
        ...base,
        ...(state.record ? identity(state.record) : {}),
        status: 'error',
        statusText: state.record ? `Connection problem with ${state.record.tenant}` : 'Not connected',
        error: state.error.toApiError(),
        nextAction: 'retry',
      };
  }
}

function identity(record: SuperOfficeRecord): Pick<ConnectionView, 'account' | 'connectedSince' | 'lastSuccessAt'> {
  return {
    account: { displayName: record.displayName, tenant: record.tenant, ...(record.email ? { email: record.email } : {}) },
    connectedSince: record.connectedSince,
    ...(record.lastSuccessAt ? { lastSuccessAt: record.lastSuccessAt } : {}),
  };
}
