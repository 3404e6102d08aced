import type { HourCycleChoice, Preferences } from '../../preload/contract.js';
import { setFormatSettings } from './format-settings.js';
import { getLocale, setLocale } from './localization.js';
import { matchLocale } from './match-locale.js';

/** What the page's language and formats depend on. */
export interface LocaleInputs {
  language: Preferences['language'];
  hourCycle: HourCycleChoice;
  /** The system's language tags, in preference order. */
  systemTags: readonly string[];
}

/**
 * Puts the language on the page: `<html lang>`, the date and time formats, and the texts (loading the language's
 * translations first). Views re-render when the texts are ready; a change of formats alone re-renders them too.
 */
export async function applyLocale({ language, hourCycle, systemTags }: LocaleInputs, root: HTMLElement = document.documentElement): Promise<void> {
  const { code, formatTag } = matchLocale(language, systemTags);
  const switching = code !== getLocale();
  // Switching language re-renders everything when the texts are ready; then the formats are new as well.
  setFormatSettings({ locale: formatTag, hourCycle }, !switching);
  root.lang = code;
  await setLocale(code);
}
