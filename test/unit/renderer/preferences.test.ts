// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo, ApiError, Preferences, Result } from '../../../preload/contract.js';
import type { PreferencesForm } from '../../../renderer/components/preferences.js';
import type { VmtApp } from '../../../renderer/components/vmt-app.js';
import { DEFAULT_PREFERENCES, MemoryTrayApi, SANDBOX_INFO, superOfficeView } from './support/memory-tray-api.js';
import { alertText, button, inShadow, mountApp, settle, text } from './support/dom.js';
import { untilLocale } from './support/locale.js';

afterEach(() => {
  document.body.replaceChildren();
});

const form = (app: VmtApp) => inShadow<PreferencesForm>(app, 'vmt-preferences');
const control = <E extends HTMLElement>(app: VmtApp, id: string) => inShadow<E>(form(app), `#${id}`);
/** A control's accessible name: the text of its <label for>. */
const labelOf = (app: VmtApp, id: string) => text(form(app).shadowRoot!.querySelector(`label[for="${id}"]`));
const optionTexts = (select: HTMLSelectElement) => [...select.options].map((option) => text(option));

async function mount(preferences: Partial<Preferences> = {}, info: Partial<AppInfo> = {}) {
  const api = new MemoryTrayApi([superOfficeView('disconnected')]);
  api.preferences = { ...structuredClone(DEFAULT_PREFERENCES), ...preferences };
  api.appInfo = { ...SANDBOX_INFO, ...info };
  const app = await mountApp(api);
  return { api, app };
}

