import { resolveJoinLinkInText, type JoinLinkDecision } from '../links/resolve-join-link.js';
import { EXIT, UsageError, type CliCommand } from './command.js';
import { readStdinText } from './read-stdin.js';

/** `explain-link [--json]`: reads an invite text on standard input and says which join link we would use, and why. */
export const explainLinkCommand: CliCommand = {
  name: 'explain-link',
  usage: 'explain-link [--json] < invite.txt',
  async run(args, io) {
    let json = false;
    for (const arg of args) {
      if (arg === '--json') json = true;
      else throw new UsageError(arg.startsWith('-') ? `unknown option "${arg}"` : `unexpected argument "${arg}" (the invite text is read from standard input)`);
    }
    if (io.stdinIsTty) io.stderr('Paste the invite text, then press Ctrl-D (Ctrl-Z and Enter on Windows).\n');
    const decision = resolveJoinLinkInText(await readStdinText(io.stdin));
    io.stdout(json ? `${JSON.stringify(toJson(decision))}\n` : formatForPerson(decision));
    return decision.url === null ? EXIT.notFound : EXIT.ok;
  },
};

/** The machine-readable line: exactly these four keys, in this order. */
function toJson(decision: JoinLinkDecision): Pick<JoinLinkDecision, 'service' | 'url' | 'alternatives' | 'why'> {
  return { service: decision.service, url: decision.url, alternatives: decision.alternatives, why: decision.why };
}

const FIELD_NAMES = { joinVideomeetUrl: 'video meeting field', location: 'Location', description: 'description', agenda: 'agenda' } as const;

/** The same facts, laid out for a person reading a terminal. */
export function formatForPerson(decision: JoinLinkDecision): string {
  const lines = [
    `Join link: ${decision.url ?? 'none found'}`,
    ...(decision.service ? [`Service:   ${decision.serviceName ?? decision.service} (${decision.service})`] : []),
    `Why:       ${decision.why}`,
  ];
  if (decision.alternatives.length > 0) {
    lines.push('Other links:');
    for (const alternative of decision.alternatives) {
      lines.push(`  ${alternative.rank}. ${alternative.serviceName}, from the ${FIELD_NAMES[alternative.field]}: ${alternative.url}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
