import type { CliIo } from './command.js';

/** The real process's standard streams. */
export function nodeIo(): CliIo {
  return {
    stdin: process.stdin,
    stdinIsTty: process.stdin.isTTY === true,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
