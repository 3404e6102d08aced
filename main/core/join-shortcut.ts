import type { GlobalShortcut } from '../ports/global-shortcut.js';
import type { Logger } from '../ports/logger.js';
import type { Notifier } from '../ports/notifier.js';

/** The global "Join next meeting" shortcut: registered from the preference, and off (with a notice) when another app holds it. */
export class JoinShortcut {
  constructor(
    private readonly shortcut: GlobalShortcut,
    private readonly notifier: Notifier,
    private readonly logger: Logger,
    private readonly joinNext: () => void,
  ) {}

  apply(accelerator: string): void {
    this.shortcut.unregisterAll();
    if (!accelerator) return;
    if (this.shortcut.register(accelerator, this.joinNext)) {
      this.logger.log('info', 'shortcut.registered', { accelerator });
      return;
    }
    this.logger.log('warn', 'shortcut.clash', { accelerator });
    this.notifier.notify({ title: 'Shortcut not available', body: `${accelerator} is used by another app or not available here, so the "Join next meeting" shortcut is off. Choose another in Preferences.` });
  }
}
