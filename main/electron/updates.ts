import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../ports/logger.js';

/** How often a running app looks for an update after the first check at start. */
export const UPDATE_CHECK_INTERVAL_MS = 6 * 60 * 60_000;

/** Where updates come from: a generic https feed named by VMT_UPDATE_FEED, or the app-update.yml electron-builder wrote from `publish`. */
export type UpdateFeed = { kind: 'generic'; url: string } | { kind: 'app-update.yml' };

/** The part of electron-updater's autoUpdater this app uses. */
export interface Updater {
  logger: { info(message?: unknown): void; warn(message?: unknown): void; error(message?: unknown): void; debug?(message: string): void } | null;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdatesAndNotify(): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * The configured feed, or why there is none: nothing set (the default: updates are off), or a feed that
 * is not an https URL (refused: updates must not travel in the clear).
 */
export function updateFeed(env: Readonly<Record<string, string | undefined>>, resourcesPath: string): UpdateFeed | { kind: 'off'; reason: string } {
  const configured = env.VMT_UPDATE_FEED?.trim();
  if (configured) {
    let url: URL;
    try {
      url = new URL(configured);
    } catch {
      return { kind: 'off', reason: 'VMT_UPDATE_FEED is not a URL' };
    }
    if (url.protocol !== 'https:') return { kind: 'off', reason: 'VMT_UPDATE_FEED must be an https URL' };
    return { kind: 'generic', url: url.href };
  }
  if (existsSync(join(resourcesPath, 'app-update.yml'))) return { kind: 'app-update.yml' };
  return { kind: 'off', reason: 'no update feed configured' };
}

export interface UpdatesOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** process.resourcesPath, where electron-builder puts app-update.yml. */
  resourcesPath: string;
  /** Only an installed (packaged) app updates itself. */
  packaged: boolean;
  logger: Logger;
  /** Loads electron-updater; only called when a feed exists. */
  load?: () => Promise<Updater>;
}

/**
 * Starts automatic updates when a feed is configured: checks now and every 6 hours, downloads in the
 * background and notifies when an update is ready (installed on quit). Without a feed electron-updater is
 * never loaded. Never throws: every failure is logged. Returns a function that stops the periodic checks.
 */
export async function startUpdates({ env, resourcesPath, packaged, logger, load = loadElectronUpdater }: UpdatesOptions): Promise<() => void> {
  const feed = updateFeed(env, resourcesPath);
  if (feed.kind === 'off' || !packaged) {
    logger.log(feed.kind === 'off' && feed.reason.includes('VMT_UPDATE_FEED') ? 'warn' : 'info', 'updates.off', { reason: feed.kind === 'off' ? feed.reason : 'not an installed app' });
    return () => {};
  }
  try {
    const updater = await load();
    updater.logger = {
      info: (message) => logger.log('info', 'updates.updater', { message: String(message) }),
      warn: (message) => logger.log('warn', 'updates.updater', { message: String(message) }),
      error: (message) => logger.log('error', 'updates.updater', { message: String(message) }),
    };
    updater.on('error', (error) => logger.log('warn', 'updates.failed', { error }));
    if (feed.kind === 'generic') updater.setFeedURL({ provider: 'generic', url: feed.url });
    logger.log('info', 'updates.on', { feed: feed.kind === 'generic' ? feed.url : feed.kind });
    const check = (): void => {
      updater.checkForUpdatesAndNotify().catch((error: unknown) => logger.log('warn', 'updates.check_failed', { error }));
    };
    check();
    const timer = setInterval(check, UPDATE_CHECK_INTERVAL_MS);
    timer.unref();
    return () => clearInterval(timer);
  } catch (error) {
    logger.log('warn', 'updates.unavailable', { error });
    return () => {};
  }
}

/** electron-updater's autoUpdater, imported on first use (it is a CommonJS module). */
async function loadElectronUpdater(): Promise<Updater> {
  const module = (await import('electron-updater')) as unknown as { autoUpdater?: Updater; default?: { autoUpdater?: Updater } };
  const updater = module.autoUpdater ?? module.default?.autoUpdater;
  if (!updater) throw new Error('electron-updater has no autoUpdater');
  return updater;
}
