/** Desktop notifications. */
export interface Notifier {
  notify(notification: { title: string; body: string; onClick?: () => void }): void;
}
