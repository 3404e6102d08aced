import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RepairProgress } from '../../../preload/contract.js';
import { KeytarSecretStore } from '../../../main/secrets/keytar-secret-store.js';
import { CoreApp } from '../../support/core-app.js';
import { addable, signedInApp, stored, useProvider } from '../meetings/support.js';

let app: CoreApp;
beforeEach(async () => {
  app = await new CoreApp().start();
  await signedInApp(app);
});
afterEach(() => app.close());

const lastRepair = (): RepairProgress | undefined =>
  app.events.flatMap((event) => (event.name === 'repairProgress' && event.payload.id === 'superoffice' ? [event.payload] : [])).at(-1);

describe('"Something went wrong reserving your video meeting": Repair SuperOffice connection, then the meeting can be added', () => {
  it('the failed reservation, the repair (tenant and customer ID confirmed after a fresh sign-in), then Add video meeting succeeds', async () => {
    await useProvider(app, 'superoffice-video');
    const [item] = await addable(app);
    const oldGrant = await new KeytarSecretStore(app.keychainService).get('superoffice:Cust12345:5');
    app.sandbox.superoffice.switches.videoMeetingService = 'reservation_error';

    // The original service's words, with the remedy the item's "Repair SuperOffice connection" button carries out.
    await expect(app.call('addVideoMeeting', item!.key)).rejects.toMatchObject({
      code: 'reservation_failed',
      message: 'Something went wrong reserving your video meeting. Please try again later.',
    });
    expect(stored(app, item!.appointmentId).joinVideomeetUrl).toBe('');

    const signInsBefore = app.requests('[sod] GET /login/common/oauth/authorize →');
    const repaired = await app.call('repairConnection', 'superoffice');
    expect(repaired).toMatchObject({ id: 'superoffice', status: 'connected', statusText: 'Connected to Cust12345 as Alice Andersen' });
    expect(lastRepair()).toMatchObject({
      state: 'done',
      steps: [
        { id: 'remove-local', state: 'done', detail: 'Sign-in and cached identity removed from this computer.' },
        { id: 'revoke', state: 'done' },
        { id: 'sign-in', state: 'done', detail: 'Signed in as Alice Andersen.' },
        { id: 'check-superoffice', title: 'Check tenant and customer ID', state: 'done', detail: 'Tenant Cust12345 (customer ID) and Alice Andersen (associate 5) confirmed by SuperOffice.' },
      ],
    });
    // Revoked at SuperOffice, then a fresh sign-in at its authorize page, and a new grant in the keychain.
    expect(app.requests('[sod] POST /login/common/oauth/revoke → 200')).toBe(1);
    expect(app.requests('[sod] GET /login/common/oauth/authorize →')).toBe(signInsBefore + 1);
    const newGrant = await new KeytarSecretStore(app.keychainService).get('superoffice:Cust12345:5');
    expect(newGrant).toBeTruthy();
    expect(newGrant).not.toBe(oldGrant);

    app.sandbox.superoffice.switches.videoMeetingService = 'available';
    const meeting = await app.call('addVideoMeeting', item!.key);
    expect(meeting.joinUrl).toMatch(/^https?:\/\//);
    expect(stored(app, item!.appointmentId).joinVideomeetUrl).toBe(meeting.joinUrl);
  });
});
