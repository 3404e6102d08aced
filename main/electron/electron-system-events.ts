import { net, powerMonitor } from 'electron';
import type { Logger } from '../ports/logger.js';
import type { SystemEvent, SystemEvents } from '../ports/system-events.js';

/** How often the network state is sampled: Electron's main process has no 'online' event. */
export const ONLINE_POLL_MS = 30_000;

export interface ElectronSystemEventsOptions {
  logger: Logger;
  pollMs?: number;
}

/**
 * SystemEvents over Electron (create after app 'ready'): powerMonitor's 'resume' and 'unlock-screen'
 * (macOS and Windows only), and 'online' when net.isOnline() turns from false to true, sampled every
 * 30 s on an unref'd timer. stop() removes the listeners and the timer.
 */
export class ElectronSystemEvents implements SystemEvents {
  private readonly listeners = new Set<(event: SystemEvent) => void>();
  private readonly timer: ReturnType<typeof setInterval>;
  private online: boolean;
  private stopped = false;

  constructor(private readonly options: ElectronSystemEventsOptions) {
    this.online = this.isOnline();
    powerMonitor.on('resume', this.onResume);
    powerMonitor.on('unlock-screen', this.onUnlock);
    this.timer = setInterval(() => this.poll(), options.pollMs ?? ONLINE_POLL_MS);
    this.timer.unref();
  }

  subscribe(listener: (event: SystemEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Samples the network state; emits 'online' on a false → true transition. */
  poll(): void {
    if (this.stopped) return;
    const online = this.isOnline();
    const cameBack = online && !this.online;
    this.online = online;
    if (cameBack) this.emit('online');
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    powerMonitor.removeListener('resume', this.onResume);
    powerMonitor.removeListener('unlock-screen', this.onUnlock);
    this.listeners.clear();
  }

  private readonly onResume = (): void => {
    // 'resume' refreshes anyway: take the network state as it is now, so a network that was down
    // before sleep does not also report 'online' at the next sample.
    this.online = this.isOnline();
    this.emit('resume');
  };

  private readonly onUnlock = (): void => this.emit('unlock');

  private isOnline(): boolean {
    try {
      return net.isOnline();
    } catch {
      // Unknown counts as online: no transition is invented from it.
      return true;
    }
  }

  private emit(event: SystemEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.options.logger.log('error', 'system_events.listener_failed', { event, error });
      }
    }
  }
}
