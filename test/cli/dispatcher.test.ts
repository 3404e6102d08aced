import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError, type CliCommand, type CliIo } from '../../main/cli/command.js';
import { runCli } from '../../main/cli/dispatcher.js';
import { explainLinkCommand } from '../../main/cli/explain-link.js';
import { readStdinText } from '../../main/cli/read-stdin.js';

function fakeIo(input = '', stdinIsTty = false) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdin: Readable.from([Buffer.from(input)]),
    stdinIsTty,
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
  };
  return { io, out };
}

const echo: CliCommand = {
  name: 'echo',
  usage: 'echo [--upper]',
  async run(args, io) {
    if (args.some((arg) => arg !== '--upper')) throw new UsageError('unknown option');
    const text = await readStdinText(io.stdin);
    io.stdout(args.includes('--upper') ? text.toUpperCase() : text);
    return 0;
  },
};
const broken: CliCommand = {
  name: 'broken',
  usage: 'broken',
  run: () => Promise.reject(new Error('keychain unavailable')),
};

describe('CLI dispatcher', () => {
  it('dispatches to the named command with the remaining arguments', async () => {
    const { io, out } = fakeIo('hello');
    expect(await runCli(['echo', '--upper'], io, [echo])).toBe(0);
    expect(out).toEqual({ stdout: 'HELLO', stderr: '' });
  });

  it('lists every command in the usage message', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['nope'], io, [echo, broken])).toBe(2);
    expect(out.stderr).toBe('unknown command "nope"; usage: npm run cli -- <echo|broken> [options]\n');
  });

  it('prints help on stdout with exit 0 for --help', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['--help'], io, [echo, broken])).toBe(0);
    expect(out.stdout).toBe('usage: npm run cli -- <echo|broken> [options]\n  npm run cli -- echo [--upper]\n  npm run cli -- broken\n');
  });

  it('turns a UsageError into exit 2 with the command usage, and other errors into exit 3', async () => {
    const usage = fakeIo();
    expect(await runCli(['echo', '--lower'], usage.io, [echo])).toBe(2);
    expect(usage.out.stderr).toBe('echo: unknown option; usage: npm run cli -- echo [--upper]\n');
    const failure = fakeIo();
    expect(await runCli(['broken'], failure.io, [broken])).toBe(3);
    expect(failure.out.stderr).toBe('broken: keychain unavailable\n');
  });

  it('hints how to end input when standard input is a terminal', async () => {
    const { io, out } = fakeIo('https://zoom.us/j/85512345678', true);
    expect(await runCli(['explain-link', '--json'], io, [explainLinkCommand])).toBe(0);
    expect(out.stderr).toContain('press Ctrl-D');
  });
});

describe('readStdinText', () => {
  it('joins chunks split inside a UTF-8 character and drops a BOM', async () => {
    const bytes = Buffer.from('\uFEFFmøte', 'utf8');
    const chunks = [bytes.subarray(0, 5), bytes.subarray(5)];
    expect(await readStdinText(Readable.from(chunks))).toBe('møte');
  });

  it('stops at the limit', async () => {
    await expect(readStdinText(Readable.from([Buffer.alloc(10), Buffer.alloc(10)]), 15)).rejects.toThrow(/larger than 15 bytes/);
  });
});
