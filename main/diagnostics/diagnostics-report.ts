import type { DiagnosticsInput } from './diagnostics-input.js';
import { redactDeep } from './redact.js';
import { formatTextReport } from './report-text.js';

/** The helpdesk report ("Copy diagnostics", `cli diagnose`): every string is redacted first, then laid out as text or as one JSON object. */
export function formatDiagnosticsReport(input: DiagnosticsInput, format: 'text' | 'json'): string {
  const safe = redactDeep(input);
  return format === 'json' ? `${JSON.stringify(safe)}\n` : formatTextReport(safe);
}
