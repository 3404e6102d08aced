import type { LocaleCode } from '../../preload/contract.js';
import type { MessageArgs, MessageKey, PluralForms } from './catalogue.js';
import { CATALOGUES } from './catalogues.js';
import { dateTimeFormatter, timeFormatter, type TimeFormatOptions } from './time-format.js';

/** The texts of one language: `t(key, params)` fills the `{placeholders}` and picks the plural form for `count`. */
export interface Translator {
  readonly locale: LocaleCode;
  t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string;
  /** For tables of keys that differ in placeholders: fills those the text has, ignores the rest. */
  fill(key: MessageKey, params: Readonly<Record<string, string | number>>): string;
  /** A time of day ("13:30" or "1:30 PM"), in this language and the user's clock and time zone. */
  time(iso: string): string;
  /** An instant as a day and a time, in this language and the user's clock and time zone. */
  dateTime(iso: string): string;
}

/** How the user reads times besides the language (see TimeFormatOptions). */
export type ClockChoice = Omit<TimeFormatOptions, 'locale'>;

/** Without a choice: the language's own conventions in this process's time zone. */
const LANGUAGE_CLOCK: ClockChoice = { systemLocale: '', hourCycle: 'system', timeZone: new Intl.DateTimeFormat().resolvedOptions().timeZone };

const cache = new Map<string, Translator>();

/** The translator of a language (English when a text is missing at run time, which the catalogue test rules out). */
export function translator(locale: LocaleCode, clock: ClockChoice = LANGUAGE_CLOCK): Translator {
  const cacheKey = `${locale}|${clock.systemLocale}|${clock.hourCycle}|${clock.timeZone}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const catalogue = CATALOGUES[locale];
  const plurals = new Intl.PluralRules(locale);
  let time: ((iso: string) => string) | undefined;
  let dateTime: ((iso: string) => string) | undefined;
  const made: Translator = {
    locale,
    t(key, ...args) {
      return made.fill(key, args[0] ?? {});
    },
    fill(key, params) {
      const message: string | PluralForms = catalogue[key] ?? CATALOGUES.en[key];
      const text = typeof message === 'string' ? message : pluralText(message, plurals.select(Number(params['count'])));
      return fillPlaceholders(text, params);
    },
    time(iso) {
      time ??= timeFormatter({ locale, ...clock });
      return time(iso);
    },
    dateTime(iso) {
      dateTime ??= dateTimeFormatter({ locale, ...clock });
      return dateTime(iso);
    },
  };
  cache.set(cacheKey, made);
  return made;
}

/** English, the default wherever no language has been chosen. */
export const ENGLISH: Translator = translator('en');

function pluralText(forms: PluralForms, category: Intl.LDMLPluralRule): string {
  return forms[category] ?? forms.other;
}

function fillPlaceholders(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
