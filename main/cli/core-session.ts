import type { AppCore } from '../core/app-core-types.js';
import type { CliIo } from './command.js';

/** Builds the app's core for a command (loaded lazily, so commands without it stay plain Node). */
export type CoreOpener = (io: CliIo) => Promise<AppCore>;

/** Starts the core (settings, stored sign-ins), runs `work`, and always stops it again. */
export async function withStartedCore<T>(open: CoreOpener, io: CliIo, work: (core: AppCore) => Promise<T>): Promise<T> {
  const core = await open(io);
  await core.start();
  try {
    return await work(core);
  } finally {
    await core.stop();
  }
}
