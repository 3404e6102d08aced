import { describe, expect, it } from 'vitest';
import type { CoreApp } from '../../support/core-app.js';
import { useUserAndAdmin } from '../../support/use-user-and-admin.js';
import { useProvider } from '../meetings/support.js';

let user: CoreApp;
useUserAndAdmin((apps) => ({ user } = apps));

const card = async (id: string) => (await user.call('listConnections')).find((view) => view.id === id)!;
const foreignSystemCalls = () => user.requests('/Agents/ForeignSystem/');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('after the app stops, no marker sync reaches SuperOffice', () => {
  it('not even when the stop cancels a sign-in (its card changes after the stop)', async () => {
    await user.core.syncAdminMarkers();
    // SuperOffice's own service, not authorised yet: Connect waits for the user in the browser.
    const signIn = user.call('connect', 'superoffice-video').catch((error: unknown) => error);
    await expect.poll(async () => (await card('superoffice-video')).status, { timeout: 5000 }).toBe('connecting');
    await pause(1200);
    const before = foreignSystemCalls();
    expect(before).toBeGreaterThan(0);

    await user.core.stop();
    expect(await signIn).toMatchObject({ code: 'cancelled' });
    await pause(1500);
    expect(foreignSystemCalls()).toBe(before);
  });

  it('not even when a connection change asked for a sync just before the stop', async () => {
    await user.core.syncAdminMarkers();
    await useProvider(user, 'jitsi');
    const before = foreignSystemCalls();
    await user.core.stop();
    await pause(1500);
    expect(foreignSystemCalls()).toBe(before);
  });

  it('not even the second sync asked for while one was under way at the stop (the one under way finishes)', async () => {
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    await pause(1200);
    const underWay = user.core.syncAdminMarkers();
    void user.core.syncAdminMarkers();
    await user.core.stop();
    await underWay;
    const before = foreignSystemCalls();
    await pause(1500);
    expect(foreignSystemCalls()).toBe(before);
  });
});
