import { AuthorizationResponseError, OperationProcessingError, ResponseBodyError } from 'oauth4webapi';
import { AppError, appError } from '../core/app-error.js';
import { SecretStoreError } from '../ports/secret-store.js';
import { isTimeout } from '../net/http.js';
import { said } from '../i18n/local-text.js';

/** Turns whatever an OAuth step threw into an AppError the user can act on. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof SecretStoreError) return appError(error.code);
  if (error instanceof AuthorizationResponseError) {
    if (error.error !== 'access_denied') return appError('server_error', said('error.signInPageError', { code: safeCode(error.error) }));
    // Entra: AADSTS65001/90094 mean the organisation requires an administrator to approve the app.
    if (/AADSTS(65001|90094)|admin(istrator)? (approval|consent)/i.test(error.error_description ?? '')) {
      return appError('access_denied', said('error.adminApprovalRequired'), said('remedy.adminApprovalRequired'));
    }
    return appError('access_denied');
  }
  if (error instanceof ResponseBodyError) {
    if (error.error === 'invalid_grant') return appError('invalid_grant');
    if (error.error === 'invalid_client' || error.error === 'unauthorized_client') return appError('invalid_client');
    return appError('server_error', said('error.signInRefused', { code: safeCode(error.error) }));
  }
  if (error instanceof OperationProcessingError) {
    const code = error.code ?? '';
    if (/JWT|CLAIM|NONCE|ID_TOKEN|SIGNATURE/i.test(code) || /id_token|nonce|"iss"|"aud"|"exp"/i.test(error.message)) return appError('id_token_invalid');
    if (/RESPONSE_IS_NOT_JSON|JSON|INVALID_RESPONSE|RESPONSE_BODY|RESPONSE_IS_NOT_CONFORM/i.test(code)) {
      return error.cause instanceof Response && error.cause.status >= 500 ? appError('server_error') : appError('bad_response');
    }
    return appError('bad_response');
  }
  if (isTimeout(error)) return appError('network', said('error.noAnswerInTime'));
  if (error instanceof TypeError && /fetch failed|network|ECONN|ENOTFOUND/i.test(`${error.message} ${describeCause(error.cause)}`)) return appError('network');
  if (error instanceof SyntaxError) return appError('bad_response');
  return appError('internal');
}

/** The cause's text for classification; a cause that cannot be turned into text counts as none. */
function describeCause(cause: unknown): string {
  try {
    return String(cause);
  } catch {
    return '';
  }
}

/** OAuth error codes are [\x20-\x7E]; anything else is not echoed. */
function safeCode(code: string): string {
  return /^[\w.-]{1,64}$/.test(code) ? code : 'unknown';
}
