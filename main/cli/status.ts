import type { ConnectionView } from '../../preload/contract.js';
import { redactText } from '../diagnostics/redact.js';
import { EXIT, type CliCommand } from './command.js';
import { jsonFlag } from './arguments.js';
import { connectionLines } from './connection-lines.js';
import { withStartedCore, type CoreOpener } from './core-session.js';

/**
 * `status [--json]`: one line per connection. Exit 0 when every connection the user set up (SuperOffice,
 * the active provider, any provider with a sign-in) is connected or simply disconnected; 1 when one needs
 * re-authentication or is in error.
 */
export function statusCommand(openCore: CoreOpener): CliCommand {
  return {
    name: 'status',
    usage: 'status [--json]',
    async run(args, io) {
      const json = jsonFlag(args);
      const views = await withStartedCore(openCore, io, async (core) => {
        const result = await core.dispatch('listConnections', []);
        if (!result.ok) throw new Error(result.error.message);
        return result.value as ConnectionView[];
      });
      const attention = views.filter(needsAttention).map((view) => view.id);
      if (json) {
        const connections = views.map((view) => ({
          id: view.id,
          status: view.status,
          statusText: redactText(view.statusText),
          setUp: isSetUp(view),
          ...(view.active !== undefined ? { active: view.active } : {}),
        }));
        io.stdout(`${JSON.stringify({ connections, needsAttention: attention })}\n`);
      } else {
        io.stdout(connectionLines(views));
      }
      return attention.length === 0 ? EXIT.ok : EXIT.attention;
    },
  };
}

/** Set up by the user: SuperOffice, the active provider, or a provider with a sign-in (not one the installation lacks). */
export function isSetUp(view: ConnectionView): boolean {
  if (view.id === 'superoffice' || view.active === true) return true;
  const notConfigured = view.diagnosis?.kind === 'not-set-up' || (view.error?.code === 'invalid_client' && view.statusText === 'Not set up');
  return view.status !== 'disconnected' && !notConfigured;
}

/** A set-up connection that needs re-authentication or is in error. */
export function needsAttention(view: ConnectionView): boolean {
  return isSetUp(view) && (view.status === 'needs-reauth' || view.status === 'error');
}
