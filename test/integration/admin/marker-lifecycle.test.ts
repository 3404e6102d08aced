import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreApp } from '../../support/core-app.js';
import { useUserAndAdmin } from '../../support/use-user-and-admin.js';
import { PROVIDER_USERS, useProvider } from '../meetings/support.js';

// Alice's installation (a user) and Ada's (an administrator) against one sandbox; nothing here calls
// syncAdminMarkers but where a test says so: the start, the timer and connection changes do the work.
let user: CoreApp;
let admin: CoreApp;
useUserAndAdmin((apps) => ({ user, admin } = apps));

const card = async (app: CoreApp, id: string) => (await app.call('listConnections')).find((view) => view.id === id)!;
const markers = () => user.sandbox.superoffice.foreignSystem.keys();
const REMOVED = 'Your administrator removed your video-meeting configuration. Connect again to keep using video meetings.';
const settings = () => JSON.parse(user.read('config.json')) as { markers?: { deviceName?: string }; video: { providers: Record<string, { connectedSince: string } | undefined> } };

async function requestRemoval(provider: 'jitsi' | 'zoom'): Promise<void> {
  const item = (await admin.call('listUserConfigurations')).items.find((candidate) => candidate.provider === provider)!;
  const [result] = await admin.call('removeUserConfigurations', [{ associateId: item.associateId, installationId: item.installationId, provider }]);
  expect(result!.outcome).toBe('requested');
}

describe('the user’s app picks up an administrator’s removal by itself', () => {
  it('at its start: a removal requested while the app was stopped is carried out when it starts', async () => {
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    await user.core.stop();
    await requestRemoval('jitsi');
    // The default 3-minute interval: only the sync at start can do it within the poll.
    await user.boot();
    await expect.poll(async () => (await card(user, 'jitsi')).statusText, { timeout: 5000 }).toBe(REMOVED);
    await expect.poll(() => markers(), { timeout: 5000 }).toEqual([]);
  });

  it('by its timer: a removal requested while the app runs is carried out at the next periodic sync', async () => {
    user.markerTimings = { syncMs: 500 };
    await user.boot();
    await useProvider(user, 'jitsi');
    await expect.poll(() => markers().length, { timeout: 5000 }).toBe(1);
    // Past the sync a connection change schedules (1 s after it), so only the timer is left to pick it up.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await requestRemoval('jitsi');
    await expect.poll(async () => (await card(user, 'jitsi')).statusText, { timeout: 5000 }).toBe(REMOVED);
    expect(markers()).toEqual([]);
  });
});

describe('the marker follows the configuration', () => {
  it('stays while the configuration is on the desktop but failing (needs re-authentication), so an administrator still sees it', async () => {
    await useProvider(user, 'zoom');
    await user.core.syncAdminMarkers();
    await user.sandbox.zoom.revokeAll(PROVIDER_USERS.zoom.username);
    user.sandbox.zoom.advanceTime(3600);
    await user.call('createTestMeeting', 'zoom').catch(() => undefined);
    expect((await card(user, 'zoom')).status).toBe('needs-reauth');
    await user.core.syncAdminMarkers();
    expect(markers().map((key) => key.key)).toEqual([expect.stringMatching(/:zoom$/)]);
    expect((await admin.call('listUserConfigurations')).items.map((item) => item.provider)).toEqual(['zoom']);
  });

  it('is rewritten after a Repair (a new connected-since), without a manual sync', async () => {
    await useProvider(user, 'zoom');
    await user.core.syncAdminMarkers();
    const before = markers()[0]!.value;
    user.person.user = { ...PROVIDER_USERS.zoom };
    expect((await user.call('repairConnection', 'zoom')).status).toBe('connected');
    const since = settings().video.providers.zoom!.connectedSince;
    expect(before).not.toContain(since);
    await expect.poll(() => markers().map((key) => key.value), { timeout: 5000 }).toEqual([expect.stringContaining(`|zoom|${since}|`)]);
  });

  it('SuperOffice’s own video service keeps one connected-since: a second sync writes nothing', async () => {
    await useProvider(user, 'superoffice-video');
    await user.core.syncAdminMarkers();
    const [first] = markers();
    expect(first!.value).toMatch(/^v1\|superoffice-video\|\d{4}-[^|]+\|test\|/);
    const saves = user.requests('SaveForeignKey');
    user.clock.offsetMs += 10 * 60_000;
    await user.core.syncAdminMarkers();
    expect(user.requests('SaveForeignKey')).toBe(saves);
    expect(markers()[0]!.value).toBe(first!.value);
    await user.boot();
    await user.core.syncAdminMarkers();
    expect(markers()[0]!.value).toBe(first!.value);
  });

  it('keeps the device name of its first sync: a renamed computer still finds its device and markers', async () => {
    await user.core.syncAdminMarkers();
    expect(settings().markers?.deviceName).toBeTruthy();
    // As if the computer was called OLD-PC at the first sync and has been renamed since.
    await user.core.stop();
    const file = join(user.dataDir, 'config.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), markers: { deviceName: 'OLD-PC', since: {} } }));
    await user.boot();
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    expect(markers().map((key) => [key.deviceName, key.key])).toEqual([['OLD-PC', expect.stringMatching(/:jitsi$/)]]);
    await requestRemoval('jitsi');
    await user.core.syncAdminMarkers();
    expect((await card(user, 'jitsi')).statusText).toBe(REMOVED);
    expect(markers()).toEqual([]);
  });
});

describe('an administrator’s removal reaches the device as SuperOffice stores it', () => {
  it('also when its name has a separator and a trailing space (the marker shows the name cleaned)', async () => {
    await user.core.stop();
    const file = join(user.dataDir, 'config.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), markers: { deviceName: 'ALICE|PC ', since: {} } }));
    await user.boot();
    await useProvider(user, 'jitsi');
    await user.core.syncAdminMarkers();
    expect(markers().map((key) => key.deviceName)).toEqual(['ALICE|PC ']);
    expect((await admin.call('listUserConfigurations')).items.map((item) => item.deviceName)).toEqual(['ALICE PC']);
    await requestRemoval('jitsi');
    await user.core.syncAdminMarkers();
    expect((await card(user, 'jitsi')).statusText).toBe(REMOVED);
    expect(markers()).toEqual([]);
  });
});

describe('a hanging SuperOffice', () => {
  it('never blocks the user’s connection; the sync gives up at its deadline, says so in diagnostics, and the retry writes the marker', async () => {
    user.markerTimings = { timeoutMs: 300, retryMs: 500, syncMs: 600_000 };
    await user.boot();
    user.sandbox.superoffice.switches.foreignSystem = 'slow';
    const started = Date.now();
    await useProvider(user, 'jitsi');
    expect((await card(user, 'jitsi')).status).toBe('connected');
    expect(Date.now() - started).toBeLessThan(3000);
    await expect.poll(() => user.call('getDiagnostics'), { timeout: 5000 }).toMatch(/^\s*Last failure: Marker sync failed: The service did not answer in time\.$/m);
    expect(markers()).toEqual([]);
    user.sandbox.superoffice.switches.foreignSystem = 'normal';
    await expect.poll(() => markers().map((key) => key.key), { timeout: 5000 }).toEqual([expect.stringMatching(/:jitsi$/)]);
    await expect.poll(() => user.call('getDiagnostics'), { timeout: 5000 }).toMatch(/^\s*Last failure: none$/m);
  });
});
