import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type ProviderId } from '../../../preload/contract.js';
import { CoreApp } from '../../support/core-app.js';
import { addable, liveMeetings, pinnedAppointment, PROVIDER_USERS, providerMeeting, signedInApp, stored, USER_LOCATION, useProvider } from './support.js';

let app: CoreApp;
beforeEach(async () => {
  app = await new CoreApp().start();
  await signedInApp(app);
});
afterEach(() => app.close());

/** The provider name in the invitation's meeting-ID line; Jitsi rooms and SuperOffice reservations have no ID line. */
const ID_LINE: Partial<Record<ProviderId, string>> = { zoom: 'Zoom', google: 'Google Meet', teams: 'Microsoft Teams', webex: 'Webex' };

describe.each(PROVIDER_IDS.map((provider) => [provider]))('video meeting of an appointment with %s', (provider: ProviderId) => {
  it('on an appointment with an empty Location: adds it (Location filled, description kept), copies it, removes it (Location cleared)', async () => {
    await useProvider(app, provider);
    const passcode = provider === 'zoom' || provider === 'webex' ? await app.call('generatePasscode', provider) : undefined;
    if (passcode && (provider === 'zoom' || provider === 'webex')) await app.call('savePasscode', provider, passcode);
    const item = await pinnedAppointment(app, '');
    const before = stored(app, item.appointmentId);
    expect(before).toMatchObject({ joinVideomeetUrl: '', location: '' });

    const meeting = await app.call('addVideoMeeting', item.key);
    expect(meeting.provider).toBe(provider);
    const after = stored(app, item.appointmentId);
    expect(after).toMatchObject({ joinVideomeetUrl: meeting.joinUrl, location: meeting.joinUrl, description: before.description, title: before.title });
    if (provider === 'superoffice-video') expect(after.centralserviceVideomeetId).toBe(meeting.meetingId);
    if (provider !== 'jitsi') expect(liveMeetings(app, provider).filter((live) => live.joinUrl === meeting.joinUrl)).toHaveLength(1);

    // At the provider: the appointment's title, start, duration and time zone, and the saved passcode (Zoom, Webex).
    // Teams online meetings carry no time zone (UTC only); a Jitsi room and a SuperOffice reservation take none of these.
    const made = providerMeeting(app, provider, meeting.joinUrl);
    if (provider === 'jitsi' || provider === 'superoffice-video') expect(made).toBeUndefined();
    else {
      expect(made).toMatchObject({ title: 'Budget review with Fjord AS', start: Date.parse(item.start), minutes: (Date.parse(item.end) - Date.parse(item.start)) / 60_000 });
      if (provider !== 'teams') expect(made?.timeZone).toBe('Europe/Oslo');
      if (passcode) expect([made?.passcode, meeting.passcode]).toEqual([passcode, passcode]);
    }

    // The appointment now shows its Join button like any other.
    const shown = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item.appointmentId)!;
    expect(shown).toMatchObject({ canAddVideo: false, video: { provider }, join: { url: meeting.joinUrl } });

    expect(await app.call('meetingText', shown.key, 'link')).toBe(meeting.joinUrl);
    const invitation = await app.call('meetingText', shown.key, 'invitation');
    expect(invitation).toContain(`Join meeting: ${meeting.joinUrl}`);
    expect(invitation).toContain('Budget review with Fjord AS');
    const idLine = ID_LINE[provider];
    if (idLine) expect(invitation).toContain(`\n${idLine} meeting ID: ${meeting.meetingId}`);
    else expect(invitation).not.toMatch(/meeting ID/);
    if (passcode) expect(invitation).toContain(`\nPasscode: ${passcode}`);

    await app.call('removeVideoMeeting', shown.key);
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: '', location: '', description: before.description, centralserviceVideomeetId: before.centralserviceVideomeetId });
    expect(liveMeetings(app, provider).filter((live) => live.joinUrl === meeting.joinUrl)).toHaveLength(0);
    const again = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item.appointmentId)!;
    expect(again).toMatchObject({ canAddVideo: true });
    expect(again.video).toBeUndefined();
  });

  it('on an appointment with a Location the user wrote: the Location stays through add and remove', async () => {
    await useProvider(app, provider);
    const item = await pinnedAppointment(app, USER_LOCATION);
    const before = stored(app, item.appointmentId);

    const meeting = await app.call('addVideoMeeting', item.key);
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: meeting.joinUrl, location: USER_LOCATION, description: before.description });

    await app.call('removeVideoMeeting', (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item.appointmentId)!.key);
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: '', location: USER_LOCATION, description: before.description });
    if (provider !== 'jitsi') expect(liveMeetings(app, provider).filter((live) => live.joinUrl === meeting.joinUrl)).toHaveLength(0);
  });
});

