import { formatDiagnosticsReport } from '../diagnostics/diagnostics-report.js';
import { EXIT, type CliCommand } from './command.js';
import { jsonFlag } from './arguments.js';
import { withStartedCore, type CoreOpener } from './core-session.js';

/** `diagnose [--json]`: the helpdesk report, the same as "Copy diagnostics" in the app (redacted); exit 0. */
export function diagnoseCommand(openCore: CoreOpener): CliCommand {
  return {
    name: 'diagnose',
    usage: 'diagnose [--json]',
    async run(args, io) {
      const format = jsonFlag(args) ? 'json' : 'text';
      const report = await withStartedCore(openCore, io, async (core) => formatDiagnosticsReport(await core.diagnostics(), format));
      io.stdout(report);
      return EXIT.ok;
    },
  };
}
