import type { Preferences } from '../../preload/contract.js';
import { resolveLocale } from './resolve-locale.js';
import { timeFormatter } from './time-format.js';
import { translator, type Translator } from './translator.js';

/** The language and clock the core speaks in right now, following the preferences as they change. */
export interface AppLocale {
  texts(): Translator;
  /** A time of day ("13:30" or "1:30 PM") in the user's zone, language and clock choice. */
  time(iso: string): string;
}

/** Follows `preferences.language` ('system' = the operating system's) and `preferences.hourCycle`. */
export function appLocale(systemLocale: string, timeZone: string, preferences: () => Pick<Preferences, 'language' | 'hourCycle'>): AppLocale {
  let memo: { key: string; format: (iso: string) => string } | undefined;
  const texts = (): Translator => translator(resolveLocale(preferences().language, systemLocale), { systemLocale, hourCycle: preferences().hourCycle, timeZone });
  return {
    texts,
    time(iso) {
      const locale = texts().locale;
      const { hourCycle } = preferences();
      const key = `${locale}|${hourCycle}`;
      if (memo?.key !== key) memo = { key, format: timeFormatter({ locale, systemLocale, hourCycle, timeZone }) };
      return memo.format(iso);
    },
  };
}
