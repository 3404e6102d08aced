import type { ApiCallName, ApiCalls, Result } from '../../preload/contract.js';
import { appError } from '../core/app-error.js';
import { toAppError } from '../oauth/oauth-errors.js';
import type { Logger } from '../ports/logger.js';
import { ARG_SCHEMAS, isApiCallName } from './arg-schemas.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';

/** The core's implementation of every contract call (arguments already validated). */
export type ApiHandlers = {
  [K in ApiCallName]: (...args: ApiCalls[K]['args']) => Promise<ApiCalls[K]['result']> | ApiCalls[K]['result'];
};

/**
 * Runs a call that came over a host boundary: unknown names and bad arguments are refused, and every
 * failure becomes a Result error with a user-safe message in the user's language (`texts`). Never throws.
 */
export async function dispatchCall(handlers: ApiHandlers, logger: Logger, name: unknown, args: unknown, texts: () => Translator = () => ENGLISH): Promise<Result<unknown>> {
  if (!isApiCallName(name)) {
    logger.log('warn', 'api.unknown_call');
    return { ok: false, error: appError('unknown_call').toApiError(texts()) };
  }
  const parsed = ARG_SCHEMAS[name].safeParse(args ?? []);
  if (!parsed.success) {
    logger.log('warn', 'api.invalid_arguments', { call: name });
    return { ok: false, error: appError('invalid_argument').toApiError(texts()) };
  }
  try {
    const handler = handlers[name] as (...values: unknown[]) => unknown;
    return { ok: true, value: await handler(...(parsed.data as unknown[])) };
  } catch (error) {
    const failure = toAppError(error);
    if (failure.code === 'internal') logger.log('error', 'api.call_failed', { call: name, error });
    return { ok: false, error: failure.toApiError(texts()) };
  }
}
