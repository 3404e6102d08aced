import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Preferences } from '../../../preload/contract.js';
import { CoreApp } from '../../support/core-app.js';
import { addable, signedInApp, useProvider } from '../meetings/support.js';

let app: CoreApp;
beforeEach(async () => {
  app = await new CoreApp().start();
  await signedInApp(app);
});
afterEach(() => app.close());

describe('errors in the user’s language, with the real core and the sandbox', () => {
  it('a failed SuperOffice reservation is said in Swedish in the result, and in English again by default', async () => {
    await useProvider(app, 'superoffice-video');
    const [item] = await addable(app);
    app.sandbox.superoffice.switches.videoMeetingService = 'reservation_error';
    await app.call('setPreferences', { language: 'sv' });
    await expect(app.call('addVideoMeeting', item!.key)).rejects.toMatchObject({
      code: 'reservation_failed',
      message: 'Något gick fel när ditt videomöte skulle bokas. Försök igen senare.',
      remedy: 'Om det fortsätter att hända, logga ut från SuperOffice i appen och logga in igen.',
    });
    await app.call('setPreferences', { language: 'system' });
    await expect(app.call('addVideoMeeting', item!.key)).rejects.toMatchObject({ message: 'Something went wrong reserving your video meeting. Please try again later.' });
  });

  it('SuperOffice refusing the write after Zoom made the meeting: Swedish, with the provider named', async () => {
    await useProvider(app, 'zoom');
    const [item] = await addable(app);
    app.sandbox.superoffice.switches.appointmentWrite = 'bad_request';
    await app.call('setPreferences', { language: 'sv' });
    await expect(app.call('addVideoMeeting', item!.key)).rejects.toMatchObject({
      message: 'SuperOffice kunde inte spara videomötet i avtalet, så Zoom-mötet togs bort igen.',
      remedy: 'Försök igen senare.',
    });
  });

  it('a tray action that fails notifies in Danish', async () => {
    await useProvider(app, 'superoffice-video');
    const [item] = await addable(app);
    app.sandbox.superoffice.switches.videoMeetingService = 'reservation_error';
    await app.call('setPreferences', { language: 'da' });
    await app.core.runTrayAction(`add-video:${item!.key}`);
    expect(app.notifications.at(-1)).toEqual({
      title: 'Video Meetings Tray',
      body: 'Noget gik galt under reservationen af dit videomøde. Prøv igen senere. Bliver det ved med at ske, så log ud af SuperOffice i appen, og log ind igen.',
    });
  });

  it('a refused call (an unknown meeting) is said in Dutch', async () => {
    await app.call('setPreferences', { language: 'nl' });
    await expect(app.call('joinMeeting', 'no-such@2026')).rejects.toMatchObject({ code: 'invalid_argument', message: 'Die vergadering staat niet meer in de agenda.', remedy: expect.stringMatching(/^Start de app opnieuw\./) });
  });

  it('a preferences change the core refuses is said in German, naming what is wrong', async () => {
    await app.call('setPreferences', { language: 'de' });
    const before = await app.call('getPreferences');
    await expect(app.call('setPreferences', { horizonDays: 30 })).rejects.toMatchObject({ code: 'invalid_argument', message: 'Die Agenda umfasst höchstens 14 Tage.' });
    await expect(app.call('setPreferences', { googleAccount: 'not an address' })).rejects.toMatchObject({ message: 'Geben Sie die E-Mail-Adresse eines Google-Kontos ein, oder lassen Sie das Feld leer.' });
    await expect(app.call('setPreferences', { joinShortcut: 'J' })).rejects.toMatchObject({ message: 'Verwenden Sie Modifikatortasten und eine Taste, zum Beispiel CommandOrControl+Alt+J.' });
    const brokenCaller = { theme: 'purple' } as unknown as Partial<Preferences>;
    await expect(app.call('setPreferences', brokenCaller)).rejects.toMatchObject({ message: 'Ungültige Einstellungen.' });
    expect(await app.call('getPreferences')).toEqual(before);
  });

  it('the Zoom passcode rules under the field follow the language', async () => {
    await useProvider(app, 'zoom');
    const rules = async () => (await app.call('listConnections')).find((view) => view.id === 'zoom')!.passcode!.rules;
    expect(await rules()).toContain('At most 10 characters');
    await app.call('setPreferences', { language: 'nb' });
    expect(await rules()).toEqual(expect.arrayContaining(['Høyst 10 tegn']));
    expect((await rules()).join(' ')).not.toMatch(/characters|letters/i);
  });

  it('Zoom’s daily limit names the day and time it ends in the user’s language and clock', async () => {
    await useProvider(app, 'zoom');
    const [item] = await addable(app);
    app.sandbox.zoom.switches.rateLimit = { remaining: 20, retryAfter: 'iso-date' };
    await app.call('setPreferences', { language: 'nb', hourCycle: 'h23' });
    const norwegian = app.call('addVideoMeeting', item!.key);
    await expect(norwegian).rejects.toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/^Zoom ba appen om å sende færre forespørsler frem til \S+ \d+\. \S+, \d\d:\d\d\.$/) });
    await app.call('setPreferences', { language: 'en', hourCycle: 'h12' });
    await expect(app.call('addVideoMeeting', item!.key)).rejects.toMatchObject({ message: expect.stringMatching(/^Zoom asked the app to slow down until \w{3}, \w{3} \d+, \d+:\d\d\s(AM|PM)\.$/) });
  });
});
