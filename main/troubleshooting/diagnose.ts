import type { ConnectionView, Diagnosis, DiagnosisKind, ErrorCode, RemedyAction } from '../../preload/contract.js';

interface Rule {
  kind: DiagnosisKind;
  action: RemedyAction;
  actionLabel: string;
  /** The cause, given the connection's title. */
  cause: (title: string) => string;
  remedy: (title: string) => string;
}

const REPAIR_REMEDY = (title: string) => `Repair removes this computer's ${title} sign-in, revokes it where ${title} allows, and signs you in again.`;

/** Every failure code a card can show, classified, with its cause and one-click remedy. */
const RULES: Partial<Record<ErrorCode, Rule>> = {
  invalid_grant: { kind: 'needs-reauth', action: 'reconnect', actionLabel: 'Sign in again', cause: (t) => `${t} no longer accepts your sign-in: it expired or was revoked.`, remedy: (t) => `Sign in to ${t} again.` },
  reauth_other_device: { kind: 'other-device', action: 'reconnect', actionLabel: 'Sign in again', cause: (t) => `You authorised ${t} on another device, which ended the sign-in on this one.`, remedy: () => 'Sign in again here (this ends the sign-in on the other device).' },
  consent_revoked: { kind: 'consent-revoked', action: 'repair', actionLabel: 'Repair', cause: (t) => `Access for this app was removed at ${t}.`, remedy: REPAIR_REMEDY },
  insufficient_scope: { kind: 'authorization-failed', action: 'repair', actionLabel: 'Repair', cause: (t) => `${t} did not give the app every permission it needs.`, remedy: (t) => `Repair and leave every permission ticked when ${t} asks.` },
  // The user declined (or the provider refused) in the browser: a plain new attempt is the remedy.
  access_denied: { kind: 'authorization-failed', action: 'reconnect', actionLabel: 'Try again', cause: () => 'Access was not granted in the browser.', remedy: (t) => `Connect again and approve the app when ${t} asks.` },
  invalid_client: { kind: 'authorization-failed', action: 'repair', actionLabel: 'Repair', cause: (t) => `${t} does not recognise this app's registration.`, remedy: () => 'Ask your administrator to check the app’s client ID and secret, then repair.' },
  id_token_invalid: { kind: 'authorization-failed', action: 'repair', actionLabel: 'Repair', cause: (t) => `The sign-in answer from ${t} could not be verified.`, remedy: REPAIR_REMEDY },
  state_mismatch: { kind: 'authorization-failed', action: 'reconnect', actionLabel: 'Sign in again', cause: () => 'The browser returned a sign-in answer that did not belong to this sign-in.', remedy: () => 'Sign in again.' },
  invalid_callback: { kind: 'authorization-failed', action: 'reconnect', actionLabel: 'Sign in again', cause: () => 'The browser returned an incomplete sign-in answer.', remedy: () => 'Sign in again.' },
  tenant_missing: { kind: 'tenant-missing', action: 'repair', actionLabel: 'Repair', cause: () => 'SuperOffice did not give the tenant (customer ID) at sign-in.', remedy: () => 'Repair signs you out of SuperOffice and in again, as SuperOffice prescribes.' },
  reservation_failed: { kind: 'tenant-missing', action: 'repair', actionLabel: 'Repair', cause: () => 'SuperOffice could not reserve the video meeting (usually a missing customer ID at sign-in).', remedy: () => 'Repair re-checks your SuperOffice tenant and signs you in afresh.' },
  rate_limited: { kind: 'rate-limited', action: 'retry', actionLabel: 'Try again', cause: (t) => `${t} asked the app to slow down.`, remedy: () => 'Wait a little, then try again.' },
  provider_unavailable: { kind: 'provider-down', action: 'retry', actionLabel: 'Try again', cause: (t) => `${t} is having problems right now.`, remedy: () => 'Try again in a few minutes.' },
  server_error: { kind: 'provider-down', action: 'retry', actionLabel: 'Try again', cause: (t) => `${t} had a problem answering.`, remedy: () => 'Try again in a few minutes.' },
  bad_response: { kind: 'provider-down', action: 'retry', actionLabel: 'Try again', cause: (t) => `${t} sent an answer the app could not read.`, remedy: () => 'Try again later; if it persists, copy the diagnostics for your helpdesk.' },
  tenant_unavailable: { kind: 'provider-down', action: 'retry', actionLabel: 'Try again', cause: () => 'Your SuperOffice tenant is not available right now (for example during maintenance).', remedy: () => 'Try again later.' },
  network: { kind: 'offline', action: 'retry', actionLabel: 'Try again', cause: (t) => `${t} could not be reached: you appear to be offline.`, remedy: () => 'Check your network connection; the app retries by itself.' },
  keychain_locked: { kind: 'keychain-locked', action: 'retry', actionLabel: 'Try again', cause: () => 'The system keychain is locked, so your sign-in cannot be read or stored.', remedy: () => 'Unlock your keychain (log in to your desktop again), then try again.' },
  keychain_unavailable: { kind: 'keychain-unavailable', action: 'retry', actionLabel: 'Try again', cause: () => 'The system keychain is not available.', remedy: () => 'Start your desktop’s keyring (GNOME Keyring, KWallet, macOS Keychain), then try again.' },
  // The card's status line already says the administrator's sentence; the diagnosis adds how and what to do.
  removed_by_admin: { kind: 'removed-by-admin', action: 'reconnect', actionLabel: 'Connect', cause: (t) => `An administrator removed it in SuperOffice (Manage users); the ${t} sign-in was deleted from this computer.`, remedy: () => 'Press Connect to sign in again.' },
  clock_skew: { kind: 'clock-skew', action: 'reconnect', actionLabel: 'Sign in again', cause: () => 'Your computer’s clock is off, so sign-in answers look expired or not yet valid.', remedy: () => 'Set the clock to the right time (turn on automatic time), then sign in again.' },
};