async function choose(app: VmtApp, id: string, value: string): Promise<void> {
  const select = control<HTMLSelectElement>(app, id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(app);
}

async function toggle(app: VmtApp, id: string): Promise<void> {
  control<HTMLInputElement>(app, id).click();
  await settle(app);
}

async function type(app: VmtApp, id: string, value: string): Promise<void> {
  const input = control<HTMLInputElement>(app, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(app);
}

describe('<vmt-preferences>', () => {
  it('shows every preference with its label and current value', async () => {
    const { app } = await mount({
      reminderMinutes: 5,
      horizonDays: 3,
      invitations: { tentative: 'show', notAnswered: 'dim', declined: 'hide' },
      openInApp: { zoom: true, teams: false },
      googleAccount: 'alice@example.com',
      joinShortcut: 'CommandOrControl+Alt+J',
    });
    const reminder = control<HTMLSelectElement>(app, 'reminderMinutes');
    expect(labelOf(app, 'reminderMinutes')).toBe('Reminder');
    expect(optionTexts(reminder)).toEqual(['At start', '1 minute before', '3 minutes before', '5 minutes before', '10 minutes before']);
    expect(reminder.value).toBe('5');

    const horizon = control<HTMLSelectElement>(app, 'horizonDays');
    expect(labelOf(app, 'horizonDays')).toBe('Agenda shows');
    expect(optionTexts(horizon)).toEqual(['Today', 'Today and tomorrow', '3 days', '4 days', '5 days', '6 days', '7 days']);
    expect(horizon.value).toBe('3');

    expect(['tentative', 'notAnswered', 'declined'].map((id) => labelOf(app, id))).toEqual(['Tentative', 'Not answered', 'Declined']);
    expect(['tentative', 'notAnswered', 'declined'].map((id) => control<HTMLSelectElement>(app, id).value)).toEqual(['show', 'dim', 'hide']);
    expect(optionTexts(control<HTMLSelectElement>(app, 'declined'))).toEqual(['Show', 'Show dimmed', 'Hide']);

    expect(labelOf(app, 'open-zoom')).toBe('Open Zoom meetings in the Zoom app');
    expect(labelOf(app, 'open-teams')).toBe('Open Teams meetings in the Teams app');
    expect(control<HTMLInputElement>(app, 'open-zoom').checked).toBe(true);
    expect(control<HTMLInputElement>(app, 'open-teams').checked).toBe(false);

    expect(labelOf(app, 'googleAccount')).toBe('Google account for Meet');
    expect(control<HTMLInputElement>(app, 'googleAccount').type).toBe('email');
    expect(control<HTMLInputElement>(app, 'googleAccount').value).toBe('alice@example.com');
    expect(labelOf(app, 'joinShortcut')).toBe('Join next meeting shortcut');
    expect(control<HTMLInputElement>(app, 'joinShortcut').value).toBe('CommandOrControl+Alt+J');
    expect(control<HTMLInputElement>(app, 'joinShortcut').getAttribute('aria-describedby')).toBe('joinShortcut-hint');
    expect(text(control(app, 'joinShortcut-hint'))).toContain('Empty: no shortcut.');
  });

  it('each control saves just its change', async () => {
    const { api, app } = await mount();
    await choose(app, 'reminderMinutes', '10');
    await choose(app, 'horizonDays', '5');
    await choose(app, 'tentative', 'hide');
    await choose(app, 'notAnswered', 'show');
    await choose(app, 'declined', 'dim');
    await toggle(app, 'open-zoom');
    await toggle(app, 'open-teams');
    await type(app, 'googleAccount', '  gina@example.com ');
    await type(app, 'joinShortcut', 'CommandOrControl+Shift+M');
    await type(app, 'joinShortcut', '');
    expect(api.callsOf('setPreferences')).toEqual([
      [{ reminderMinutes: 10 }],
      [{ horizonDays: 5 }],
      [{ invitations: { tentative: 'hide', notAnswered: 'dim', declined: 'hide' } }],
      [{ invitations: { tentative: 'hide', notAnswered: 'show', declined: 'hide' } }],
      [{ invitations: { tentative: 'hide', notAnswered: 'show', declined: 'dim' } }],
      [{ openInApp: { zoom: true, teams: false } }],
      [{ openInApp: { zoom: true, teams: true } }],
      [{ googleAccount: 'gina@example.com' }],
      [{ joinShortcut: 'CommandOrControl+Shift+M' }],
      [{ joinShortcut: '' }],
    ]);
    expect(control<HTMLSelectElement>(app, 'reminderMinutes').value).toBe('10');
    expect(control<HTMLInputElement>(app, 'googleAccount').value).toBe('gina@example.com');
  });

  it('shows a refused value by its control, marked invalid, keeping what the user entered', async () => {
    const { api, app } = await mount();
    api.failNext('setPreferences', {
      code: 'invalid_argument',
      message: 'That shortcut is not a valid key combination.',
      remedy: 'Use modifiers and one key, e.g. CommandOrControl+Alt+J.',
    });
    await type(app, 'joinShortcut', 'Ctrl+Banana');
    const input = control<HTMLInputElement>(app, 'joinShortcut');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe('Ctrl+Banana');
    const error = control(app, 'joinShortcut-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(text(error)).toBe('That shortcut is not a valid key combination. Use modifiers and one key, e.g. CommandOrControl+Alt+J.');
    expect(input.getAttribute('aria-describedby')).toBe('joinShortcut-error joinShortcut-hint');
    // Only that control.
    expect(control(app, 'reminderMinutes').getAttribute('aria-invalid')).toBe('false');

    await type(app, 'joinShortcut', 'CommandOrControl+Alt+J');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(form(app).shadowRoot!.querySelector('#joinShortcut-error')).toBeNull();
  });

  it('a refused select keeps the choice and says why', async () => {
    const { api, app } = await mount();
    api.failNext('setPreferences', { code: 'invalid_argument', message: 'Choose 1 to 7 days.' });
    await choose(app, 'horizonDays', '7');
    expect(control<HTMLSelectElement>(app, 'horizonDays').getAttribute('aria-invalid')).toBe('true');
    expect(control<HTMLSelectElement>(app, 'horizonDays').value).toBe('7');
    expect(text(control(app, 'horizonDays-error'))).toBe('Choose 1 to 7 days.');
  });

  it('offers the language (each named in itself), the clock, the theme and starting at login under General', async () => {
    const { app } = await mount({ language: 'nb', hourCycle: 'h23', theme: 'dark', launchAtLogin: true });
    await untilLocale(app, 'nb');
    const language = control<HTMLSelectElement>(app, 'language');
    expect(labelOf(app, 'language')).toBe('Språk');
    expect(optionTexts(language)).toEqual(['Bruk systeminnstilling', 'English', 'Norsk (bokmål)', 'Svenska', 'Dansk', 'Deutsch', 'Nederlands']);
    // Screen readers read each language's name in that language.
    expect([...language.options].map((option) => option.getAttribute('lang'))).toEqual([null, 'en', 'nb', 'sv', 'da', 'de', 'nl']);
    expect(language.value).toBe('nb');
    expect(control<HTMLSelectElement>(app, 'hourCycle').value).toBe('h23');
    expect(control<HTMLSelectElement>(app, 'theme').value).toBe('dark');
    expect(control<HTMLInputElement>(app, 'launchAtLogin').checked).toBe(true);
    expect(control<HTMLInputElement>(app, 'launchAtLogin').disabled).toBe(false);
  });

  it('names the general choices in English by default', async () => {
    const { app } = await mount();
    const legends = [...form(app).shadowRoot!.querySelectorAll('legend')].map((legend) => text(legend));
    expect(legends).toContain('General');
    expect(['language', 'hourCycle', 'theme'].map((id) => labelOf(app, id))).toEqual(['Language', 'Clock', 'Theme']);
    expect(optionTexts(control<HTMLSelectElement>(app, 'language'))[0]).toBe('Use system setting');
    expect(optionTexts(control<HTMLSelectElement>(app, 'hourCycle'))).toEqual(['Use system setting', '12-hour', '24-hour']);
    expect(optionTexts(control<HTMLSelectElement>(app, 'theme'))).toEqual(['Use system setting', 'Light', 'Dark']);
    expect(labelOf(app, 'launchAtLogin')).toBe('Start Video Meetings Tray when I log in');
    expect(control<HTMLSelectElement>(app, 'language').value).toBe('system');
    expect(control<HTMLInputElement>(app, 'launchAtLogin').checked).toBe(false);
  });

  it('saves the language, clock, theme and start at login, each on its own', async () => {
    const { api, app } = await mount();
    await choose(app, 'hourCycle', 'h12');
    await choose(app, 'theme', 'light');
    await toggle(app, 'launchAtLogin');
    await choose(app, 'language', 'sv');
    await untilLocale(app, 'sv');
    expect(api.callsOf('setPreferences')).toEqual([[{ hourCycle: 'h12' }], [{ theme: 'light' }], [{ launchAtLogin: true }], [{ language: 'sv' }]]);
    expect(control<HTMLInputElement>(app, 'launchAtLogin').checked).toBe(true);
    // The form is in Swedish now.
    expect(labelOf(app, 'language')).toBe('Språk');
    expect(labelOf(app, 'hourCycle')).toBe('Tidsformat');
    await choose(app, 'language', 'system');
    await untilLocale(app, 'en');
    expect(labelOf(app, 'language')).toBe('Language');
  });

  it('disables start at login, with the reason, where the host cannot do it', async () => {
    const { api, app } = await mount({}, { launchAtLoginSupported: false });
    const checkbox = control<HTMLInputElement>(app, 'launchAtLogin');
    expect(checkbox.disabled).toBe(true);
    expect(checkbox.getAttribute('aria-describedby')).toBe('launchAtLogin-hint');
    expect(text(control(app, 'launchAtLogin-hint'))).toBe('This version of the app cannot start by itself when you log in.');
    checkbox.click();
    await settle(app);
    expect(api.callsOf('setPreferences')).toEqual([]);
  });

  it('shows a refused start at login by the checkbox', async () => {
    const { api, app } = await mount();
    expect(form(app).shadowRoot!.querySelector('#launchAtLogin-hint')).toBeNull();
    api.failNext('setPreferences', { code: 'invalid_argument', message: 'Starting at login is only available in the desktop app.' });
    await toggle(app, 'launchAtLogin');
    const checkbox = control<HTMLInputElement>(app, 'launchAtLogin');
    expect(checkbox.checked).toBe(true);
    expect(checkbox.getAttribute('aria-invalid')).toBe('true');
    expect(checkbox.getAttribute('aria-describedby')).toBe('launchAtLogin-error');
    expect(text(control(app, 'launchAtLogin-error'))).toBe('Starting at login is only available in the desktop app.');
  });

  it('follows preferencesChanged', async () => {
    const { api, app } = await mount();
    const listening = api.listenerCount('preferencesChanged');
    expect(listening).toBeGreaterThan(0);
    api.emitPreferences({
      ...DEFAULT_PREFERENCES,
      reminderMinutes: 3,
      invitations: { tentative: 'hide', notAnswered: 'hide', declined: 'show' },
      openInApp: { zoom: false, teams: true },
      googleAccount: 'bob@example.com',
    });
    await settle(app);
    expect(control<HTMLSelectElement>(app, 'reminderMinutes').value).toBe('3');
    expect(control<HTMLSelectElement>(app, 'declined').value).toBe('show');
    expect(control<HTMLInputElement>(app, 'open-teams').checked).toBe(true);
    expect(control<HTMLInputElement>(app, 'googleAccount').value).toBe('bob@example.com');

    // The form lets go of its subscription when it leaves the page (the app's own go with the app).
    form(app).remove();
    expect(api.listenerCount('preferencesChanged')).toBe(listening - 1);
    app.remove();
    expect(api.listenerCount('preferencesChanged')).toBe(0);
  });

  it('shows why the preferences could not be loaded, and Try again loads them', async () => {
    const api = new MemoryTrayApi();
    // Every load fails until the settings are readable again (the app's language and theme load them too).
    const unreadable: ApiError = { code: 'internal', message: 'Settings are unreadable.', remedy: 'Restart the app.' };
    const getPreferences = api.getPreferences.bind(api);
    let readable = false;
    api.getPreferences = (): Promise<Result<Preferences>> => (readable ? getPreferences() : Promise.resolve({ ok: false, error: unreadable }));
    const app = await mountApp(api);
    expect(alertText(form(app))).toBe('Settings are unreadable. Restart the app.');
    readable = true;
    button(form(app), 'Try again').click();
    await settle(app);
    expect(control<HTMLSelectElement>(app, 'reminderMinutes').value).toBe(String(DEFAULT_PREFERENCES.reminderMinutes));
  });
});
