/** A button on a notification, e.g. Join or Snooze. */
export interface NotificationAction {
  id: string;
  label: string;
}

/** Desktop notifications; a click on the body or on an action calls back into the core. */
export interface Notifier {
  notify(notification: {
    title: string;
    body: string;
    actions?: NotificationAction[];
    onClick?: () => void;
    onAction?: (actionId: string) => void;
  }): void;
}
