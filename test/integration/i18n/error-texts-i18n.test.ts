import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    app.sandbox.superoffice.switches.appointmentWrite = 'server_error';
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
});
