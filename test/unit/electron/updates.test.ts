import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startUpdates, UPDATE_CHECK_INTERVAL_MS, updateFeed } from '../../../main/electron/updates.js';
import { MemoryLogger } from '../../support/memory-logger.js';

/** electron-updater's autoUpdater, faked; `imported` counts how often the module was loaded at all. */
const fake = vi.hoisted(() => ({
  imported: 0,
  check: vi.fn(async (): Promise<unknown> => null),
  setFeedURL: vi.fn(),
  errorListeners: [] as ((error: Error) => void)[],
}));
vi.mock('electron-updater', () => {
  fake.imported++;
  const autoUpdater = {
    logger: null as unknown,
    setFeedURL: fake.setFeedURL,
    checkForUpdatesAndNotify: fake.check,
    on: (_event: 'error', listener: (error: Error) => void) => fake.errorListeners.push(listener),
  };
  return { autoUpdater, default: { autoUpdater } };
});

/** The fields of every entry logged as `event`. */
const logged = (logger: MemoryLogger, event: string) => logger.entries.filter((entry) => entry.event === event).map((entry) => entry.fields);

describe('updates', () => {
  let resources: string;
  let logger: MemoryLogger;

  beforeEach(() => {
    resources = mkdtempSync(join(tmpdir(), 'vmt-resources-'));
    logger = new MemoryLogger();
    fake.check.mockReset().mockResolvedValue(null);
    fake.setFeedURL.mockReset();
    fake.errorListeners.length = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
    rmSync(resources, { recursive: true, force: true });
  });

  it('are off without a feed: electron-updater is not even imported', async () => {
    const stop = await startUpdates({ env: {}, resourcesPath: resources, packaged: true, logger });
    stop();
    expect(fake.imported).toBe(0);
    expect(logged(logger, 'updates.off')).toEqual([expect.objectContaining({ reason: 'no update feed configured' })]);
  });

  it('refuse a feed that is not https (or not a URL), without importing electron-updater', async () => {
    expect(updateFeed({ VMT_UPDATE_FEED: 'http://updates.example.com/vmt' }, resources)).toEqual({ kind: 'off', reason: 'VMT_UPDATE_FEED must be an https URL' });
    expect(updateFeed({ VMT_UPDATE_FEED: 'not a url' }, resources)).toEqual({ kind: 'off', reason: 'VMT_UPDATE_FEED is not a URL' });
    await startUpdates({ env: { VMT_UPDATE_FEED: 'http://updates.example.com/vmt' }, resourcesPath: resources, packaged: true, logger });
    expect(fake.imported).toBe(0);
    expect(logged(logger, 'updates.off')[0]).toMatchObject({ reason: expect.stringContaining('https') });
  });

  it('stay off in a development run even with a feed', async () => {
    await startUpdates({ env: { VMT_UPDATE_FEED: 'https://updates.example.com/vmt/' }, resourcesPath: resources, packaged: false, logger });
    expect(fake.imported).toBe(0);
  });

  it('with VMT_UPDATE_FEED: the generic provider at that URL, checked now and every 6 hours until stopped', async () => {
    vi.useFakeTimers();
    const stop = await startUpdates({ env: { VMT_UPDATE_FEED: ' https://updates.example.com/vmt/ ' }, resourcesPath: resources, packaged: true, logger });
    expect(fake.imported).toBe(1);
    expect(fake.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: 'https://updates.example.com/vmt/' });
    expect(fake.check).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    expect(fake.check).toHaveBeenCalledTimes(2);
    stop();
    vi.advanceTimersByTime(3 * UPDATE_CHECK_INTERVAL_MS);
    expect(fake.check).toHaveBeenCalledTimes(2);
  });

  it("with electron-builder's app-update.yml: its own feed, no override", async () => {
    writeFileSync(join(resources, 'app-update.yml'), 'provider: generic\nurl: https://updates.example.com/vmt\n');
    expect(updateFeed({}, resources)).toEqual({ kind: 'app-update.yml' });
    (await startUpdates({ env: {}, resourcesPath: resources, packaged: true, logger }))();
    expect(fake.setFeedURL).not.toHaveBeenCalled();
    expect(fake.check).toHaveBeenCalledOnce();
  });

  it('never throws: a failed check, an updater error and a failed import are logged', async () => {
    fake.check.mockRejectedValue(new Error('feed answered 404'));
    const stop = await startUpdates({ env: { VMT_UPDATE_FEED: 'https://updates.example.com/vmt/' }, resourcesPath: resources, packaged: true, logger });
    await vi.waitFor(() => expect(logged(logger, 'updates.check_failed')).toHaveLength(1));
    fake.errorListeners[0]!(new Error('signature mismatch'));
    expect(logged(logger, 'updates.failed')).toHaveLength(1);
    stop();

    const broken = await startUpdates({
      env: { VMT_UPDATE_FEED: 'https://updates.example.com/vmt/' },
      resourcesPath: resources,
      packaged: true,
      logger,
      load: () => Promise.reject(new Error('Cannot find module electron-updater')),
    });
    broken();
    expect(logged(logger, 'updates.unavailable')).toHaveLength(1);
  });
});
