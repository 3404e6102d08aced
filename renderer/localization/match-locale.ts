import { LOCALES, type LocaleCode, type Preferences } from '../../preload/contract.js';

/** Norwegian tags that mean bokmål for this app (nynorsk readers read bokmål better than English). */
const NORWEGIAN = new Set(['nb', 'no', 'nn']);

/** The app's language and the tag dates and times are formatted with (e.g. 'de' and 'de-AT'). */
export interface MatchedLocale {
  code: LocaleCode;
  formatTag: string;
}

/** The app language a BCP 47 tag (or a POSIX one such as nb_NO.UTF-8) stands for, if any. */
export function localeOfTag(tag: string): LocaleCode | undefined {
  const primary = (tag.split(/[-_.@]/)[0] ?? '').toLowerCase();
  if (NORWEGIAN.has(primary)) return 'nb';
  return (LOCALES as readonly string[]).includes(primary) ? (primary as LocaleCode) : undefined;
}

/** A tag Intl accepts ("nb_NO.UTF-8" → "nb-NO"), or undefined for one it refuses (e.g. "C"). */
function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.replace(/\..*$/, '').replace(/@.*$/, '').replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * The app's language: the user's choice, or for 'system' the first of the system's tags (in preference order) that
 * is one of the app's languages (nb/no/nn → nb, de-AT → de, nl-BE → nl), else English. Dates and times follow the
 * system's own tag when it is that language (en-GB keeps the 24-hour clock), else the language itself.
 */
export function matchLocale(language: Preferences['language'], systemTags: readonly string[]): MatchedLocale {
  const matches = systemTags.flatMap((tag) => {
    const code = localeOfTag(tag);
    const canonical = canonicalTag(tag);
    return code && canonical ? [{ code, formatTag: canonical }] : [];
  });
  const code = language === 'system' ? (matches[0]?.code ?? 'en') : language;
  return { code, formatTag: matches.find((match) => match.code === code)?.formatTag ?? code };
}
