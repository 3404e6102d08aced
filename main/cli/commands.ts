import type { CliCommand } from './command.js';
import type { CoreOpener } from './core-session.js';
import { diagnoseCommand } from './diagnose.js';
import { disconnectCommand } from './disconnect.js';
import { explainLinkCommand } from './explain-link.js';
import { repairCommand } from './repair.js';
import { statusCommand } from './status.js';

/** Every subcommand, in the order the usage message lists them; `openCore` builds the app's core for those that need it. */
export function cliCommands(openCore: CoreOpener): readonly CliCommand[] {
  return [explainLinkCommand, statusCommand(openCore), diagnoseCommand(openCore), disconnectCommand(openCore), repairCommand(openCore)];
}
