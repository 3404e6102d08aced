import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TrayMenuItem } from '../../../main/core/tray-model.js';
import { CoreApp } from '../../support/core-app.js';

let app: CoreApp;
beforeEach(async () => {
  app = await new CoreApp().start();
});
afterEach(() => app.close());

const labels = (menu: TrayMenuItem[] = []): string[] => menu.flatMap((entry) => (entry.kind === 'separator' ? [] : [entry.label]));

describe('the app’s language, with the real core and the sandbox', () => {
  it('switches the tray menu and the connection cards to Norwegian when the language is set to nb, and back', async () => {
    await app.call('connect', 'superoffice');
    expect(labels(app.tray.last?.menu)).toEqual(expect.arrayContaining(['Refresh', 'Quit']));

    const before = app.events.length;
    await app.call('setPreferences', { language: 'nb' });
    const menu = labels(app.tray.last?.menu);
    expect(menu).toEqual(expect.arrayContaining(['Oppdater', 'Innstillinger…', 'Avslutt', 'Åpne Video Meetings Tray', 'Logg av SuperOffice CRM Online']));
    expect(menu).toContain('SuperOffice CRM Online: Koblet til Cust12345 som Alice Andersen');
    expect(menu.some((label) => /Quit|Refresh|Settings/.test(label))).toBe(false);
    // The cards were sent again in Norwegian, without any change of state.
    const resent = app.events.slice(before).flatMap((event) => (event.name === 'connectionChanged' ? [event.payload] : []));
    expect(resent.find((view) => view.id === 'superoffice')?.statusText).toBe('Koblet til Cust12345 som Alice Andersen');
    expect((await app.call('listConnections')).find((view) => view.id === 'zoom')?.statusText).toBe('Ikke tilkoblet');

    await app.call('setPreferences', { language: 'system' });
    expect(labels(app.tray.last?.menu)).toEqual(expect.arrayContaining(['Refresh', 'Quit']));
  });
});
