import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, mergePreferences, preferencesSchema } from '../../../main/settings/preferences-schema.js';

describe('preferences', () => {
  it('default to a 1-minute reminder, today and tomorrow, dim tentative/unanswered, hide declined, browser joins, the system language, clock and theme, no start at login', () => {
    expect(DEFAULT_PREFERENCES).toEqual({
      reminderMinutes: 1,
      horizonDays: 2,
      invitations: { tentative: 'dim', notAnswered: 'dim', declined: 'hide' },
      openInApp: { zoom: false, teams: false },
      googleAccount: '',
      joinShortcut: '',
      language: 'system',
      hourCycle: 'system',
      theme: 'system',
      launchAtLogin: false,
    });
  });

  it('read from an older settings file without language, clock, theme and login item take their defaults', () => {
    const older = { reminderMinutes: 5, horizonDays: 3, invitations: { tentative: 'show', notAnswered: 'dim', declined: 'hide' }, openInApp: { zoom: true, teams: false }, googleAccount: '', joinShortcut: '' };
    expect(preferencesSchema.parse(older)).toEqual({ ...older, language: 'system', hourCycle: 'system', theme: 'system', launchAtLogin: false });
  });

  it('accept the six languages, both clocks and three themes, and refuse anything else', () => {
    for (const language of ['system', 'en', 'nb', 'sv', 'da', 'de', 'nl']) expect(mergePreferences(DEFAULT_PREFERENCES, { language }).language).toBe(language);
    expect(mergePreferences(DEFAULT_PREFERENCES, { hourCycle: 'h12', theme: 'dark', launchAtLogin: true })).toMatchObject({ hourCycle: 'h12', theme: 'dark', launchAtLogin: true });
    for (const bad of [{ language: 'fr' }, { language: 'nb-NO' }, { hourCycle: 'h24' }, { theme: 'blue' }, { launchAtLogin: 'yes' }]) expect(() => mergePreferences(DEFAULT_PREFERENCES, bad)).toThrow();
  });

  it('merge partial changes, nested ones too', () => {
    const merged = mergePreferences(DEFAULT_PREFERENCES, { reminderMinutes: 5, invitations: { declined: 'dim' }, openInApp: { zoom: true } });
    expect(merged).toMatchObject({ reminderMinutes: 5, invitations: { tentative: 'dim', notAnswered: 'dim', declined: 'dim' }, openInApp: { zoom: true, teams: false } });
  });

  it.each([
    [{ reminderMinutes: 2 }],
    [{ horizonDays: 0 }],
    [{ horizonDays: 30 }],
    [{ invitations: { declined: 'maybe' } }],
    [{ googleAccount: 'not-an-email' }],
    [{ joinShortcut: 'J' }],
    [{ joinShortcut: 'Ctrl+Alt+J; rm -rf /' }],
    [{ somethingElse: true }],
    [{ openInApp: { zoom: 'yes' } }],
  ])('refuse %j with a reason', (changes) => {
    expect(() => mergePreferences(DEFAULT_PREFERENCES, changes)).toThrow();
  });

  it('accept valid shortcuts and clearing them', () => {
    expect(mergePreferences(DEFAULT_PREFERENCES, { joinShortcut: 'CommandOrControl+Alt+J' }).joinShortcut).toBe('CommandOrControl+Alt+J');
    expect(mergePreferences(DEFAULT_PREFERENCES, { joinShortcut: 'Ctrl+Shift+F12' }).joinShortcut).toBe('Ctrl+Shift+F12');
    expect(mergePreferences({ ...DEFAULT_PREFERENCES, joinShortcut: 'Alt+J' }, { joinShortcut: '' }).joinShortcut).toBe('');
  });
});
