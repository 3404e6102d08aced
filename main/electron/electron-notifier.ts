import { Notification } from 'electron';
import type { Logger } from '../ports/logger.js';
import type { Notifier } from '../ports/notifier.js';

/** Notifier over Electron's Notification; keeps each one referenced until closed so clicks still arrive. */
export function createElectronNotifier(logger: Logger): Notifier {
  const shown = new Set<Notification>();
  return {
    notify({ title, body, onClick }) {
      if (!Notification.isSupported()) {
        logger.log('info', 'notifier.unsupported');
        return;
      }
      const notification = new Notification({ title, body, silent: false });
      shown.add(notification);
      if (onClick) notification.on('click', () => onClick());
      notification.on('close', () => shown.delete(notification));
      notification.show();
    },
  };
}
