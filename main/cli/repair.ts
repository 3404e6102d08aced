import type { ConnectionView } from '../../preload/contract.js';
import { EXIT, type CliCommand } from './command.js';
import { connectionArgument } from './arguments.js';
import { connectionLines, errorLines } from './connection-lines.js';
import { withStartedCore, type CoreOpener } from './core-session.js';
import { RepairProgressPrinter } from './repair-progress.js';

/**
 * `repair <connection-id>`: the app's Repair (removes this computer's configuration, revokes where possible,
 * signs in again in the browser). Progress goes to standard error as it happens, the resulting state to
 * standard output; exit 0 when connected again, 1 otherwise, 2 for an unknown connection.
 */
export function repairCommand(openCore: CoreOpener): CliCommand {
  return {
    name: 'repair',
    usage: 'repair <connection-id>',
    async run(args, io) {
      const id = connectionArgument(args);
      const printer = new RepairProgressPrinter(io.stderr);
      const result = await withStartedCore(openCore, io, async (core) => {
        const unsubscribe = core.subscribe((event) => {
          if (event.name === 'repairProgress' && event.payload.id === id) printer.onProgress(event.payload);
        });
        try {
          return await core.dispatch('repairConnection', [id]);
        } finally {
          unsubscribe();
        }
      });
      if (!result.ok) {
        io.stderr(errorLines('repair', result.error));
        return EXIT.attention;
      }
      const view = result.value as ConnectionView;
      io.stdout(connectionLines([view]));
      if (view.status === 'connected') return EXIT.ok;
      if (view.error) io.stderr(errorLines('repair', view.error));
      return EXIT.attention;
    },
  };
}
