import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionId, ConnectionView } from '../../../preload/contract.js';
import { CoreApp } from '../../support/core-app.js';
import { PROVIDER_USERS, useProvider } from '../meetings/support.js';

let app: CoreApp;
beforeEach(async () => {
  app = await new CoreApp().start();
});
afterEach(() => app.close());

const card = async (id: ConnectionId): Promise<ConnectionView> => (await app.call('listConnections')).find((view) => view.id === id)!;
const attempt = (promise: Promise<unknown>) => promise.catch(() => undefined);

describe('every failure a connection can have is classified on its card, with cause and one-click remedy', () => {
  it('needs re-authentication: SuperOffice no longer accepts the sign-in', async () => {
    await app.call('connect', 'superoffice');
    await app.sandbox.superoffice.revokeAllGrants('alice@example.com');
    // Two hours on, the access token in memory has expired too: the refresh is refused.
    app.clock.offsetMs = 2 * 3600_000;
    await app.call('refreshAgenda');
    expect((await card('superoffice')).diagnosis).toMatchObject({ kind: 'needs-reauth', action: 'reconnect', actionLabel: 'Sign in again', cause: expect.stringMatching(/no longer accepts your sign-in/) });
  });

  it('tenant or customer ID missing: SuperOffice signs in without the ctx claim; Repair fixes it once SuperOffice is right again', async () => {
    app.sandbox.superoffice.switches.idTokenCtx = 'missing';
    await attempt(app.call('connect', 'superoffice'));
    const broken = await card('superoffice');
    expect(broken.error?.code).toBe('tenant_missing');
    expect(broken.diagnosis).toMatchObject({ kind: 'tenant-missing', action: 'repair', remedy: expect.stringMatching(/signs you out of SuperOffice and in again/) });
    app.sandbox.superoffice.switches.idTokenCtx = 'normal';
    const repaired = await app.call('repairConnection', 'superoffice');
    expect(repaired).toMatchObject({ status: 'connected' });
    expect(repaired.diagnosis).toBeUndefined();
    const done = app.events.filter((event) => event.name === 'repairProgress').at(-1);
    expect(done?.payload).toMatchObject({ id: 'superoffice', state: 'done' });
    expect(JSON.stringify(done?.payload)).toMatch(/Tenant Cust12345 \(customer ID\) and Alice Andersen \(associate 5\) confirmed/);
  });

  it('provider authorization failed: the user denies access at Zoom', async () => {
    await app.call('connect', 'superoffice');
    app.person.user = { ...PROVIDER_USERS.zoom };
    app.person.decision = 'cancel';
    await attempt(app.call('connect', 'zoom'));
    expect((await card('zoom')).diagnosis).toMatchObject({ kind: 'authorization-failed', action: 'reconnect', actionLabel: 'Try again', cause: 'Access was not granted in the browser.' });
  });

  it('authorized on another device (Zoom 4741)', async () => {
    await app.call('connect', 'superoffice');
    await useProvider(app, 'zoom');
    app.sandbox.zoom.switches.anotherDevice = true;
    app.sandbox.zoom.advanceTime(3600);
    await attempt(app.call('createTestMeeting', 'zoom'));
    expect((await card('zoom')).diagnosis).toMatchObject({ kind: 'other-device', action: 'reconnect', cause: expect.stringMatching(/another device/) });
  });

  it('consent revoked at the provider (Zoom 4738: disabled by the admin)', async () => {
    await app.call('connect', 'superoffice');
    await useProvider(app, 'zoom');
    app.sandbox.zoom.switches.disabledByAdmin = true;
    app.sandbox.zoom.advanceTime(3600);
    await attempt(app.call('createTestMeeting', 'zoom'));
    expect((await card('zoom')).diagnosis).toMatchObject({ kind: 'consent-revoked', action: 'repair' });
  });

  it('Google’s broken grant gets the guided reset at Google’s permissions page', async () => {
    await app.call('connect', 'superoffice');
    await useProvider(app, 'google');
    await app.sandbox.google.revokeAll(PROVIDER_USERS.google.username);
    await attempt(app.call('createTestMeeting', 'google'));
    const google = await card('google');
    expect(google.status).toBe('needs-reauth');
    expect(google.diagnosis).toMatchObject({ action: 'google-permissions', actionLabel: 'Reset access at Google' });
  });

  it('rate limited and provider down: the account stays connected, the card says what happened; a success clears it', async () => {
    await app.call('connect', 'superoffice');
    await useProvider(app, 'zoom');
    app.sandbox.zoom.switches.rateLimit = { remaining: 5, retryAfter: 'iso-date' };
    await attempt(app.call('createTestMeeting', 'zoom'));
    expect(await card('zoom')).toMatchObject({ status: 'connected', diagnosis: { kind: 'rate-limited', action: 'retry' } });
    app.sandbox.zoom.switches.rateLimit = null;
    app.sandbox.zoom.switches.serverErrors = 20;
    await attempt(app.call('createTestMeeting', 'zoom'));
    expect(await card('zoom')).toMatchObject({ status: 'connected', diagnosis: { kind: 'provider-down' } });
    app.sandbox.zoom.switches.serverErrors = 0;
    await app.call('createTestMeeting', 'zoom');
    expect((await card('zoom')).diagnosis).toBeUndefined();
  });

  it('offline: SuperOffice cannot be reached', async () => {
    await app.call('connect', 'superoffice');
    await app.sandbox.close();
    await app.call('refreshAgenda');
    expect(await card('superoffice')).toMatchObject({ status: 'connected', diagnosis: { kind: 'offline', action: 'retry' } });
  });

  it('clock skew: with the computer’s clock 3 hours ahead the sign-in answer looks expired', async () => {
    app.clock.offsetMs = 3 * 3600_000;
    await attempt(app.call('connect', 'superoffice'));
    const view = await card('superoffice');
    expect(view.error).toMatchObject({ code: 'clock_skew', message: expect.stringMatching(/about 180 minutes ahead/) });
    expect(view.diagnosis).toMatchObject({ kind: 'clock-skew', remedy: expect.stringMatching(/Set the clock/) });
  });
});
