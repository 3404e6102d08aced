import { placeholdersOf, type PluralForms } from './catalogue.js';

type Entries = Readonly<Record<string, string | PluralForms>>;

/**
 * What is wrong with a translation against the source: missing or extra keys, a plain text where the source
 * has plural forms (or the reverse), a plural category the language needs but lacks, and placeholders that
 * differ from the source's. Empty when the translation is complete.
 */
export function catalogueProblems(source: Entries, translation: Entries, locale: string): string[] {
  const problems: string[] = [];
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const key of Object.keys(translation)) if (!(key in source)) problems.push(`${locale}: unknown key ${key}`);
  for (const [key, original] of Object.entries(source)) {
    const translated = translation[key];
    if (translated === undefined) {
      problems.push(`${locale}: missing ${key}`);
      continue;
    }
    const expected = placeholdersOf(typeof original === 'string' ? original : original.other).join(',');
    if (typeof original !== typeof translated) {
      problems.push(`${locale}: ${key} must be ${typeof original === 'string' ? 'a text' : 'plural forms'}`);
      continue;
    }
    const forms: Array<[string, string | undefined]> = typeof translated === 'string' ? [['text', translated]] : categories.map((category) => [category, translated[category]]);
    for (const [form, text] of forms) {
      if (text === undefined) problems.push(`${locale}: ${key} lacks the plural form "${form}"`);
      else if (placeholdersOf(text).join(',') !== expected) problems.push(`${locale}: ${key} (${form}) has {${placeholdersOf(text).join('},{')}} instead of {${expected.split(',').join('},{')}}`);
    }
  }
  return problems;
}
