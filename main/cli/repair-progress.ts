import type { RepairProgress, RepairStep } from '../../preload/contract.js';
import { redactText } from '../diagnostics/redact.js';

/** Turns the repairProgress events of one connection into lines, one per step whose state changed. */
export class RepairProgressPrinter {
  private readonly printed = new Map<RepairStep['id'], string>();

  constructor(private readonly write: (text: string) => void) {}

  onProgress(progress: RepairProgress): void {
    for (const step of progress.steps) {
      const line = `repair: ${step.title}: ${step.state}${step.detail ? ` — ${redactText(step.detail)}` : ''}`;
      if (this.printed.get(step.id) === line) continue;
      this.printed.set(step.id, line);
      if (step.state !== 'pending') this.write(`${line}\n`);
    }
  }
}
