import type { ConnectionView, Diagnosis, DiagnosisKind, ErrorCode, RemedyAction } from '../../preload/contract.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';

interface Rule {
  kind: DiagnosisKind;
  action: RemedyAction;
  actionLabel: MessageKey;
  /** The cause and the remedy; their texts may name the connection ({title}). */
  cause: MessageKey;
  remedy: MessageKey;
}

/** Every failure code a card can show, classified, with its cause and one-click remedy. */
const RULES: Partial<Record<ErrorCode, Rule>> = {
  invalid_grant: { kind: 'needs-reauth', action: 'reconnect', actionLabel: 'action.signInAgain', cause: 'diagnosis.invalidGrantCause', remedy: 'diagnosis.invalidGrantRemedy' },
  reauth_other_device: { kind: 'other-device', action: 'reconnect', actionLabel: 'action.signInAgain', cause: 'diagnosis.otherDeviceCause', remedy: 'diagnosis.otherDeviceRemedy' },
  consent_revoked: { kind: 'consent-revoked', action: 'repair', actionLabel: 'action.repair', cause: 'diagnosis.consentRevokedCause', remedy: 'diagnosis.repairRemedy' },
  insufficient_scope: { kind: 'authorization-failed', action: 'repair', actionLabel: 'action.repair', cause: 'diagnosis.scopeCause', remedy: 'diagnosis.scopeRemedy' },
  // The user declined (or the provider refused) in the browser: a plain new attempt is the remedy.
  access_denied: { kind: 'authorization-failed', action: 'reconnect', actionLabel: 'action.tryAgain', cause: 'diagnosis.accessDeniedCause', remedy: 'diagnosis.accessDeniedRemedy' },
  invalid_client: { kind: 'authorization-failed', action: 'repair', actionLabel: 'action.repair', cause: 'diagnosis.invalidClientCause', remedy: 'diagnosis.invalidClientRemedy' },
  id_token_invalid: { kind: 'authorization-failed', action: 'repair', actionLabel: 'action.repair', cause: 'diagnosis.idTokenCause', remedy: 'diagnosis.repairRemedy' },
  state_mismatch: { kind: 'authorization-failed', action: 'reconnect', actionLabel: 'action.signInAgain', cause: 'diagnosis.stateMismatchCause', remedy: 'diagnosis.signInAgainRemedy' },
  invalid_callback: { kind: 'authorization-failed', action: 'reconnect', actionLabel: 'action.signInAgain', cause: 'diagnosis.invalidCallbackCause', remedy: 'diagnosis.signInAgainRemedy' },
  tenant_missing: { kind: 'tenant-missing', action: 'repair', actionLabel: 'action.repair', cause: 'diagnosis.tenantMissingCause', remedy: 'diagnosis.tenantMissingRemedy' },
  reservation_failed: { kind: 'tenant-missing', action: 'repair', actionLabel: 'action.repair', cause: 'diagnosis.reservationCause', remedy: 'diagnosis.reservationRemedy' },
  rate_limited: { kind: 'rate-limited', action: 'retry', actionLabel: 'action.tryAgain', cause: 'diagnosis.rateLimitedCause', remedy: 'diagnosis.rateLimitedRemedy' },
  provider_unavailable: { kind: 'provider-down', action: 'retry', actionLabel: 'action.tryAgain', cause: 'diagnosis.providerDownCause', remedy: 'diagnosis.tryInMinutesRemedy' },
  server_error: { kind: 'provider-down', action: 'retry', actionLabel: 'action.tryAgain', cause: 'diagnosis.serverErrorCause', remedy: 'diagnosis.tryInMinutesRemedy' },
  bad_response: { kind: 'provider-down', action: 'retry', actionLabel: 'action.tryAgain', cause: 'diagnosis.badResponseCause', remedy: 'diagnosis.badResponseRemedy' },
  tenant_unavailable: { kind: 'provider-down', action: 'retry', actionLabel: 'action.tryAgain', cause: 'diagnosis.tenantUnavailableCause', remedy: 'diagnosis.tryLaterRemedy' },
  network: { kind: 'offline', action: 'retry', actionLabel: 'action.tryAgain', cause: 'diagnosis.offlineCause', remedy: 'diagnosis.offlineRemedy' },
  keychain_locked: { kind: 'keychain-locked', action: 'retry', actionLabel: 'action.tryAgain', cause: 'diagnosis.keychainLockedCause', remedy: 'diagnosis.keychainLockedRemedy' },
  keychain_unavailable: { kind: 'keychain-unavailable', action: 'retry', actionLabel: 'action.tryAgain', cause: 'diagnosis.keychainUnavailableCause', remedy: 'diagnosis.keychainUnavailableRemedy' },
  // The card's status line already says the administrator's sentence; the diagnosis adds how and what to do.
  removed_by_admin: { kind: 'removed-by-admin', action: 'reconnect', actionLabel: 'action.connect', cause: 'diagnosis.removedByAdminCause', remedy: 'diagnosis.removedByAdminRemedy' },
  clock_skew: { kind: 'clock-skew', action: 'reconnect', actionLabel: 'action.signInAgain', cause: 'diagnosis.clockSkewCause', remedy: 'diagnosis.clockSkewRemedy' },
};

/**
 * The classified failure of a connection in the user's language, or undefined when nothing is wrong. Google's
 * broken grant gets its own remedy: the guided reset at Google's permissions page, then a new authorisation.
 */
export function diagnose(view: ConnectionView, texts: Translator = ENGLISH): Diagnosis | undefined {
  // Any failure the card carries is classified: a broken sign-in, a failed sign-in attempt, or a passing failure
  // while connected (rate limit, outage, offline). No error and no broken grant: nothing is wrong.
  if (view.status === 'connecting' || (!view.error && view.status !== 'needs-reauth')) return undefined;
  const { t } = texts;
  const title = { title: view.title };
  const code = view.error?.code;
  if (view.status === 'error' && code === 'invalid_client' && view.statusText === t('status.notSetUp')) {
    return { kind: 'not-set-up', cause: t('diagnosis.notSetUpCause', title), remedy: view.error?.remedy ?? t('diagnosis.notSetUpRemedy'), action: 'retry', actionLabel: t('action.checkAgain') };
  }
  const rule = (code && RULES[code]) || (view.status === 'needs-reauth' ? RULES.invalid_grant : undefined);
  if (!rule) return undefined;
  const diagnosis: Diagnosis = { kind: rule.kind, cause: texts.fill(rule.cause, title), remedy: texts.fill(rule.remedy, title), action: rule.action, actionLabel: texts.fill(rule.actionLabel, title) };
  if (view.id === 'superoffice-video' && rule.kind === 'removed-by-admin') {
    // SuperOffice's own service keeps no sign-in on this computer: what was removed is the choice of it.
    return { ...diagnosis, cause: t('diagnosis.removedByAdminServiceCause', title) };
  }
  if (view.id === 'google' && (rule.kind === 'needs-reauth' || rule.kind === 'consent-revoked' || rule.kind === 'authorization-failed')) {
    return { ...diagnosis, action: 'google-permissions', actionLabel: t('action.resetGoogle'), remedy: t('diagnosis.googleRemedy') };
  }
  return diagnosis;
}

/** The view with its diagnosis attached in the user's language (or removed when nothing is wrong). */
export function withDiagnosis(view: ConnectionView, texts: Translator = ENGLISH): ConnectionView {
  const diagnosis = diagnose(view, texts);
  if (diagnosis) return { ...view, diagnosis };
  if (!view.diagnosis) return view;
  const { diagnosis: _stale, ...rest } = view;
  return rest;
}
