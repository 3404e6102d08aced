/** What a command may touch: standard input and output, nothing else. */
export interface CliIo {
  stdin: AsyncIterable<Uint8Array | string>;
  /** True when standard input is a terminal (nothing piped). */
  stdinIsTty: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** One subcommand of `npm run cli -- <name> …`. */
export interface CliCommand {
  name: string;
  /** One line, shown in the usage message: `explain-link [--json] < invite.txt`. */
  usage: string;
  /** Resolves to the process exit code. Throws UsageError for bad flags or arguments. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Bad command line or input: the dispatcher prints the message and the usage line, and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Exit codes shared by all commands: 1 is the command's "no" (explain-link found no link; a connection
 * needs attention; a disconnect or repair did not succeed), 3 an unexpected failure (e.g. no configuration).
 */
export const EXIT = { ok: 0, notFound: 1, attention: 1, usage: 2, failed: 3 } as const;
