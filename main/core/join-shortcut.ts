import { ENGLISH, type Translator } from '../i18n/translator.js';
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
    /** The language of the notice. */
    private readonly texts: () => Translator = () => ENGLISH,
  ) {}

  apply(accelerator: string): void {
    this.shortcut.unregisterAll();
    if (!accelerator) return;
    if (this.shortcut.register(accelerator, this.joinNext)) {
      this.logger.log('info', 'shortcut.registered', { accelerator });
      return;
    }
    this.logger.log('warn', 'shortcut.clash', { accelerator });
    const { t } = this.texts();
    this.notifier.notify({ title: t('shortcut.unavailableTitle'), body: t('shortcut.unavailableBody', { accelerator }) });
  }
}
