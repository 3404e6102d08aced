import { Notification } from 'electron';
import type { Logger } from '../ports/logger.js';
import type { Notifier } from '../ports/notifier.js';

/**
 * Notifier over Electron's Notification; keeps each one referenced until closed so clicks still arrive.
 * Action buttons (Join, Snooze…) exist on macOS and Windows; on Linux Electron has none, so they are
 * left out and only the click remains: the core words the body so it says what a click does.
 * (macOS shows buttons only for a signed app whose notifications are set to "Alerts".)
 */
export function createElectronNotifier(logger: Logger, platform: NodeJS.Platform = process.platform): Notifier {
  const actionsSupported = platform === 'darwin' || platform === 'win32';
  const shown = new Set<Notification>();
  return {
    notify({ title, body, actions, onClick, onAction }) {
      if (!Notification.isSupported()) {
        logger.log('info', 'notifier.unsupported');
        return;
      }
      const buttons = actionsSupported && onAction ? (actions ?? []) : [];
      const notification = new Notification({
        title,
        body,
        silent: false,
        ...(buttons.length ? { actions: buttons.map((action) => ({ type: 'button' as const, text: action.label })) } : {}),
      });
      shown.add(notification);
      if (onClick) notification.on('click', () => onClick());
      if (buttons.length && onAction) {
        notification.on('action', (details, actionIndex) => {
          // Electron 45 passes the index in the event details; the positional argument is the older form.
          const index = typeof details?.actionIndex === 'number' ? details.actionIndex : actionIndex;
          const action = buttons[index];
          if (action) onAction(action.id);
          else logger.log('warn', 'notifier.unknown_action', { index });
        });
      }
      notification.on('close', () => shown.delete(notification));
      notification.show();
    },
  };
}
