import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppointmentMeeting } from '../../../main/settings/settings-schema.js';
import { CoreApp } from '../../support/core-app.js';
import { liveMeetings, pinnedAppointment, signedInApp, stored, USER_LOCATION, useProvider } from './support.js';

let childScript: string;
let outdir: string;
beforeAll(async () => {
  mkdirSync(join(import.meta.dirname, '..', '..', '..', 'node_modules', '.cache'), { recursive: true });
  outdir = mkdtempSync(join(import.meta.dirname, '..', '..', '..', 'node_modules', '.cache', 'vmt-video-crash-'));
  childScript = join(outdir, 'child.mjs');
  await build({ entryPoints: [join(import.meta.dirname, '..', 'support', 'video-crash-child.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: childScript, logLevel: 'silent' });
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

let app: CoreApp;
beforeEach(async () => {
  app = await new CoreApp().start();
  await signedInApp(app);
});
afterEach(() => app.close());

const journal = (): AppointmentMeeting[] => (JSON.parse(app.read('config.json') || '{}') as { video?: { meetings?: AppointmentMeeting[] } }).video?.meetings ?? [];

async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      const log = app.read('logs/main.log').split('\n').filter((line) => line.includes('video.'));
      throw new Error(`timed out waiting for ${what}; the app logged: ${log.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Runs the core in its own process, adding (or removing) the video meeting of `key`, and SIGKILLs it once `crashPoint` holds. */
async function crashWhile(key: string, crashPoint: () => boolean, what: string, operation: 'add' | 'remove' = 'add'): Promise<void> {
  await app.core.stop();
  const child = spawn(process.execPath, [childScript], {
    cwd: join(import.meta.dirname, '..', '..', '..'),
    env: {
      ...process.env,
      VMT_APPOINTMENT_KEY: key,
      VMT_OPERATION: operation,
      VMT_DATA_DIR: app.dataDir,
      VMT_KEYCHAIN_SERVICE: app.keychainService,
      VMT_SANDBOX: JSON.stringify(app.sandbox.describe()),
      VMT_CLOCK_OFFSET_MS: String(app.clock.offsetMs),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  await until(crashPoint, what).catch((error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`${error.message}; child said: ${output}`);
  });
  child.kill('SIGKILL');
  expect(await exited, output).toBe('SIGKILL');
}

describe('a crash between the provider and SuperOffice writes (the core is killed and restarted)', () => {
  it('killed while the SuperOffice write is in flight: the restarted app finishes with the same meeting, never a second', async () => {
    await useProvider(app, 'zoom');
    const item = await pinnedAppointment(app, USER_LOCATION);
    const before = stored(app, item.appointmentId);
    app.sandbox.superoffice.switches.appointmentWrite = 'hang';
    await crashWhile(item.key, () => journal().some((entry) => entry.phase === 'writing') && app.requests('GET /Cust12345/api/v1/Appointment/') > 0, 'the meeting to exist and the write to start');
    expect(liveMeetings(app, 'zoom')).toHaveLength(1);
    expect(stored(app, item.appointmentId).joinVideomeetUrl).toBe('');

    app.sandbox.superoffice.switches.appointmentWrite = 'normal';
    await app.boot();
    await until(() => stored(app, item.appointmentId).joinVideomeetUrl !== '', 'the restarted app to finish the add');
    const meetings = liveMeetings(app, 'zoom');
    expect(meetings).toHaveLength(1);
    expect(stored(app, item.appointmentId).joinVideomeetUrl).toBe(meetings[0]!.joinUrl);
    await until(() => journal().every((entry) => entry.phase === 'done'), 'the journal to close');
    expectUserTextsKept(item.appointmentId, before);
  });

  it.each([['zoom'], ['google'], ['teams'], ['webex']] as const)('killed while %s is still answering the create: after restart the app gets that same meeting (look-up by reference, or idempotency key), never a second', async (provider) => {
    await useProvider(app, provider);
    const item = await pinnedAppointment(app, USER_LOCATION);
    const before = stored(app, item.appointmentId);
    const { zoom, google, microsoft, webex } = app.sandbox;
    const switches = { zoom: zoom.switches, google: google.switches, teams: microsoft.switches, webex: webex.switches }[provider];
    // The create answers only after 1.5 s. The restarted Webex connection first reads the account (people/me):
    // only what comes after it is slowed, so the create is what is under way when the core is killed.
    if (provider === 'webex') app.sandboxHooks.push((line) => line.includes('GET /v1/people/me') && (switches.slowMs = 1500));
    else switches.slowMs = 1500;
    // Killed once the create request has been out for a while.
    let creatingSince = 0;
    const creatingFor = (ms: number) => {
      if (!journal().some((entry) => entry.phase === 'creating')) return false;
      creatingSince ||= Date.now();
      return Date.now() - creatingSince >= ms;
    };
    await crashWhile(item.key, () => creatingFor(500), 'the create request to be under way');
    app.sandboxHooks.length = 0;
    switches.slowMs = 0;
    await until(() => liveMeetings(app, provider).length === 1, 'the provider to finish creating the orphaned meeting');

    await app.boot();
    await until(() => stored(app, item.appointmentId).joinVideomeetUrl !== '', 'the restarted app to finish the add');
    const meetings = liveMeetings(app, provider);
    expect(meetings).toHaveLength(1);
    expect(stored(app, item.appointmentId).joinVideomeetUrl).toBe(meetings[0]!.joinUrl);
    expectUserTextsKept(item.appointmentId, before);
  }, 20_000);
});

describe('a crash while SuperOffice reserves a video meeting', () => {
  it('the restarted app reserves again (no list call can find the first) and tells the user a reservation may be left unused', async () => {
    await useProvider(app, 'superoffice-video');
    const item = await pinnedAppointment(app, USER_LOCATION);
    const before = stored(app, item.appointmentId);
    // The journal as a kill during CreateVideoMeetingReservation leaves it: the entry still in `creating`.
    await app.core.stop();
    const config = JSON.parse(app.read('config.json')) as { video: { meetings: AppointmentMeeting[] } };
    const startedAt = new Date().toISOString();
    config.video.meetings.push({ owner: 'Cust12345:5', appointmentId: item.appointmentId, provider: 'superoffice-video', idempotencyKey: '3f2c1d9e-0b7a-4c55-9d1e-6a8b7c9d0e1f', phase: 'creating', filledLocation: false, title: item.title, start: item.start, end: item.end, startedAt });
    writeFileSync(join(app.dataDir, 'config.json'), JSON.stringify(config));

    await app.boot();
    await until(() => stored(app, item.appointmentId).joinVideomeetUrl !== '', 'the restarted app to finish the add');
    const meetings = liveMeetings(app, 'superoffice-video');
    expect(meetings).toHaveLength(1);
    expect(stored(app, item.appointmentId).joinVideomeetUrl).toBe(meetings[0]!.joinUrl);
    expect(app.notifications.map((notification) => notification.body)).toContain(
      'Adding the video meeting to "Budget review with Fjord AS" was cut short while SuperOffice was reserving it, so the app reserved again. The first reservation may be left unused in SuperOffice video meetings: SuperOffice offers no way to find it, and no appointment links to it.',
    );
    expectUserTextsKept(item.appointmentId, before);
  });

  it('no such notice when the app finishes an add whose reservation had arrived (killed while writing to SuperOffice)', async () => {
    await useProvider(app, 'superoffice-video');
    const item = await pinnedAppointment(app, USER_LOCATION);
    app.sandbox.superoffice.switches.appointmentWrite = 'hang';
    await crashWhile(item.key, () => journal().some((entry) => entry.phase === 'writing'), 'the reservation to arrive and the write to start');
    app.sandbox.superoffice.switches.appointmentWrite = 'normal';
    await app.boot();
    await until(() => stored(app, item.appointmentId).joinVideomeetUrl !== '', 'the restarted app to finish the add');
    expect(liveMeetings(app, 'superoffice-video')).toHaveLength(1);
    expect(app.notifications.filter((notification) => /reservation may be left unused/.test(notification.body))).toHaveLength(0);
  });
});

describe('a crash while removing a video meeting (the core is killed and restarted)', () => {
  /** PATCHes of the appointment SuperOffice saved (answered 200). */
  const savedPatches = () => app.sandboxLog.filter((line) => line.includes('PATCH /Cust12345/api/v1/Appointment/') && line.includes('→ 200')).length;

  it('killed while SuperOffice is clearing the link: the restarted app finishes the removal (link cleared once, meeting gone)', async () => {
    await useProvider(app, 'zoom');
    const item = await pinnedAppointment(app, USER_LOCATION);
    const before = stored(app, item.appointmentId);
    await app.call('addVideoMeeting', item.key);
    const key = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item.appointmentId)!.key;
    const reads = app.requests('GET /Cust12345/api/v1/Appointment/');
    app.sandbox.superoffice.switches.appointmentWrite = 'hang';
    let clearingSince = 0;
    await crashWhile(
      key,
      () => {
        if (!journal().some((entry) => entry.phase === 'removing') || app.requests('GET /Cust12345/api/v1/Appointment/') === reads) return false;
        clearingSince ||= Date.now();
        return Date.now() - clearingSince >= 300;
      },
      'the removal to reach SuperOffice',
      'remove',
    );
    expect(liveMeetings(app, 'zoom')).toHaveLength(1);
    expect(stored(app, item.appointmentId).joinVideomeetUrl).not.toBe('');

    app.sandbox.superoffice.switches.appointmentWrite = 'normal';
    const saved = savedPatches();
    await app.boot();
    await until(() => journal().length === 0, 'the restarted app to finish the removal');
    expect(liveMeetings(app, 'zoom')).toHaveLength(0);
    expect(stored(app, item.appointmentId).joinVideomeetUrl).toBe('');
    expect(savedPatches() - saved).toBe(1);
    expectUserTextsKept(item.appointmentId, before);
  });

  it.each([['zoom'], ['webex']] as const)('killed while %s is deleting the meeting: the restarted app deletes it, the link is not cleared a second time', async (provider) => {
    await useProvider(app, provider);
    const item = await pinnedAppointment(app, USER_LOCATION);
    const before = stored(app, item.appointmentId);
    await app.call('addVideoMeeting', item.key);
    const key = (await app.call('getAgenda')).items.find((candidate) => candidate.appointmentId === item.appointmentId)!.key;
    const switches = provider === 'zoom' ? app.sandbox.zoom.switches : app.sandbox.webex.switches;
    const saved = savedPatches();
    switches.slowMs = 1500;
    let deletingSince = 0;
    await crashWhile(
      key,
      () => {
        if (savedPatches() === saved) return false;
        deletingSince ||= Date.now();
        return Date.now() - deletingSince >= 300;
      },
      'the link to be cleared and the delete to be under way',
      'remove',
    );
    expect(stored(app, item.appointmentId).joinVideomeetUrl).toBe('');
    expect(journal()).toMatchObject([{ phase: 'removing' }]);

    switches.slowMs = 0;
    await app.boot();
    await until(() => journal().length === 0, 'the restarted app to finish the removal');
    expect(liveMeetings(app, provider)).toHaveLength(0);
    expect(savedPatches() - saved).toBe(1);
    expectUserTextsKept(item.appointmentId, before);
  }, 20_000);
});

/** Nothing the user wrote is lost: the description and their Location are as before. */
function expectUserTextsKept(appointmentId: number, before: { description: string; location: string }): void {
  expect(stored(app, appointmentId)).toMatchObject({ description: before.description, location: USER_LOCATION });
  expect(before.location).toBe(USER_LOCATION);
}
