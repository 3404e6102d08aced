import type { ConnectionView, PasscodeSetting, ProviderId } from '../../preload/contract.js';
import type { ConnectionState } from '../connections/sign-in-connection.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';
import type { ProviderRecord } from '../settings/settings-schema.js';

/** Where a provider connection is; records hold only non-secret identity. */
export type ProviderState = ConnectionState<ProviderRecord>;

export interface ProviderViewContext {
  id: ProviderId;
  title: string;
  active: boolean;
  /** The connected status line (it names the SuperOffice tenant). */
  connectedText: (record: ProviderRecord) => string;
  passcode?: PasscodeSetting;
}

/** The card's DTO for a provider, in the user's language: no tokens, only what the user should see. */
export function providerView(state: ProviderState, context: ProviderViewContext, texts: Translator = ENGLISH): ConnectionView {
  const { t } = texts;
  const base = {
    id: context.id,
    kind: 'video' as const,
    title: context.title,
    active: context.active,
    needsAccount: true,
    ...(context.passcode ? { passcode: context.passcode } : {}),
  };
  switch (state.kind) {
    case 'disconnected':
      return { ...base, status: 'disconnected', statusText: state.note ? t('status.notConnectedNote', { note: texts.fill(state.note, {}) }) : t('status.notConnected'), nextAction: 'connect' };
    case 'connecting':
      return { ...base, status: 'connecting', statusText: t('status.signingIn'), startedAt: new Date(state.startedAt).toISOString(), nextAction: 'cancel' };
    case 'connected':
      return { ...base, ...identity(state.record), status: 'connected', statusText: context.connectedText(state.record), nextAction: 'sign-out' };
    case 'needs-reauth':
      return { ...base, ...identity(state.record), status: 'needs-reauth', statusText: t('status.providerSignInAgain', { title: context.title }), error: state.error.toApiError(texts), nextAction: 'reconnect' };
    case 'error':
      return {
        ...base,
        ...(state.record ? identity(state.record) : {}),
        status: 'error',
        statusText: state.record ? t('status.problemWith', { name: context.title }) : t('status.notConnected'),
        error: state.error.toApiError(texts),
        nextAction: 'retry',
      };
  }
}

function identity(record: ProviderRecord): Pick<ConnectionView, 'account' | 'connectedSince' | 'lastSuccessAt'> {
  return {
    account: { displayName: record.displayName, ...(record.email ? { email: record.email } : {}) },
    connectedSince: record.connectedSince,
    ...(record.lastSuccessAt ? { lastSuccessAt: record.lastSuccessAt } : {}),
  };
}
