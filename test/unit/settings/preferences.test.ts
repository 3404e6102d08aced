import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, mergePreferences } from '../../../main/settings/preferences-schema.js';

describe('preferences', () => {
  it('default to a 1-minute reminder, today and tomorrow, dim tentative/unanswered, hide declined, browser joins', () => {
    expect(DEFAULT_PREFERENCES).toEqual({
      reminderMinutes: 1,
      horizonDays: 2,
      invitations: { tentative: 'dim', notAnswered: 'dim', declined: 'hide' },
      openInApp: { zoom: false, teams: false },
      googleAccount: '',
      joinShortcut: '',
    });
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
