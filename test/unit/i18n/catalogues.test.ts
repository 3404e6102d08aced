import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../preload/contract.js';
import type { Catalogue } from '../../../main/i18n/catalogue.js';
import { catalogueProblems } from '../../../main/i18n/catalogue-problems.js';
import { CATALOGUES } from '../../../main/i18n/catalogues.js';
import { en } from '../../../main/i18n/locales/en.js';
import { translator } from '../../../main/i18n/translator.js';

describe('catalogues', () => {
  it.each(LOCALES.filter((locale) => locale !== 'en'))('%s has every key of English, with the same placeholders and its plural forms', (locale) => {
    expect(catalogueProblems(en, CATALOGUES[locale], locale)).toEqual([]);
  });

  it('are real translations: no language repeats the English of the tray menu, reminders, sign-in pages or settings', () => {
    const keys = ['tray.refresh', 'tray.quit', 'tray.today', 'reminder.join', 'reminder.startingNow', 'page.signedInTitle', 'status.notConnected', 'passcodeRule.digitsOnly', 'preferences.googleAccount', 'admin.requested'] as const;
    for (const locale of LOCALES.filter((l) => l !== 'en')) for (const key of keys) expect(CATALOGUES[locale][key], `${locale} ${key}`).not.toBe(en[key]);
  });

  it('the check catches a missing key, an unknown key, a changed placeholder, a lost plural form and a text for plural forms', () => {
    const broken: Record<string, unknown> = { ...CATALOGUES.nb };
    delete broken['tray.quit'];
    broken['tray.quitt'] = 'Avslutt';
    broken['tray.joinNext'] = 'Bli med i neste møte: {tittel}';
    broken['reminder.startsIn'] = { other: 'Starter om {count} minutter' };
    broken['reminder.started'] = 'Startet nettopp';
    expect(catalogueProblems(en, broken as Catalogue, 'nb')).toEqual([
      'nb: unknown key tray.quitt',
      'nb: tray.joinNext (text) has {tittel} instead of {title}',
      'nb: missing tray.quit',
      'nb: reminder.startsIn lacks the plural form "one"',
      'nb: reminder.started must be plural forms',
    ]);
  });

  it('a missing key is a compile error', () => {
    const { 'tray.quit': _quit, ...withoutQuit } = CATALOGUES.de;
    // @ts-expect-error: 'tray.quit' is missing
    const incomplete: Catalogue = withoutQuit;
    expect(incomplete['tray.quit']).toBeUndefined();
  });
});

describe('translator', () => {
  it('fills placeholders and picks the plural form with Intl.PluralRules', () => {
    const { t } = translator('sv');
    expect(t('reminder.startsIn', { count: 1 })).toBe('Börjar om 1 minut');
    expect(t('reminder.startsIn', { count: 2 })).toBe('Börjar om 2 minuter');
    expect(translator('de').t('tray.joinNext', { title: 'Jour fixe' })).toBe('Am nächsten Meeting teilnehmen: Jour fixe');
    expect(translator('en').t('reminder.started', { count: 1 })).toBe('Started 1 minute ago');
    // @ts-expect-error: the text has a {title} placeholder, so parameters are required
    expect(() => translator('en').t('tray.joinNext')).not.toThrow();
  });
});
