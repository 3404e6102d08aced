import { msg } from '@lit/localize';
import { HOUR_CYCLES, LOCALES, THEMES, type HourCycleChoice, type LocaleCode, type Preferences, type ThemeChoice } from '../../preload/contract.js';

/** One option of a preference's select: its value, its text, and the language the text is in (when not the page's). */
export interface Choice {
  value: string;
  label: string;
  lang?: string;
}

/** Each language named in itself, so a user who cannot read the current one still finds their own. */
const LANGUAGE_NAMES: Record<LocaleCode, string> = {
  en: 'English',
  nb: 'Norsk (bokmål)',
  sv: 'Svenska',
  da: 'Dansk',
  de: 'Deutsch',
  nl: 'Nederlands',
};

/** The language choices: the system's, then the six languages in their own names. */
export function languageChoices(): Choice[] {
  const system: Choice = { value: 'system' satisfies Preferences['language'], label: msg('Use system setting') };
  return [system, ...LOCALES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code], lang: code }))];
}

function hourCycleLabel(cycle: HourCycleChoice): string {
  switch (cycle) {
    case 'system':
      return msg('Use system setting');
    case 'h12':
      return msg('12-hour');
    case 'h23':
      return msg('24-hour');
  }
}

/** The clock choices: the system's (the language's convention), 12-hour or 24-hour. */
export function hourCycleChoices(): Choice[] {
  return HOUR_CYCLES.map((cycle) => ({ value: cycle, label: hourCycleLabel(cycle) }));
}

function themeLabel(theme: ThemeChoice): string {
  switch (theme) {
    case 'system':
      return msg('Use system setting');
    case 'light':
      return msg('Light');
    case 'dark':
      return msg('Dark');
  }
}

/** The theme choices: the system's, light or dark. */
export function themeChoices(): Choice[] {
  return THEMES.map((theme) => ({ value: theme, label: themeLabel(theme) }));
}
