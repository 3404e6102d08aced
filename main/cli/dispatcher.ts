import { EXIT, UsageError, type CliCommand, type CliIo } from './command.js';

const PROGRAM = 'npm run cli --';

/** Runs `argv` (without node and script) against `commands`; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[]): Promise<number> {
  const [name, ...args] = argv;
  const names = commands.map((command) => command.name).join('|');
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const stream = name === undefined ? io.stderr : io.stdout;
    stream(`usage: ${PROGRAM} <${names}> [options]\n${commands.map((command) => `  ${PROGRAM} ${command.usage}`).join('\n')}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`unknown command "${name}"; usage: ${PROGRAM} <${names}> [options]\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${command.name}: ${error.message}; usage: ${PROGRAM} ${command.usage}\n`);
      return EXIT.usage;
    }
    io.stderr(`${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
