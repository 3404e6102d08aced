import type { Preferences } from '../../preload/contract.js';
import { resolveLocale } from './resolve-locale.js';
import { translator, type Translator } from './translator.js';

/** The language and clock the core speaks in right now, following the preferences as they change. */
export interface AppLocale {
  texts(): Translator;
  /** A time of day ("13:30" or "1:30 PM") in the user's zone, language and clock choice. */
  time(iso: string): string;
}

/** Follows `preferences.language` ('system' = the operating system's) and `preferences.hourCycle`. */
export function appLocale(systemLocale: string, timeZone: string, preferences: () => Pick<Preferences, 'language' | 'hourCycle'>): AppLocale {
  const texts = (): Translator => translator(resolveLocale(preferences().language, systemLocale), { systemLocale, hourCycle: preferences().hourCycle, timeZone });
  return { texts, time: (iso) => texts().time(iso) };
}
