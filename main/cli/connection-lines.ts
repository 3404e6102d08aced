import type { ApiError, ConnectionView } from '../../preload/contract.js';
import { redactText } from '../diagnostics/redact.js';

/** `id  status  status text` lines with the columns lined up (texts redacted like the report). */
export function connectionLines(views: readonly ConnectionView[]): string {
  const idWidth = Math.max(...views.map((view) => view.id.length));
  const statusWidth = Math.max(...views.map((view) => view.status.length));
  return views.map((view) => `${view.id.padEnd(idWidth)}  ${view.status.padEnd(statusWidth)}  ${redactText(view.statusText)}\n`).join('');
}

/** An error for standard error: the message, then what to do. */
export function errorLines(command: string, error: ApiError): string {
  return `${command}: ${redactText(error.message)}\n${error.remedy ? `${command}: ${redactText(error.remedy)}\n` : ''}`;
}
