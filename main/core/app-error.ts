import type { ApiError, ErrorCode } from '../../preload/contract.js';
import { say, type LocalText } from '../i18n/local-text.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';

/** How an error is said: catalogue texts (said in the user's language when shown), or words kept as they are. */
export interface ErrorTexts {
  readonly message: LocalText | string;
  readonly remedy?: LocalText | string;
}

/**
 * An error the app can explain: a contract code plus a user-safe message and remedy. `message` and `remedy`
 * are English (logs, the CLI, the fallback); `toApiError(texts)` says them in the user's language.
 */
export class AppError extends Error {
  readonly remedy?: string;
  readonly texts: ErrorTexts;

  constructor(
    readonly code: ErrorCode,
    texts: ErrorTexts,
  ) {
    super(say(ENGLISH, texts.message));
    this.name = 'AppError';
    this.texts = texts;
    if (texts.remedy !== undefined) this.remedy = say(ENGLISH, texts.remedy);
  }

  /** The error for a card or a result, in `language` (English by default). */
  toApiError(language: Translator = ENGLISH): ApiError {
    const message = say(language, this.texts.message);
    return this.texts.remedy === undefined ? { code: this.code, message } : { code: this.code, message, remedy: say(language, this.texts.remedy) };
  }

  /** An error that arrived as an ApiError (already in words): said as it is. */
  static fromApi(error: ApiError): AppError {
    return new AppError(error.code, error.remedy === undefined ? { message: error.message } : { message: error.message, remedy: error.remedy });
  }
}

/**
 * Builds an AppError for `code`: its default message and remedy from the catalogue (`error.<code>`,
 * `remedy.<code>`; a code without both is a compile error), or the given ones.
 */
export function appError(code: ErrorCode, message?: LocalText | string, remedy?: LocalText | string): AppError {
  const defaults: { message: LocalText; remedy: LocalText } = { message: { key: `error.${code}` }, remedy: { key: `remedy.${code}` } };
  return new AppError(code, { message: message ?? defaults.message, remedy: remedy ?? defaults.remedy });
}
