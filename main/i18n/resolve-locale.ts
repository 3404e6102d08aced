import { LOCALES, type LocaleCode, type Preferences } from '../../preload/contract.js';

/** Norwegian tags that mean bokmål for this app (nynorsk users read bokmål better than English). */
const NORWEGIAN = new Set(['nb', 'no', 'nn']);

/**
 * The app's language: the user's choice, or for 'system' the operating system's language tag mapped to
 * one of the app's languages (nb/no/nn → nb, de-AT → de, nl-BE → nl, anything else → en).
 */
export function resolveLocale(language: Preferences['language'], systemLocale: string): LocaleCode {
  if (language !== 'system') return language;
  const primary = (systemLocale.split(/[-_.@]/)[0] ?? '').toLowerCase();
  if (NORWEGIAN.has(primary)) return 'nb';
  return (LOCALES as readonly string[]).includes(primary) ? (primary as LocaleCode) : 'en';
}
