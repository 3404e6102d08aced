import { OperationProcessingError } from 'oauth4webapi';
import { appError, type AppError } from '../core/app-error.js';

/**
 * Some gateways (Webex's) wrap a token-endpoint error in their own JSON ({message, errors, trackingId})
 * without RFC 6749's `error` member, so the OAuth library cannot read it. A 4xx whose body names
 * invalid_grant is still a dead grant: the user must sign in again, and retrying would not help.
 */
export async function wrappedTokenError(error: unknown): Promise<AppError | undefined> {
  if (!(error instanceof OperationProcessingError) || !(error.cause instanceof Response)) return undefined;
  const response = error.cause;
  if (response.status < 400 || response.status > 499 || response.bodyUsed) return undefined;
  const text = await response.text().catch(() => '');
  return /\binvalid_grant\b/.test(text) ? appError('invalid_grant') : undefined;
}
