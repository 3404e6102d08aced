import type { Logger, LogLevel } from '../../main/ports/logger.js';
import { redact } from '../../main/logging/redact.js';

/** Keeps log entries (redacted, as the file logger writes them) so tests can read them. */
export class MemoryLogger implements Logger {
  readonly entries: { level: LogLevel; event: string; fields: Record<string, unknown> }[] = [];

  log(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
    this.entries.push({ level, event, fields: redact(fields) as Record<string, unknown> });
  }

  events(): string[] {
    return this.entries.map((entry) => entry.event);
  }
}
