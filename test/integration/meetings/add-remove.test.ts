import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type ProviderId } from '../../../preload/contract.js';
import { CoreApp } from '../../support/core-app.js';
import { addable, liveMeetings, PROVIDER_USERS, signedInApp, stored, useProvider } from './support.js';

let app: CoreApp;
beforeEach(async () => {
  app = await new CoreApp().start();
  await signedInApp(app);
});
afterEach(() => app.close());

describe.each(PROVIDER_IDS.map((provider) => [provider]))('video meeting of an appointment with %s', (provider: ProviderId) => {
  it('adds it (link in SuperOffice, Location filled when empty, description kept), copies it, removes it', async () => {
    await useProvider(app, provider);
    const [item] = await addable(app);
    expect(item, 'the sandbox diary has an own appointment without a link').toBeDefined();
    const before = stored(app, item!.appointmentId);
    expect(before.joinVideomeetUrl).toBe('');

    const meeting = await app.call('addVideoMeeting', item!.key);
    expect(meeting.provider).toBe(provider);
    const after = stored(app, item!.appointmentId);
    expect(after.joinVideomeetUrl).toBe(meeting.joinUrl);
    expect(after.description).toBe(before.description);
    expect(after.title).toBe(before.title);
    expect(after.location).toBe(before.location.trim() === '' && meeting.joinUrl.length <= 254 ? meeting.joinUrl : before.location);
    if (provider === 'superoffice-video') expect(after.centralserviceVideomeetId).toBe(meeting.meetingId);
    if (provider !== 'jitsi') expect(liveMeetings(app, provider).filter((live) => live.joinUrl === meeting.joinUrl)).toHaveLength(1);

    // The appointment now shows its Join button like any other.
    const shown = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item!.appointmentId)!;
    expect(shown).toMatchObject({ canAddVideo: false, video: { provider }, join: { url: meeting.joinUrl } });

    expect(await app.call('meetingText', shown.key, 'link')).toBe(meeting.joinUrl);
    const invitation = await app.call('meetingText', shown.key, 'invitation');
    expect(invitation).toContain(`Join meeting: ${meeting.joinUrl}`);
    expect(invitation).toContain(item!.title);
    if (meeting.passcode) expect(invitation).toContain(`Passcode: ${meeting.passcode}`);

    await app.call('removeVideoMeeting', shown.key);
    const removed = stored(app, item!.appointmentId);
    expect(removed.joinVideomeetUrl).toBe('');
    expect(removed.location).toBe(before.location);
    expect(removed.description).toBe(before.description);
    if (provider === 'superoffice-video') expect(removed.centralserviceVideomeetId).toBe('');
    expect(liveMeetings(app, provider).filter((live) => live.joinUrl === meeting.joinUrl)).toHaveLength(0);
    const again = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item!.appointmentId)!;
    expect(again).toMatchObject({ canAddVideo: true });
    expect(again.video).toBeUndefined();
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
