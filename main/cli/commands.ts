import type { CliCommand } from './command.js';
import { explainLinkCommand } from './explain-link.js';

/** Every subcommand, in the order the usage message lists them. */
export const COMMANDS: readonly CliCommand[] = [explainLinkCommand];
