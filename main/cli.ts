/**
 * Entry of `npm run cli`: helpdesk commands (`explain-link`, `status`, `diagnose`, `disconnect`, `repair`).
 * Plain Node, no Electron. The app's core is loaded only by the commands that need it, from its own bundle
 * next to this one (dist/main/cli/cli-core.js), so explain-link runs without the app's packages.
 */
import type { CoreOpener } from './cli/core-session.js';
import { cliCommands } from './cli/commands.js';
import { runCli } from './cli/dispatcher.js';
import { nodeIo } from './cli/node-io.js';

const openCore: CoreOpener = async (io) => {
  const bundle = new URL('./cli/cli-core.js', import.meta.url).href;
  const { createCliCore } = (await import(bundle)) as typeof import('./cli/cli-core.js');
  return createCliCore(process.env, io);
};

const code = await runCli(process.argv.slice(2), nodeIo(), cliCommands(openCore));
// The command is done and the core stopped; a browser's keep-alive connection to a sign-in listener must not
// hold the prompt for seconds. Exit once everything written has reached the pipes.
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
