/** Entry of `npm run cli`: helpdesk commands (`explain-link`, …). Plain Node: no Electron, no app start. */
import { runCli } from './cli/dispatcher.js';
import { nodeIo } from './cli/node-io.js';

process.exitCode = await runCli(process.argv.slice(2), nodeIo());
