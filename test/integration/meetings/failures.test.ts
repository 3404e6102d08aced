import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreApp } from '../../support/core-app.js';
import { addable, eventually, liveMeetings, pinnedAppointment, signedInApp, stored, USER_LOCATION, useProvider } from './support.js';

let app: CoreApp;
beforeEach(async () => {
  app = await new CoreApp().start();
  await signedInApp(app);
});
afterEach(() => app.close());

describe('adding a video meeting when something fails', () => {
  it.each([['zoom'], ['google'], ['teams'], ['webex'], ['superoffice-video']] as const)(
    'SuperOffice refuses the write (400) after %s made the meeting: the meeting is deleted again at the provider; a retry makes exactly one',
    async (provider) => {
      await useProvider(app, provider);
      const item = await pinnedAppointment(app, USER_LOCATION);
      const before = stored(app, item.appointmentId);
      app.sandbox.superoffice.switches.appointmentWrite = 'bad_request';
      await expect(app.call('addVideoMeeting', item.key)).rejects.toMatchObject({ message: expect.stringMatching(/could not save the video meeting.*deleted again/), remedy: 'Try again later.' });
      expect(liveMeetings(app, provider)).toHaveLength(0);
      expect(app.requests('PATCH /Cust12345/api/v1/Appointment/')).toBe(1);
      expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: '', location: before.location, description: before.description });

      app.sandbox.superoffice.switches.appointmentWrite = 'normal';
      const meeting = await app.call('addVideoMeeting', item.key);
      expect(liveMeetings(app, provider)).toEqual([{ joinUrl: meeting.joinUrl }]);
      expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: meeting.joinUrl, location: USER_LOCATION, description: before.description });
    },
  );

  it('SuperOffice saved the write but its answer was lost: the app reads the appointment again and keeps the meeting (no delete)', async () => {
    await useProvider(app, 'zoom');
    const item = await pinnedAppointment(app, '');
    const before = stored(app, item.appointmentId);
    app.sandbox.superoffice.switches.appointmentWrite = 'applied_then_lost';
    const meeting = await app.call('addVideoMeeting', item.key);
    expect(liveMeetings(app, 'zoom')).toEqual([{ joinUrl: meeting.joinUrl }]);
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: meeting.joinUrl, location: meeting.joinUrl, description: before.description });
    expect(app.requests('PATCH /Cust12345/api/v1/Appointment/')).toBe(1);

    // The app knows it filled the Location, so removing clears it again.
    app.sandbox.superoffice.switches.appointmentWrite = 'normal';
    const shown = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item.appointmentId)!;
    expect(shown.video).toMatchObject({ provider: 'zoom' });
    await app.call('removeVideoMeeting', shown.key);
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: '', location: '' });
    expect(liveMeetings(app, 'zoom')).toHaveLength(0);
  });

  it('the answer was lost and the appointment cannot be read again either: the meeting stays, the user is told; the retry finishes with that meeting', async () => {
    await useProvider(app, 'zoom');
    const item = await pinnedAppointment(app, USER_LOCATION);
    app.sandbox.superoffice.switches.appointmentWrite = 'applied_then_lost';
    app.sandboxHooks.push((line) => {
      if (/PATCH .*\/Appointment\//.test(line)) app.sandbox.superoffice.switches.diary = 'server_error';
    });
    const failure = app.call('addVideoMeeting', item.key);
    await expect(failure).rejects.toMatchObject({ message: expect.stringMatching(/could not tell whether SuperOffice saved it/), remedy: expect.stringMatching(/this same meeting/) });
    const [left] = liveMeetings(app, 'zoom');
    await expect(failure).rejects.toMatchObject({ message: expect.stringContaining(left!.joinUrl) });

    app.sandboxHooks.length = 0;
    app.sandbox.superoffice.switches.diary = 'normal';
    app.sandbox.superoffice.switches.appointmentWrite = 'normal';
    const meeting = await app.call('addVideoMeeting', item.key);
    expect(meeting.joinUrl).toBe(left!.joinUrl);
    expect(liveMeetings(app, 'zoom')).toHaveLength(1);
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: meeting.joinUrl, location: USER_LOCATION });
    expect(app.requests('PATCH /Cust12345/api/v1/Appointment/')).toBe(1);
  });

  it('a write still under way at SuperOffice when its answer was lost (applied after the re-read): the meeting is kept, the user told; the retry finds the link and writes nothing', async () => {
    await useProvider(app, 'zoom');
    const item = await pinnedAppointment(app, USER_LOCATION);
    app.sandbox.superoffice.switches.appointmentWrite = 'applied_late';
    const failure = app.call('addVideoMeeting', item.key);
    await expect(failure).rejects.toMatchObject({ message: expect.stringMatching(/could not tell whether SuperOffice saved it/), remedy: expect.stringMatching(/this same meeting/) });
    const [left] = liveMeetings(app, 'zoom');
    await expect(failure).rejects.toMatchObject({ message: expect.stringContaining(left!.joinUrl) });
    // The app read the appointment again before the write landed.
    expect(stored(app, item.appointmentId).joinVideomeetUrl).toBe('');

    await eventually(() => stored(app, item.appointmentId).joinVideomeetUrl !== '', 'the held write to land');
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: left!.joinUrl, location: USER_LOCATION });
    expect(liveMeetings(app, 'zoom')).toEqual([{ joinUrl: left!.joinUrl }]);

    app.sandbox.superoffice.switches.appointmentWrite = 'normal';
    const meeting = await app.call('addVideoMeeting', item.key);
    expect(meeting.joinUrl).toBe(left!.joinUrl);
    expect(liveMeetings(app, 'zoom')).toEqual([{ joinUrl: left!.joinUrl }]);
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: left!.joinUrl, location: USER_LOCATION });
    expect(app.requests('PATCH /Cust12345/api/v1/Appointment/')).toBe(1);
    const shown = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item.appointmentId)!;
    expect(shown.video).toEqual({ provider: 'zoom' });
  });

  it.each([['lost'], ['server_error']] as const)(
    'a write without a clear answer (%s) that never lands: the meeting is kept, the user told; the retry writes again with the same meeting',
    async (mode) => {
      await useProvider(app, 'zoom');
      const item = await pinnedAppointment(app, '');
      app.sandbox.superoffice.switches.appointmentWrite = mode;
      const failure = app.call('addVideoMeeting', item.key);
      await expect(failure).rejects.toMatchObject({ message: expect.stringMatching(/could not tell whether SuperOffice saved it/), remedy: expect.stringMatching(/this same meeting/) });
      const [left] = liveMeetings(app, 'zoom');
      expect(liveMeetings(app, 'zoom')).toHaveLength(1);
      expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: '', location: '' });

      app.sandbox.superoffice.switches.appointmentWrite = 'normal';
      const meeting = await app.call('addVideoMeeting', item.key);
      expect(meeting.joinUrl).toBe(left!.joinUrl);
      expect(liveMeetings(app, 'zoom')).toEqual([{ joinUrl: left!.joinUrl }]);
      expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: left!.joinUrl, location: left!.joinUrl });
      expect(app.requests('PATCH /Cust12345/api/v1/Appointment/')).toBe(2);
    },
  );

  it('the late first write lands between the retry’s read and its write (409/412): the app reads again, finds its link and deletes nothing', async () => {
    await useProvider(app, 'zoom');
    const item = await pinnedAppointment(app, USER_LOCATION);
    app.sandbox.superoffice.switches.appointmentWrite = 'lost';
    await expect(app.call('addVideoMeeting', item.key)).rejects.toMatchObject({ message: expect.stringMatching(/could not tell whether SuperOffice saved it/) });
    const [left] = liveMeetings(app, 'zoom');
    app.sandbox.superoffice.switches.appointmentWrite = 'normal';
    app.sandboxHooks.push((line) => {
      if (/GET .*\/Appointment\/\d+/.test(line)) {
        app.sandboxHooks.length = 0;
        app.sandbox.superoffice.diary.update(item.appointmentId, (row) => {
          row.joinVideomeetUrl = left!.joinUrl;
        });
      }
    });
    const meeting = await app.call('addVideoMeeting', item.key);
    expect(meeting.joinUrl).toBe(left!.joinUrl);
    expect(app.sandboxLog.filter((line) => line.includes('PATCH /Cust12345/api/v1/Appointment/') && /→ 4(09|12)/.test(line))).toHaveLength(1);
    expect(liveMeetings(app, 'zoom')).toEqual([{ joinUrl: left!.joinUrl }]);
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: left!.joinUrl, location: USER_LOCATION });
  });

  it('the retry’s write is clearly refused because the user changed the appointment meanwhile (409/412): the app reads again, its link is not there, the meeting is deleted', async () => {
    await useProvider(app, 'zoom');
    const item = await pinnedAppointment(app, '');
    app.sandbox.superoffice.switches.appointmentWrite = 'lost';
    await expect(app.call('addVideoMeeting', item.key)).rejects.toMatchObject({ message: expect.stringMatching(/could not tell whether SuperOffice saved it/) });
    app.sandbox.superoffice.switches.appointmentWrite = 'normal';
    app.sandboxHooks.push((line) => {
      if (/GET .*\/Appointment\/\d+/.test(line)) {
        app.sandboxHooks.length = 0;
        app.sandbox.superoffice.diary.update(item.appointmentId, (row) => {
          row.location = 'Room 4 (changed in SuperOffice)';
        });
      }
    });
    await expect(app.call('addVideoMeeting', item.key)).rejects.toMatchObject({ code: 'appointment_changed', remedy: expect.stringMatching(/latest version/) });
    expect(liveMeetings(app, 'zoom')).toHaveLength(0);
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: '', location: 'Room 4 (changed in SuperOffice)' });
    expect(app.requests('GET /Cust12345/api/v1/Appointment/')).toBe(4);
  });

  it('when the meeting cannot be deleted either, the user gets its link; the retry saves that same meeting', async () => {
    await useProvider(app, 'zoom');
    const [item] = await addable(app);
    app.sandbox.superoffice.switches.appointmentWrite = 'bad_request';
    // Zoom starts failing once SuperOffice has been asked (after the meeting exists).
    app.sandboxHooks.push((line) => {
      if (/PATCH .*\/Appointment\//.test(line)) app.sandbox.zoom.switches.serverErrors = 20;
    });
    const failure = app.call('addVideoMeeting', item!.key);
    await expect(failure).rejects.toMatchObject({ code: 'meeting_left_behind' });
    const [left] = liveMeetings(app, 'zoom');
    await expect(failure).rejects.toMatchObject({ message: expect.stringContaining(left!.joinUrl) });

    app.sandboxHooks.length = 0;
    app.sandbox.zoom.switches.serverErrors = 0;
    app.sandbox.superoffice.switches.appointmentWrite = 'normal';
    const meeting = await app.call('addVideoMeeting', item!.key);
    expect(meeting.joinUrl).toBe(left!.joinUrl);
    expect(liveMeetings(app, 'zoom')).toHaveLength(1);
  });

  it('an edit made in SuperOffice between reading and writing is not overwritten: the meeting is deleted, the user told', async () => {
    await useProvider(app, 'zoom');
    const [item] = await addable(app);
    app.sandboxHooks.push((line) => {
      if (/GET .*\/Appointment\/\d+/.test(line)) {
        app.sandboxHooks.length = 0;
        app.sandbox.superoffice.diary.update(item!.appointmentId, (row) => {
          row.location = 'Room 4 (changed in SuperOffice)';
        });
      }
    });
    await expect(app.call('addVideoMeeting', item!.key)).rejects.toMatchObject({ code: 'appointment_changed', remedy: expect.stringMatching(/latest version/) });
    expect(stored(app, item!.appointmentId)).toMatchObject({ location: 'Room 4 (changed in SuperOffice)', joinVideomeetUrl: '' });
    expect(liveMeetings(app, 'zoom')).toHaveLength(0);
    // Nothing stands in the way of trying again.
    const meeting = await app.call('addVideoMeeting', item!.key);
    expect(stored(app, item!.appointmentId)).toMatchObject({ location: 'Room 4 (changed in SuperOffice)', joinVideomeetUrl: meeting.joinUrl });
  });

  it('a link added in SuperOffice meanwhile wins: no second meeting', async () => {
    await useProvider(app, 'jitsi');
    const [item] = await addable(app);
    app.sandbox.superoffice.diary.update(item!.appointmentId, (row) => {
      row.joinVideomeetUrl = 'https://zoom.us/j/12345678901';
    });
    await expect(app.call('addVideoMeeting', item!.key)).rejects.toMatchObject({ code: 'appointment_changed', message: expect.stringMatching(/got a meeting link in SuperOffice meanwhile/) });
    expect(stored(app, item!.appointmentId).joinVideomeetUrl).toBe('https://zoom.us/j/12345678901');
  });

  it('a slow provider: the item says "adding" meanwhile and a second click joins the first', async () => {
    await useProvider(app, 'zoom');
    const [item] = await addable(app);
    app.sandbox.zoom.switches.slowMs = 800;
    const first = app.call('addVideoMeeting', item!.key);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const during = (await app.call('getAgenda')).items.find((candidate) => candidate.key === item!.key)!;
    expect(during.video).toMatchObject({ provider: 'zoom', pending: 'adding' });
    const second = app.call('addVideoMeeting', item!.key);
    expect((await second).joinUrl).toBe((await first).joinUrl);
    expect(liveMeetings(app, 'zoom')).toHaveLength(1);
  });

  it('SuperOffice video meetings: a failed reservation says the original service’s words', async () => {
    await useProvider(app, 'superoffice-video');
    const [item] = await addable(app);
    app.sandbox.superoffice.switches.videoMeetingService = 'reservation_error';
    await expect(app.call('addVideoMeeting', item!.key)).rejects.toMatchObject({ code: 'reservation_failed', message: 'Something went wrong reserving your video meeting. Please try again later.' });
    expect(stored(app, item!.appointmentId).joinVideomeetUrl).toBe('');
  });

  it('SuperOffice video meetings are offered only where the tenant has them, and ask for authorisation at the LoginUrl', async () => {
    const ids = async () => (await app.call('listConnections')).map((view) => view.id);
    expect(await ids()).toContain('superoffice-video');
    const card = (await app.call('listConnections')).find((view) => view.id === 'superoffice-video')!;
    expect(card).toMatchObject({ status: 'disconnected', nextAction: 'connect' });
    const connected = await app.call('connect', 'superoffice-video');
    expect(connected.status).toBe('connected');
    expect(app.sandbox.superoffice.videoMeetings.isAuthorised(5)).toBe(true);

    // A tenant without the service (NetServer before 11.4 answers 404): the active choice says so; otherwise it is not listed.
    app.sandbox.superoffice.switches.videoMeetingService = 'unsupported';
    await app.call('disconnect', 'superoffice');
    await app.call('connect', 'superoffice');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await app.call('listConnections')).find((view) => view.id === 'superoffice-video')).toMatchObject({ status: 'disconnected', statusText: 'Not offered by your SuperOffice tenant' });
    await app.call('setActiveProvider', 'jitsi');
    expect(await ids()).not.toContain('superoffice-video');
  });

  it('signing out of SuperOffice video meetings stops using them for new meetings; the authorisation stays in SuperOffice', async () => {
    await useProvider(app, 'superoffice-video');
    const view = await app.call('disconnect', 'superoffice-video');
    expect(view).toMatchObject({ id: 'superoffice-video', needsAccount: false });
    expect((await app.call('listConnections')).find((card) => card.id === 'superoffice-video')).toMatchObject({ status: 'connected', active: false });
    expect((JSON.parse(app.read('config.json')) as { video: { activeProvider?: string } }).video.activeProvider).toBeUndefined();
    expect(app.sandbox.superoffice.videoMeetings.isAuthorised(5)).toBe(true);
  });
});

