import type { Logger } from '../ports/logger.js';
import type { SystemEvent, SystemEvents } from '../ports/system-events.js';

/**
 * The browser host's SystemEvents: the page's bridge reports them (POST /bridge/system/online when
 * the window goes online, /bridge/system/resume when the page becomes visible after being hidden for
 * more than a minute) and the web server calls emit(). A Node process has no power or screen-lock
 * notifications of its own, so 'unlock' never comes from here.
 */
export class WebSystemEvents implements SystemEvents {
  private readonly listeners = new Set<(event: SystemEvent) => void>();

  constructor(private readonly logger?: Logger) {}

  subscribe(listener: (event: SystemEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  emit(event: SystemEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.logger?.log('error', 'system_events.listener_failed', { event, error });
      }
    }
  }
}
