// @vitest-environment happy-dom
// The app in the user's language and clock: switching without a reload, 'system', <html lang>, and the agenda's times.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo, Preferences } from '../../../preload/contract.js';
import type { Agenda } from '../../../renderer/components/agenda.js';
import type { PreferencesForm } from '../../../renderer/components/preferences.js';
import type { VmtApp } from '../../../renderer/components/vmt-app.js';
import { formatSettings } from '../../../renderer/localization/format-settings.js';
import { DEFAULT_PREFERENCES, MemoryTrayApi, SANDBOX_INFO, agendaItem, agendaView, superOfficeView } from './support/memory-tray-api.js';
import { card, inShadow, mountApp, settle, text } from './support/dom.js';
import { untilLocale } from './support/locale.js';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** 13:30 local time on 4 March 2025. */
const START = new Date(2025, 2, 4, 13, 30);

async function mount(preferences: Partial<Preferences> = {}, info: Partial<AppInfo> = {}) {
  const api = new MemoryTrayApi([superOfficeView('connected')]);
  api.preferences = { ...structuredClone(DEFAULT_PREFERENCES), ...preferences };
  api.appInfo = { ...SANDBOX_INFO, ...info };
  api.agenda = agendaView([
    agendaItem({ key: 'demo', title: 'Demo', start: START.toISOString(), end: new Date(START.getTime() + 30 * 60_000).toISOString() }),
  ]);
  const app = await mountApp(api);
  return { api, app };
}

const agenda = (app: VmtApp) => inShadow<Agenda>(app, 'vmt-agenda');
const agendaHeading = (app: VmtApp) => text(inShadow(agenda(app), '#agenda-heading'));
const settingsSummary = (app: VmtApp) => text(inShadow(app, 'details.settings > summary'));
const preferencesLabel = (app: VmtApp, id: string) => text(inShadow<PreferencesForm>(app, 'vmt-preferences').shadowRoot!.querySelector(`label[for="${id}"]`));
const agendaTime = (app: VmtApp) => text(inShadow(agenda(app), '.item[data-key="demo"] time.time'));

describe('the app’s language', () => {
  it('switches every view to Norwegian and back without a reload', async () => {
    const { api, app } = await mount();
    expect(document.documentElement.lang).toBe('en');
    expect([settingsSummary(app), agendaHeading(app), preferencesLabel(app, 'reminderMinutes')]).toEqual(['Settings', 'Agenda', 'Reminder']);
    expect(text(card(app).shadowRoot!.querySelector('button'))).toBe('Sign out');

    api.emitPreferences({ ...api.preferences, language: 'nb' });
    await untilLocale(app, 'nb');
    expect(document.documentElement.lang).toBe('nb');
    expect([settingsSummary(app), agendaHeading(app), preferencesLabel(app, 'reminderMinutes')]).toEqual(['Innstillinger', 'Agenda', 'Påminnelse']);
    expect(text(card(app).shadowRoot!.querySelector('button'))).toBe('Logg av');
    expect(text(inShadow(agenda(app), '.day h3'))).toBe('I dag');

    api.emitPreferences({ ...api.preferences, language: 'en' });
    await untilLocale(app, 'en');
    expect(document.documentElement.lang).toBe('en');
    expect(settingsSummary(app)).toBe('Settings');
    expect(text(card(app).shadowRoot!.querySelector('button'))).toBe('Sign out');
  });

  it('follows the system language of the Electron host: de-AT is German, with Austrian formats', async () => {
    const { app } = await mount({ language: 'system' }, { host: 'electron', systemLocale: 'de-AT' });
    await untilLocale(app, 'de');
    expect(document.documentElement.lang).toBe('de');
    expect(settingsSummary(app)).toBe('Einstellungen');
    expect(formatSettings().locale).toBe('de-AT');
  });

  it('follows the browser’s languages in the browser host, taking the first one the app speaks', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'nl-BE', 'en-US']);
    const { app } = await mount({ language: 'system' }, { host: 'browser', systemLocale: 'de-DE' });
    await untilLocale(app, 'nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(settingsSummary(app)).toBe('Instellingen');
    expect(formatSettings().locale).toBe('nl-BE');
  });

  it('is English for a system language the app does not speak', async () => {
    const { app } = await mount({ language: 'system' }, { host: 'electron', systemLocale: 'fr-FR' });
    await untilLocale(app, 'en');
    expect(document.documentElement.lang).toBe('en');
    expect(settingsSummary(app)).toBe('Settings');
  });
});

describe('the agenda’s clock', () => {
  it('shows times on the 12-hour or the 24-hour clock as chosen, and re-renders when the choice changes', async () => {
    const { api, app } = await mount({ language: 'en', hourCycle: 'h12' }, { host: 'electron', systemLocale: 'en-GB' });
    await untilLocale(app, 'en');
    expect(agendaTime(app)).toMatch(/^1:30\s*[–-]\s*2:00\sPM$/i);

    const since = () => text(card(app).shadowRoot!.querySelector('.since'));
    expect(since()).toMatch(/\d:\d\d\s?[AP]M$/i);

    api.emitPreferences({ ...api.preferences, hourCycle: 'h23' });
    await settle(app);
    expect(agendaTime(app)).toMatch(/^13:30\s*[–-]\s*14:00$/);
    // Views that do not follow the preferences themselves re-render too (the connection card's "Connected since").
    expect(since()).toMatch(/\d\d:\d\d$/);

    // 'system' is the region's convention: 24-hour in en-GB.
    api.emitPreferences({ ...api.preferences, hourCycle: 'system' });
    await settle(app);
    expect(agendaTime(app)).toMatch(/^13:30\s*[–-]\s*14:00$/);
  });
});
