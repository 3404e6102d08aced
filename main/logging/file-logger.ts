import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger, LogLevel } from '../ports/logger.js';
import { redact } from './redact.js';

/** A Logger writing redacted JSON lines to a file; warnings and errors are echoed to stderr when asked. */
export function createFileLogger(filePath: string, options: { echo?: boolean; clock?: () => number } = {}): Logger {
  mkdirSync(dirname(filePath), { recursive: true });
  const now = options.clock ?? Date.now;
  return {
    log(level: LogLevel, event: string, fields?: Record<string, unknown>) {
      const line = JSON.stringify({ time: new Date(now()).toISOString(), level, event, ...(redact(fields ?? {}) as object) });
      try {
        appendFileSync(filePath, `${line}\n`, { mode: 0o600 });
      } catch {
        // A full or read-only disk must not take the app down; the echo below still reports errors.
      }
      if (options.echo && (level === 'warn' || level === 'error')) process.stderr.write(`${line}\n`);
    },
  };
}
