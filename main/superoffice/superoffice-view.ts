import type { ConnectionView } from '../../preload/contract.js';
import type { ConnectionState } from '../connections/sign-in-connection.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';
import type { SuperOfficeRecord } from '../settings/settings-schema.js';

/** Where the SuperOffice connection is; records hold only non-secret identity. */
export type SuperOfficeState = ConnectionState<SuperOfficeRecord>;

export const SUPEROFFICE_TITLE = 'SuperOffice CRM Online';

/** The card's DTO for a state, in the user's language: no tokens, only what the user should see. */
export function superOfficeView(state: SuperOfficeState, texts: Translator = ENGLISH): ConnectionView {
  const { t } = texts;
  const base = { id: 'superoffice' as const, kind: 'crm' as const, title: SUPEROFFICE_TITLE };
  switch (state.kind) {
    case 'disconnected':
      return { ...base, status: 'disconnected', statusText: t('status.notConnected'), nextAction: 'connect' };
    case 'connecting':
      return {
        ...base,
        status: 'connecting',
        statusText: t('status.signingIn'),
        startedAt: new Date(state.startedAt).toISOString(),
        nextAction: 'cancel',
      };
    case 'connected':
      return {
        ...base,
        ...identity(state.record),
        status: 'connected',
        statusText: t('status.superOfficeConnected', { tenant: state.record.tenant, name: state.record.displayName }),
        nextAction: 'sign-out',
      };
    case 'needs-reauth':
      return {
        ...base,
        ...identity(state.record),
        status: 'needs-reauth',
        statusText: t('status.superOfficeSignInAgain', { tenant: state.record.tenant }),
        error: state.error.toApiError(texts),
        nextAction: 'reconnect',
      };
    case 'error':
      return {
        ...base,
        ...(state.record ? identity(state.record) : {}),
        status: 'error',
        statusText: state.record ? t('status.problemWith', { name: state.record.tenant }) : t('status.notConnected'),
        error: state.error.toApiError(texts),
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
