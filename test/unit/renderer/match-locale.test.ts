import { describe, expect, it } from 'vitest';
import { localeOfTag, matchLocale } from '../../../renderer/localization/match-locale.js';

describe('localeOfTag', () => {
  it('maps the Norwegian tags to bokmål and the regional variants to their language', () => {
    expect(['nb', 'nb-NO', 'no', 'nn-NO', 'NO_no'].map(localeOfTag)).toEqual(['nb', 'nb', 'nb', 'nb', 'nb']);
    expect(['sv-SE', 'sv-FI', 'da-DK', 'de-AT', 'de-CH', 'de', 'nl-BE', 'nl-NL', 'en-GB'].map(localeOfTag)).toEqual([
      'sv',
      'sv',
      'da',
      'de',
      'de',
      'de',
      'nl',
      'nl',
      'en',
    ]);
  });

  it('knows no other languages', () => {
    expect(['fr-FR', 'fi', 'C', '', 'nld'].map(localeOfTag)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('matchLocale', () => {
  it('follows the system for "system": its first tag the app speaks, formatted in that tag', () => {
    expect(matchLocale('system', ['de-AT'])).toEqual({ code: 'de', formatTag: 'de-AT' });
    expect(matchLocale('system', ['nl-BE'])).toEqual({ code: 'nl', formatTag: 'nl-BE' });
    expect(matchLocale('system', ['fr-FR', 'sv-FI', 'en-US'])).toEqual({ code: 'sv', formatTag: 'sv-FI' });
    expect(matchLocale('system', ['nb_NO.UTF-8'])).toEqual({ code: 'nb', formatTag: 'nb-NO' });
  });

  it('falls back to English for a system language the app does not speak, or a malformed tag', () => {
    expect(matchLocale('system', ['fr-FR'])).toEqual({ code: 'en', formatTag: 'en' });
    expect(matchLocale('system', ['C'])).toEqual({ code: 'en', formatTag: 'en' });
    expect(matchLocale('system', [])).toEqual({ code: 'en', formatTag: 'en' });
  });

  it('takes the chosen language, keeping the system’s regional formats when it is the same language', () => {
    expect(matchLocale('de', ['de-CH', 'en-US'])).toEqual({ code: 'de', formatTag: 'de-CH' });
    expect(matchLocale('en', ['de-AT', 'en-GB'])).toEqual({ code: 'en', formatTag: 'en-GB' });
    expect(matchLocale('da', ['sv-SE'])).toEqual({ code: 'da', formatTag: 'da' });
  });
});
