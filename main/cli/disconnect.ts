import type { ConnectionView } from '../../preload/contract.js';
import { EXIT, type CliCommand } from './command.js';
import { connectionArgument } from './arguments.js';
import { connectionLines, errorLines } from './connection-lines.js';
import { withStartedCore, type CoreOpener } from './core-session.js';

/**
 * `disconnect <connection-id>`: signs out as the app's Sign out does (revokes where the service offers it,
 * deletes the keychain entry). Prints the resulting state; exit 0 when disconnected, 1 when not (message
 * and remedy on standard error), 2 for an unknown connection.
 */
export function disconnectCommand(openCore: CoreOpener): CliCommand {
  return {
    name: 'disconnect',
    usage: 'disconnect <connection-id>',
    async run(args, io) {
      const id = connectionArgument(args);
      const result = await withStartedCore(openCore, io, (core) => core.dispatch('disconnect', [id]));
      if (!result.ok) {
        io.stderr(errorLines('disconnect', result.error));
        return EXIT.attention;
      }
      const view = result.value as ConnectionView;
      io.stdout(connectionLines([view]));
      if (view.status === 'disconnected') return EXIT.ok;
      if (view.error) io.stderr(errorLines('disconnect', view.error));
      return EXIT.attention;
    },
  };
}
