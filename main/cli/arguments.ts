import { CONNECTION_IDS, type ConnectionId } from '../../preload/contract.js';
import { UsageError } from './command.js';

/** The one `<connection-id>` argument of disconnect and repair; anything else is a usage error (exit 2). */
export function connectionArgument(args: readonly string[]): ConnectionId {
  const known = CONNECTION_IDS.join(', ');
  const [id, ...extra] = args;
  if (id === undefined) throw new UsageError(`name the connection (one of ${known})`);
  if (id.startsWith('-')) throw new UsageError(`unknown option "${id}"`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const match = CONNECTION_IDS.find((candidate) => candidate === id);
  if (!match) throw new UsageError(`unknown connection "${id}" (one of ${known})`);
  return match;
}

/** Accepts only `--json`; returns whether it was given. */
export function jsonFlag(args: readonly string[]): boolean {
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else throw new UsageError(arg.startsWith('-') ? `unknown option "${arg}"` : `unexpected argument "${arg}"`);
  }
  return json;
}