/**
 * The classified failure of a connection, or undefined when nothing is wrong. Google's broken grant gets its
 * own remedy: the guided reset at Google's permissions page, then a new authorisation.
 */
export function diagnose(view: ConnectionView): Diagnosis | undefined {
  // Any failure the card carries is classified: a broken sign-in, a failed sign-in attempt, or a passing failure
  // while connected (rate limit, outage, offline). No error and no broken grant: nothing is wrong.
  if (view.status === 'connecting' || (!view.error && view.status !== 'needs-reauth')) return undefined;
  const code = view.error?.code;
  if (view.status === 'error' && code === 'invalid_client' && view.statusText === 'Not set up') {
    return { kind: 'not-set-up', cause: `${view.title} is not set up for this installation.`, remedy: view.error?.remedy ?? 'Ask your administrator to configure it.', action: 'retry', actionLabel: 'Check again' };
  }
  const rule = (code && RULES[code]) || (view.status === 'needs-reauth' ? RULES.invalid_grant : undefined);
  if (!rule) return undefined;
  const diagnosis: Diagnosis = { kind: rule.kind, cause: rule.cause(view.title), remedy: rule.remedy(view.title), action: rule.action, actionLabel: rule.actionLabel };
  if (view.id === 'google' && (rule.kind === 'needs-reauth' || rule.kind === 'consent-revoked' || rule.kind === 'authorization-failed')) {
    return {
      ...diagnosis,
      action: 'google-permissions',
      actionLabel: 'Reset access at Google',
      remedy: 'Remove the app’s access on Google’s permissions page, then authorise it again; the app guides you through it.',
    };
  }
  return diagnosis;
}

/** The view with its diagnosis attached (or removed when nothing is wrong). */
export function withDiagnosis(view: ConnectionView): ConnectionView {
  const diagnosis = diagnose(view);
  if (diagnosis) return { ...view, diagnosis };
  if (!view.diagnosis) return view;
  const { diagnosis: _stale, ...rest } = view;
  return rest;
}
