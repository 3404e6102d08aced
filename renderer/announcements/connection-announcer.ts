import type { ConnectionId, ConnectionView } from '../../preload/contract.js';
import { connectionAnnouncement } from './connection-announcement.js';

/**
 * Follows the list of connections and says what changed, for the app's polite live region. A connection whose card
 * is on screen is left out: the card's own status line is a live region already, and one change is said once.
 */
export class ConnectionAnnouncer {
  private readonly last = new Map<ConnectionId, ConnectionView>();

  /** The announcement for the changes since the last call, or undefined when there is nothing new to say. */
  update(views: readonly ConnectionView[], cardShown: (view: ConnectionView) => boolean): string | undefined {
    const said: string[] = [];
    for (const view of views) {
      const before = this.last.get(view.id);
      this.last.set(view.id, view);
      if (before === view || cardShown(view)) continue;
      const message = connectionAnnouncement(before, view);
      if (message) said.push(message);
    }
    return said.length ? said.join(' ') : undefined;
  }
}
