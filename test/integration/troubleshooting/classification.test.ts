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
    expect((await card('superoffice')).diagnosis).toEqual({
      kind: 'needs-reauth',
      cause: 'SuperOffice CRM Online no longer accepts your sign-in: it expired or was revoked.',
      remedy: 'Sign in to SuperOffice CRM Online again.',
      action: 'reconnect',
      actionLabel: 'Sign in again',
    });
  });

  it('tenant or customer ID missing: SuperOffice signs in without the ctx claim; Repair fixes it once SuperOffice is right again', async () => {
    app.sandbox.superoffice.switches.idTokenCtx = 'missing';
    await attempt(app.call('connect', 'superoffice'));
    const broken = await card('superoffice');
    expect(broken.error?.code).toBe('tenant_missing');
    expect(broken.diagnosis).toEqual({
      kind: 'tenant-missing',
      cause: 'SuperOffice did not give the tenant (customer ID) at sign-in.',
      remedy: 'Repair signs you out of SuperOffice and in again, as SuperOffice prescribes.',
      action: 'repair',
      actionLabel: 'Repair',
    });
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
    expect((await card('zoom')).diagnosis).toEqual({
      kind: 'authorization-failed',
      cause: 'Access was not granted in the browser.',
      remedy: 'Connect again and approve the app when Zoom asks.',
      action: 'reconnect',
      actionLabel: 'Try again',
    });
  });

  it('provider authorization failed: Webex’s org admin has not allowed the integration (the sandbox’s access_denied switch)', async () => {
    await app.call('connect', 'superoffice');
    app.sandbox.webex.switches.integrationBlockedByOrg = true;
    app.person.user = { ...PROVIDER_USERS.webex };
    await attempt(app.call('connect', 'webex'));
    const webex = await card('webex');
    expect(webex.error?.code).toBe('access_denied');
    expect(webex.diagnosis).toEqual({
      kind: 'authorization-failed',
      cause: 'Access was not granted in the browser.',
      remedy: 'Connect again and approve the app when Webex asks.',
      action: 'reconnect',
      actionLabel: 'Try again',
    });
  });

  it('authorized on another device (Zoom 4741)', async () => {
    await app.call('connect', 'superoffice');
    await useProvider(app, 'zoom');
    app.sandbox.zoom.switches.anotherDevice = true;
    app.sandbox.zoom.advanceTime(3600);
    await attempt(app.call('createTestMeeting', 'zoom'));
    expect((await card('zoom')).diagnosis).toEqual({
      kind: 'other-device',
      cause: 'You authorised Zoom on another device, which ended the sign-in on this one.',
      remedy: 'Sign in again here (this ends the sign-in on the other device).',
      action: 'reconnect',
      actionLabel: 'Sign in again',
    });
  });

  it('consent revoked at the provider (Zoom 4738: disabled by the admin)', async () => {
    await app.call('connect', 'superoffice');
    await useProvider(app, 'zoom');
    app.sandbox.zoom.switches.disabledByAdmin = true;
    app.sandbox.zoom.advanceTime(3600);
    await attempt(app.call('createTestMeeting', 'zoom'));
    expect((await card('zoom')).diagnosis).toEqual({
      kind: 'consent-revoked',
      cause: 'Access for this app was removed at Zoom.',
      remedy: 'Repair removes this computer’s Zoom sign-in, revokes it where Zoom allows, and signs you in again.',
      action: 'repair',
      actionLabel: 'Repair',
    });
  });

  it('Google’s broken grant gets the guided reset at Google’s permissions page', async () => {
    await app.call('connect', 'superoffice');
    await useProvider(app, 'google');
    await app.sandbox.google.revokeAll(PROVIDER_USERS.google.username);
    await attempt(app.call('createTestMeeting', 'google'));
    const google = await card('google');
    expect(google.status).toBe('needs-reauth');
    expect(google.diagnosis).toEqual({
      kind: 'needs-reauth',
      cause: 'Google Meet no longer accepts your sign-in: it expired or was revoked.',
      remedy: 'Remove the app’s access on Google’s permissions page, then authorise it again; the app guides you through it.',
      action: 'google-permissions',
      actionLabel: 'Reset access at Google',
    });
  });

  it('rate limited and provider down: the account stays connected, the card says what happened; a success clears it', async () => {
    await app.call('connect', 'superoffice');
    await useProvider(app, 'zoom');
    app.sandbox.zoom.switches.rateLimit = { remaining: 5, retryAfter: 'iso-date' };
    await attempt(app.call('createTestMeeting', 'zoom'));
    expect(await card('zoom')).toMatchObject({ status: 'connected' });
    expect((await card('zoom')).diagnosis).toEqual({ kind: 'rate-limited', cause: 'Zoom asked the app to slow down.', remedy: 'Wait a little, then try again.', action: 'retry', actionLabel: 'Try again' });
    app.sandbox.zoom.switches.rateLimit = null;
    app.sandbox.zoom.switches.serverErrors = 20;
    await attempt(app.call('createTestMeeting', 'zoom'));
    expect(await card('zoom')).toMatchObject({ status: 'connected' });
    expect((await card('zoom')).diagnosis).toEqual({ kind: 'provider-down', cause: 'Zoom is having problems right now.', remedy: 'Try again in a few minutes.', action: 'retry', actionLabel: 'Try again' });
    app.sandbox.zoom.switches.serverErrors = 0;
    await app.call('createTestMeeting', 'zoom');
    expect((await card('zoom')).diagnosis).toBeUndefined();
  });

  it('offline: SuperOffice cannot be reached', async () => {
    await app.call('connect', 'superoffice');
    await app.sandbox.close();
    await app.call('refreshAgenda');
    expect(await card('superoffice')).toMatchObject({ status: 'connected' });
    expect((await card('superoffice')).diagnosis).toEqual({
      kind: 'offline',
      cause: 'SuperOffice CRM Online could not be reached: you appear to be offline.',
      remedy: 'Check your network connection; the app retries by itself.',
      action: 'retry',
      actionLabel: 'Try again',
    });
  });

  it('clock skew: with the computer’s clock 3 hours ahead the sign-in answer looks expired', async () => {
    app.clock.offsetMs = 3 * 3600_000;
    await attempt(app.call('connect', 'superoffice'));
    const view = await card('superoffice');
    expect(view.error).toMatchObject({ code: 'clock_skew', message: expect.stringMatching(/about 180 minutes ahead/) });
    expect(view.diagnosis).toEqual({
      kind: 'clock-skew',
      cause: 'Your computer’s clock is off, so sign-in answers look expired or not yet valid.',
      remedy: 'Set the clock to the right time (turn on automatic time), then sign in again.',
      action: 'reconnect',
      actionLabel: 'Sign in again',
    });
  });
});