describe('removing a video meeting when something fails', () => {
  it('the provider cannot delete the meeting: the link is off the appointment, the user gets the meeting that is left with its link; Remove again deletes it', async () => {
    await useProvider(app, 'zoom');
    const item = await pinnedAppointment(app, '');
    const before = stored(app, item.appointmentId);
    const meeting = await app.call('addVideoMeeting', item.key);
    const key = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item.appointmentId)!.key;
    app.sandbox.zoom.switches.serverErrors = 20;
    await expect(app.call('removeVideoMeeting', key)).rejects.toMatchObject({
      code: 'meeting_left_behind',
      message: `The link was taken off "Budget review with Fjord AS", but the Zoom meeting could not be deleted: ${meeting.joinUrl}`,
      remedy: expect.stringMatching(/Remove video meeting" again later/),
    });
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: '', location: '', description: before.description });
    expect(liveMeetings(app, 'zoom')).toEqual([{ joinUrl: meeting.joinUrl }]);

    app.sandbox.zoom.switches.serverErrors = 0;
    const again = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item.appointmentId)!;
    expect(again.video).toMatchObject({ provider: 'zoom' });
    await app.call('removeVideoMeeting', again.key);
    expect(liveMeetings(app, 'zoom')).toHaveLength(0);
    expect(app.requests('PATCH /Cust12345/api/v1/Appointment/')).toBe(2);
  });

  it('the appointment was changed in SuperOffice meanwhile (409/412): nothing is overwritten, the meeting stays, the user is told', async () => {
    await useProvider(app, 'zoom');
    const item = await pinnedAppointment(app, '');
    const meeting = await app.call('addVideoMeeting', item.key);
    const key = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item.appointmentId)!.key;
    app.sandboxHooks.push((line) => {
      if (/GET .*\/Appointment\/\d+/.test(line)) {
        app.sandboxHooks.length = 0;
        app.sandbox.superoffice.diary.update(item.appointmentId, (row) => {
          row.location = 'Room 4 (changed in SuperOffice)';
        });
      }
    });
    await expect(app.call('removeVideoMeeting', key)).rejects.toMatchObject({
      code: 'appointment_changed',
      message: expect.stringMatching(/changed in SuperOffice meanwhile/),
      remedy: expect.stringMatching(/latest version/),
    });
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: meeting.joinUrl, location: 'Room 4 (changed in SuperOffice)' });
    expect(liveMeetings(app, 'zoom')).toEqual([{ joinUrl: meeting.joinUrl }]);
    // The app still owns the meeting: Remove again clears the link and leaves the user's Location.
    await app.call('removeVideoMeeting', key);
    expect(stored(app, item.appointmentId)).toMatchObject({ joinVideomeetUrl: '', location: 'Room 4 (changed in SuperOffice)' });
    expect(liveMeetings(app, 'zoom')).toHaveLength(0);
  });
});
