import { describe, expect, it } from 'vitest';
import type { CoreApp } from '../../support/core-app.js';
import { useUserAndAdmin } from '../../support/use-user-and-admin.js';
import { useProvider } from '../meetings/support.js';

// Alice's installation (a user) and Ada's (an administrator) against one sandbox.
let user: CoreApp;
let admin: CoreApp;
useUserAndAdmin((apps) => ({ user, admin } = apps));

describe('a configuration an administrator removed, in the user’s language', () => {
  it('the card says so in German, with the diagnosis and its button', async () => {
    await useProvider(user, 'zoom');
    await user.core.syncAdminMarkers();
    const zoom = (await admin.call('listUserConfigurations')).items.find((item) => item.provider === 'zoom')!;
    await admin.call('removeUserConfigurations', [{ associateId: 5, installationId: zoom.installationId, provider: 'zoom' }]);
    await user.call('setPreferences', { language: 'de' });
    await user.core.syncAdminMarkers();
    const card = (await user.call('listConnections')).find((view) => view.id === 'zoom')!;
    expect(card).toMatchObject({
      status: 'needs-reauth',
      statusText: 'Ihre Administration hat Ihre Videomeeting-Konfiguration entfernt. Verbinden Sie erneut, um weiterhin Videomeetings zu nutzen.',
      error: { code: 'removed_by_admin', remedy: 'Klicken Sie auf „Verbinden“.' },
      diagnosis: { kind: 'removed-by-admin', actionLabel: 'Verbinden' },
    });
  });

  it('the administrator’s results are said in the administrator’s language', async () => {
    await useProvider(user, 'zoom');
    await user.core.syncAdminMarkers();
    await admin.call('setPreferences', { language: 'nb' });
    const zoom = (await admin.call('listUserConfigurations')).items.find((item) => item.provider === 'zoom')!;
    const target = { associateId: zoom.associateId, installationId: zoom.installationId, provider: 'zoom' as const };
    const [requested] = await admin.call('removeUserConfigurations', [target]);
    const [again, unknown] = await admin.call('removeUserConfigurations', [target, { ...target, associateId: 999 }]);
    expect(requested).toMatchObject({ outcome: 'requested', message: `Appen til ${zoom.userName} fjerner Zoom-konfigurasjonen ved neste synkronisering (innen noen minutter, eller når den starter).` });
    expect(again).toMatchObject({ outcome: 'already-requested', message: `Fjerning av ${zoom.userName}s Zoom-konfigurasjon er allerede bestilt; appen deres utfører den ved neste synkronisering.` });
    expect(unknown).toMatchObject({ outcome: 'not-found', message: 'Ingen Zoom-konfigurasjon for medarbeider 999 på den enheten (den kan allerede være fjernet).' });
  });
});
