import { msg } from '@lit/localize';
import type { ApiError, Result } from '../../preload/contract.js';

/** The error shown when a host breaks the contract (throws, rejects or answers with something that is not a Result). */
export function brokenCallError(): ApiError {
  return {
    code: 'internal',
    message: msg('Something went wrong while talking to the app.'),
    remedy: msg('Try again. If it keeps happening, restart Video Meetings Tray.'),
  };
}

function isResult(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : value.ok === false && 'error' in value;
}

/** Runs one API call; calls never throw across the boundary, and this makes sure a broken host cannot either. */
export async function safeCall<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    const result = await call();
    if (isResult(result)) return result;
  } catch {
    // Fall through to the generic error: nothing from a thrown value is shown.
  }
  return { ok: false, error: brokenCallError() };
}
