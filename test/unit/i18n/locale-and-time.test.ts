import { describe, expect, it } from 'vitest';
import { appLocale } from '../../../main/i18n/app-locale.js';
import { resolveLocale } from '../../../main/i18n/resolve-locale.js';
import { dateTimeFormatter, timeFormatter } from '../../../main/i18n/time-format.js';
import { say, said } from '../../../main/i18n/local-text.js';

describe('resolveLocale', () => {
  it('uses the chosen language as is', () => {
    expect(resolveLocale('da', 'de-DE')).toBe('da');
  });

  it('follows the system for "system": Norwegian variants are bokmål, regions fall to their language, the rest is English', () => {
    const cases: Array<[string, string]> = [
      ['nb-NO', 'nb'], ['no', 'nb'], ['nn-NO', 'nb'], ['de-AT', 'de'], ['de_CH.UTF-8', 'de'], ['nl-BE', 'nl'], ['sv-FI', 'sv'], ['da', 'da'],
      ['en-GB', 'en'], ['fr-FR', 'en'], ['fi-FI', 'en'], ['C', 'en'], ['', 'en'],
    ];
    for (const [system, expected] of cases) expect(resolveLocale('system', system), system).toBe(expected);
  });
});

describe('time formats', () => {
  const iso = '2026-11-24T12:30:00Z';
  it('follow the hour cycle and the user’s time zone', () => {
    expect(timeFormatter({ locale: 'sv', systemLocale: 'sv-SE', hourCycle: 'h23', timeZone: 'Europe/Stockholm' })(iso)).toBe('13:30');
    expect(timeFormatter({ locale: 'en', systemLocale: 'en-US', hourCycle: 'h23', timeZone: 'America/New_York' })(iso)).toBe('07:30');
    expect(timeFormatter({ locale: 'en', systemLocale: 'en-US', hourCycle: 'h12', timeZone: 'Europe/Oslo' })(iso)).toBe('1:30 PM');
  });

  it('with "system" follow the system’s regional conventions when it speaks the same language, else the app’s language', () => {
    expect(timeFormatter({ locale: 'en', systemLocale: 'en-US', hourCycle: 'system', timeZone: 'UTC' })(iso)).toMatch(/^12:30\s?PM$/);
    expect(timeFormatter({ locale: 'en', systemLocale: 'en-GB', hourCycle: 'system', timeZone: 'UTC' })(iso)).toBe('12:30');
    expect(timeFormatter({ locale: 'de', systemLocale: 'en-US', hourCycle: 'system', timeZone: 'UTC' })(iso)).toBe('12:30');
  });

  it('follow preference changes (language and clock) as they happen', () => {
    const preferences: { language: 'system' | 'nb' | 'en'; hourCycle: 'system' | 'h12' | 'h23' } = { language: 'system', hourCycle: 'h23' };
    const locale = appLocale('nb-NO', 'Europe/Oslo', () => preferences);
    expect(locale.texts().locale).toBe('nb');
    expect(locale.time(iso)).toBe('13:30');
    preferences.language = 'en';
    preferences.hourCycle = 'h12';
    expect(locale.texts().t('tray.quit')).toBe('Quit');
    expect(locale.time(iso)).toBe('1:30 PM');
  });
});

describe('a day and a time inside a text', () => {
  const iso = '2026-11-24T12:30:00Z';
  it('is formatted in the language, the clock choice and the zone', () => {
    expect(dateTimeFormatter({ locale: 'nb', systemLocale: 'nb-NO', hourCycle: 'system', timeZone: 'Europe/Oslo' })(iso)).toBe('tir. 24. nov., 13:30');
    expect(dateTimeFormatter({ locale: 'en', systemLocale: 'en-US', hourCycle: 'h12', timeZone: 'Europe/Oslo' })(iso)).toBe('Tue, Nov 24, 1:30 PM');
    expect(dateTimeFormatter({ locale: 'en', systemLocale: 'en-US', hourCycle: 'h23', timeZone: 'UTC' })(iso)).toBe('Tue, Nov 24, 12:30');
  });

  it('is said when the text is, so a later change of language or clock shows in it', () => {
    const preferences: { language: 'system' | 'de' | 'en'; hourCycle: 'system' | 'h12' | 'h23' } = { language: 'de', hourCycle: 'system' };
    const locale = appLocale('en-US', 'Europe/Berlin', () => preferences);
    const text = said('error.slowDownUntil', { title: 'Zoom', time: { instant: iso } });
    expect(say(locale.texts(), text)).toBe('Zoom hat die App gebeten, bis Di., 24. Nov., 13:30 weniger Anfragen zu senden.');
    preferences.language = 'en';
    preferences.hourCycle = 'h12';
    expect(say(locale.texts(), text)).toBe('Zoom asked the app to slow down until Tue, Nov 24, 1:30 PM.');
  });
});
