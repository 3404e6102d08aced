import type { MessageKey, MessageParams } from './catalogue.js';
import type { Translator } from './translator.js';

/**
 * A text to be said in whatever language the user has when it is shown: a catalogue key with its parameters.
 * A parameter may itself be such a text (an error's message inside a wizard outcome), said in the same language.
 */
export interface LocalText {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, TextParam>>;
  /** Said without its final full stop: a clause inside another text ("… could not be reached (reason)."). */
  readonly clause?: boolean;
}
export type TextParam = string | number | LocalText | Instant;

/** A moment said as a day and a time in the user's language, clock and time zone ("until Tue 24 Nov, 13:30"). */
export interface Instant {
  /** ISO 8601. */
  readonly instant: string;
}

/** The parameters of `key`, each also allowed to be a LocalText. */
type LocalArgs<K extends MessageKey> = [keyof MessageParams<K>] extends [never] ? [] : [params: { readonly [P in keyof MessageParams<K>]: MessageParams<K>[P] | LocalText | Instant }];

/** A LocalText with the placeholders of its key checked at compile time. */
export function said<K extends MessageKey>(key: K, ...args: LocalArgs<K>): LocalText {
  return args[0] ? { key, params: args[0] } : { key };
}

/** `text` as a clause inside another text (without its final full stop); words are trimmed the same way. */
export function clause(text: LocalText | string): LocalText | string {
  return typeof text === 'string' ? text.replace(/\.$/, '') : { ...text, clause: true };
}

/** Says a LocalText (or a text already in words, as kept from before) in one language. */
export function say(texts: Translator, text: LocalText | string): string {
  if (typeof text === 'string') return text;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params ?? {})) params[name] = typeof value !== 'object' ? value : 'instant' in value ? texts.dateTime(value.instant) : say(texts, value);
  const said = texts.fill(text.key, params);
  return text.clause ? said.replace(/\.$/, '') : said;
}