describe('adding a video meeting', () => {
  it('signs in to the active provider first when it is not connected yet, then creates the meeting', async () => {
    await app.call('setActiveProvider', 'zoom');
    app.person.user = { ...PROVIDER_USERS.zoom };
    const [item] = await addable(app);
    const meeting = await app.call('addVideoMeeting', item!.key);
    expect((await app.call('listConnections')).find((view) => view.id === 'zoom')?.status).toBe('connected');
    expect(stored(app, item!.appointmentId).joinVideomeetUrl).toBe(meeting.joinUrl);
  });

  it('SuperOffice video meetings not authorised yet: the card shows the LoginUrl, the first Add opens it, then the reservation completes', async () => {
    await app.call('setActiveProvider', 'superoffice-video');
    const card = (await app.call('listConnections')).find((view) => view.id === 'superoffice-video')!;
    expect(card).toMatchObject({ status: 'disconnected', nextAction: 'connect', loginUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\//) });
    const item = await pinnedAppointment(app, '');
    const meeting = await app.call('addVideoMeeting', item.key);
    expect(app.person.opened).toContain(card.loginUrl);
    expect(app.sandbox.superoffice.videoMeetings.isAuthorised(5)).toBe(true);
    expect((await app.call('listConnections')).find((view) => view.id === 'superoffice-video')).toMatchObject({ status: 'connected' });
    expect((await app.call('listConnections')).find((view) => view.id === 'superoffice-video')?.loginUrl).toBeUndefined();
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: meeting.joinUrl, centralserviceVideomeetId: meeting.meetingId });
    expect(liveMeetings(app, 'superoffice-video')).toEqual([{ joinUrl: meeting.joinUrl }]);
  }, 15_000);

  it('says what to do when no provider is chosen', async () => {
    const [item] = await addable(app);
    await expect(app.call('addVideoMeeting', item!.key)).rejects.toMatchObject({ code: 'not_connected', remedy: expect.stringMatching(/Settings/) });
  });

  it('creates one meeting for two clicks at once, and a third click returns the same meeting', async () => {
    await useProvider(app, 'zoom');
    const [item] = await addable(app);
    const [first, second] = await Promise.all([app.call('addVideoMeeting', item!.key), app.call('addVideoMeeting', item!.key)]);
    expect(second.joinUrl).toBe(first.joinUrl);
    const key = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item!.appointmentId)!.key;
    expect((await app.call('addVideoMeeting', key)).joinUrl).toBe(first.joinUrl);
    expect(liveMeetings(app, 'zoom')).toHaveLength(1);
  });

  it('refuses invitations and items that already have a link, with a clear message', async () => {
    await useProvider(app, 'jitsi');
    const view = await app.call('getAgenda');
    const invited = view.items.find((item) => item.invitation !== 'own')!;
    await expect(app.call('addVideoMeeting', invited.key)).rejects.toMatchObject({ code: 'invalid_argument', message: expect.stringMatching(/own appointments|already has/) });
    const linked = view.items.find((item) => item.join && item.invitation === 'own')!;
    await expect(app.call('addVideoMeeting', linked.key)).rejects.toMatchObject({ message: expect.stringMatching(/already has a meeting link/) });
    await expect(app.call('removeVideoMeeting', linked.key)).rejects.toMatchObject({ message: expect.stringMatching(/did not create/) });
    await expect(app.call('addVideoMeeting', 'no-such@2026')).rejects.toMatchObject({ message: expect.stringMatching(/no longer in the agenda/) });
  });

  it('offers "Add video meeting" for the next appointment without a link in the tray menu', async () => {
    await useProvider(app, 'jitsi');
    const [item] = await addable(app);
    const action = app.tray.last?.menu.find((entry) => entry.kind === 'action' && entry.action.startsWith('add-video:'));
    expect(action).toMatchObject({ action: `add-video:${item!.key}` });
    await app.core.runTrayAction(`add-video:${item!.key}`);
    expect(stored(app, item!.appointmentId).joinVideomeetUrl).toMatch(/^https:\/\/meet\.jit\.si\//);
  });
});

describe('copying the video meeting of an appointment', () => {
  it('copies the link the appointment has now when the user changed it in SuperOffice after the app made the meeting', async () => {
    await useProvider(app, 'zoom');
    const item = await pinnedAppointment(app, '');
    const meeting = await app.call('addVideoMeeting', item.key);
    const theirs = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_changed%40thread.v2/0';
    app.sandbox.superoffice.diary.update(item.appointmentId, (row) => {
      row.joinVideomeetUrl = theirs;
    });
    await app.call('refreshAgenda');
    const key = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item.appointmentId)!.key;

    expect(await app.call('meetingText', key, 'link')).toBe(theirs);
    const invitation = await app.call('meetingText', key, 'invitation');
    expect(invitation).toContain(`Join meeting: ${theirs}`);
    expect(invitation).not.toContain(meeting.joinUrl);
    expect(invitation).not.toContain(`Zoom meeting ID: ${meeting.meetingId}`);
    expect(invitation).not.toContain('Passcode:');
  });
});
