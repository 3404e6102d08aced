import type { ApiError, ErrorCode } from '../../preload/contract.js';

/** An error the app can explain: a contract code plus a user-safe message and remedy. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly remedy?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return this.remedy ? { code: this.code, message: this.message, remedy: this.remedy } : { code: this.code, message: this.message };
  }
}

const CATALOG: Record<ErrorCode, { message: string; remedy?: string }> = {
  invalid_argument: { message: 'The app received a request it does not understand.', remedy: 'Restart the app. If it happens again, copy the diagnostics for your helpdesk.' },
  unknown_call: { message: 'The app received a request it does not know.', remedy: 'Restart the app.' },
  cancelled: { message: 'Sign-in was cancelled.', remedy: 'Connect again when you are ready.' },
  timeout: { message: 'Sign-in took too long and was stopped.', remedy: 'Connect again and finish signing in within 5 minutes.' },
  already_in_progress: { message: 'A sign-in is already in progress.', remedy: 'Finish it in your browser, or cancel it first.' },
  access_denied: { message: 'Access was not granted in the browser.', remedy: 'Connect again and approve the app when SuperOffice asks.' },
  invalid_callback: { message: 'The browser returned an incomplete sign-in answer.', remedy: 'Connect again.' },
  state_mismatch: { message: 'The sign-in answer did not belong to this sign-in, so it was ignored.', remedy: 'Connect again.' },
  id_token_invalid: { message: 'The sign-in answer could not be verified, so it was rejected.', remedy: 'Check that your computer clock is right, then connect again.' },
  invalid_grant: { message: 'Your sign-in has expired or was revoked.', remedy: 'Sign in again.' },
  invalid_client: { message: 'The service does not recognise this app’s registration.', remedy: 'Ask your administrator to check the client ID and secret in the app’s configuration.' },
  server_error: { message: 'The service had a problem answering.', remedy: 'Try again in a few minutes.' },
  bad_response: { message: 'The service sent an answer the app could not read.', remedy: 'Try again later. If it persists, copy the diagnostics for your helpdesk.' },
  network: { message: 'The service could not be reached.', remedy: 'Check your network connection, then try again.' },
  tenant_unavailable: { message: 'Your SuperOffice tenant is not available right now (for example during maintenance).', remedy: 'Try again later.' },
  keychain_unavailable: { message: 'The system keychain is not available, so your sign-in cannot be stored safely.', remedy: 'Make sure your desktop’s keyring (e.g. GNOME Keyring, KWallet, macOS Keychain) is running, then try again.' },
  keychain_locked: { message: 'The system keychain is locked, so your sign-in cannot be read or stored.', remedy: 'Unlock your keychain (log in to your desktop session again), then try again.' },
  browser_unavailable: { message: 'The sign-in page could not be opened.', remedy: 'Keep the app’s window open in your browser, then connect again.' },
  not_connected: { message: 'This connection is not signed in.', remedy: 'Connect first.' },
  reauth_other_device: { message: 'You signed in to this account on another device, which ended the sign-in here.', remedy: 'Sign in again (this will end the sign-in on the other device).' },
  consent_revoked: { message: 'Access for this app was removed at the provider.', remedy: 'Sign in again and allow access.' },
  insufficient_scope: { message: 'The app was not given all the access it needs.', remedy: 'Sign in again and leave every permission ticked.' },
  rate_limited: { message: 'The provider asked the app to slow down.', remedy: 'Try again in a little while.' },
  provider_unavailable: { message: 'The provider is having problems right now.', remedy: 'Try again in a few minutes.' },
  invalid_passcode: { message: 'That passcode does not meet the rules.', remedy: 'Change it or press Generate.' },
  superoffice_required: { message: 'Connect SuperOffice first.', remedy: 'Video meetings belong to your SuperOffice tenant: connect SuperOffice, then this provider.' },
  appointment_changed: {
    message: 'The appointment was changed in SuperOffice meanwhile, so the app did not overwrite it.',
    remedy: 'The agenda now shows the latest version. Check it, then try again.',
  },
  tenant_missing: {
    message: 'SuperOffice did not say which tenant (customer ID) you belong to.',
    remedy: 'Repair the SuperOffice connection: the app signs you out and in again, as SuperOffice prescribes.',
  },
  clock_skew: { message: 'Your computer’s clock is off, so the sign-in answer looked expired or not yet valid.', remedy: 'Set the clock to the right time (turn on automatic time), then sign in again.' },
  not_allowed: { message: 'SuperOffice does not allow this for your user.', remedy: 'Ask a SuperOffice administrator.' },
  removed_by_admin: { message: 'Your administrator removed your video-meeting configuration. Connect again to keep using video meetings.', remedy: 'Press Connect.' },
  not_found: { message: 'SuperOffice does not know that item (it may have been deleted).', remedy: 'Refresh the agenda.' },
  // The original service's wording (its cause: SuperOffice could not give the meetings service a valid Customer ID).
  reservation_failed: { message: 'Something went wrong reserving your video meeting. Please try again later.', remedy: 'If it keeps happening, sign out of SuperOffice in the app and sign in again.' },
  meeting_left_behind: { message: 'A video meeting was created but could not be removed again.', remedy: 'Delete it at the provider, or use its link.' },
  internal: { message: 'Something went wrong inside the app.', remedy: 'Try again. If it happens again, copy the diagnostics for your helpdesk.' },
};

/** Builds an AppError with the catalog's wording for `code`; `message` overrides the default text. */
export function appError(code: ErrorCode, message?: string): AppError {
  const entry = CATALOG[code];
  return new AppError(code, message ?? entry.message, entry.remedy);
}
