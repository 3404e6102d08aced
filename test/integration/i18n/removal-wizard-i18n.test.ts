import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreApp } from '../../support/core-app.js';
import { useProvider } from '../meetings/support.js';

let app: CoreApp;
beforeEach(async () => {
  app = await new CoreApp().start();
  await app.call('connect', 'superoffice');
});
afterEach(() => app.close());

describe('the removal wizard in the user’s language, with the real core and the sandbox', () => {
  it('speaks Norwegian: steps, the provider’s own instructions, the verified revoke, the page button and Copy steps', async () => {
    await useProvider(app, 'zoom');
    await app.call('setPreferences', { language: 'nb' });
    await app.call('removalWizardAction', 'zoom', 'start');
    await app.call('removalWizardAction', 'zoom', 'next');
    const view = await app.call('removalWizardAction', 'zoom', 'next');
    expect(view.title).toBe('Fjern Zoom');
    expect(view.steps.map((step) => step.title)).toEqual(['Koble fra i appen', 'Trekk tilbake tilgangen', 'Avinstaller hos Zoom', 'Ferdig']);
    expect(view.steps[0]).toMatchObject({ instructions: ['Appen slutter å opprette nye møter med Zoom.'], outcome: 'Zoom brukes ikke lenger til nye møter. Velg en annen leverandør i Innstillinger når du trenger en.' });
    expect(view.steps[1]!.outcome).toBe(
      'Trukket tilbake hos Zoom. Påloggingen ble slettet fra nøkkelringen på denne datamaskinen. En oppdatering med den gamle påloggingen ble avvist: tilbaketrekkingen er bekreftet.',
    );
    expect(view.steps[2]).toMatchObject({ instructions: ['Logg på Zoom App Marketplace.', 'Manage → Installed Apps.', expect.stringMatching(/^Finn «Video Meetings Tray»/)], page: { label: 'Åpne Zoom Marketplace → Installed Apps' } });
    const text = await app.call('removalWizardText', 'zoom');
    expect(text).toContain('Trinn 3 av 4: Avinstaller hos Zoom');
    expect(text).toMatch(/Allerede gjort:\n {2}Trinn 1: .*\n {2}Trinn 2: Trukket tilbake hos Zoom\./);
    expect(text).not.toMatch(/Step|Revoked|Already done/);
  });

  it('keeps what was done as texts, so a summary made in Norwegian reads in German after a language change', async () => {
    await useProvider(app, 'google');
    await app.call('setPreferences', { language: 'nb' });
    for (const action of ['start', 'next', 'next'] as const) await app.call('removalWizardAction', 'google', action);
    expect((await app.call('removalWizardAction', 'google', 'cancel')).summary![0]).toBe('Avbrutt på trinn 3. Ingenting annet ble endret.');

    await app.call('setPreferences', { language: 'de' });
    const view = await app.call('getRemovalWizard', 'google');
    expect(view.title).toBe('Google Meet entfernen');
    expect(view.summary).toEqual([
      'Bei Schritt 3 abgebrochen. Sonst wurde nichts geändert.',
      'Schritt 1: Google Meet wird nicht mehr für neue Meetings verwendet. Wählen Sie in den Einstellungen einen anderen Anbieter, wenn Sie einen brauchen.',
      expect.stringMatching(/^Schritt 2: Bei Google Meet widerrufen\. Die Anmeldung wurde aus dem Schlüsselbund dieses Computers gelöscht\./),
      'Noch zu tun: die App bei Google Meet entfernen (Schritt 3).',
    ]);
    // And back to English (the default) for the same stored outcomes.
    await app.call('setPreferences', { language: 'en' });
    expect((await app.call('getRemovalWizard', 'google')).summary!.at(-1)).toBe('Still to do: remove the app at Google Meet (step 3).');
  });

  it('re-sends an open wizard in the new language the moment the language changes (no reload, no new call)', async () => {
    await useProvider(app, 'zoom');
    for (const action of ['start', 'next'] as const) await app.call('removalWizardAction', 'zoom', action);
    app.events.length = 0;
    await app.call('setPreferences', { language: 'nb' });
    const sent = app.events.flatMap((event) => (event.name === 'wizardChanged' ? [event.payload] : []));
    expect(sent.map((view) => [view.id, view.title, view.steps[0]!.title])).toEqual([['zoom', 'Fjern Zoom', 'Koble fra i appen']]);
    expect(sent[0]!.steps[0]!.outcome).toMatch(/^Zoom brukes ikke lenger/);
  });

  it('repair reports its steps’ details in German', async () => {
    await useProvider(app, 'zoom');
    await app.call('setPreferences', { language: 'de' });
    await app.call('repairConnection', 'zoom');
    const progress = app.events.flatMap((event) => (event.name === 'repairProgress' ? [event.payload] : [])).at(-1)!;
    expect(progress.state).toBe('done');
    expect(progress.steps.map((step) => [step.title, step.detail])).toEqual([
      ['Zoom-Konfiguration auf diesem Computer entfernen', 'Anmeldung und zwischengespeicherte Identität wurden von diesem Computer entfernt.'],
      ['Zugriff der App bei Zoom widerrufen', expect.stringMatching(/^Bei Zoom widerrufen\. .*Widerruf bestätigt\.$/)],
      [expect.stringMatching(/Zoom/), 'Angemeldet als Zoe Zoom.'],
    ]);
  });

  it('re-sends a finished repair in the new language the moment the language changes', async () => {
    await useProvider(app, 'zoom');
    await app.call('repairConnection', 'zoom');
    app.events.length = 0;
    await app.call('setPreferences', { language: 'nb' });
    const sent = app.events.flatMap((event) => (event.name === 'repairProgress' ? [event.payload] : []));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ id: 'zoom', state: 'done' });
    expect(sent[0]!.steps.map((step) => [step.title, step.state, step.detail])).toEqual([
      ['Fjern Zoom-oppsettet på denne datamaskinen', 'done', 'Pålogging og mellomlagret identitet er fjernet fra denne datamaskinen.'],
      [expect.stringMatching(/^Trekk tilbake/), 'done', expect.stringMatching(/^Trukket tilbake hos Zoom\./)],
      ['Logg på Zoom igjen', 'done', 'Pålogget som Zoe Zoom.'],
    ]);
  });
});
