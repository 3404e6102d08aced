export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured logging. Callers log events and safe fields; implementations redact anyway. */
export interface Logger {
  log(level: LogLevel, event: string, fields?: Record<string, unknown>): void;
}
