import { globalShortcut } from 'electron';
import type { GlobalShortcut } from '../ports/global-shortcut.js';
import type { Logger } from '../ports/logger.js';

/**
 * GlobalShortcut over Electron's globalShortcut (use after app 'ready'). register() is false when the
 * accelerator is invalid (Electron throws), or when Electron reports it could not take it (another app
 * has it: the OS refuses silently, so isRegistered is checked as well).
 */
export function createElectronGlobalShortcut(logger: Logger): GlobalShortcut {
  return {
    register(accelerator, callback) {
      if (!accelerator.trim()) return false;
      const run = (): void => {
        try {
          callback();
        } catch (error) {
          logger.log('error', 'shortcut.callback_failed', { accelerator, error });
        }
      };
      try {
        // Ours already (e.g. the preference changed back): replace the callback.
        if (globalShortcut.isRegistered(accelerator)) globalShortcut.unregister(accelerator);
        const registered = globalShortcut.register(accelerator, run) && globalShortcut.isRegistered(accelerator);
        if (!registered) logger.log('warn', 'shortcut.taken', { accelerator });
        return registered;
      } catch (error) {
        logger.log('warn', 'shortcut.invalid', { accelerator, error });
        return false;
      }
    },
    unregisterAll() {
      globalShortcut.unregisterAll();
    },
  };
}
