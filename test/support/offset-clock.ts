import { systemClock, type Clock, type TimerOptions } from '../../main/ports/clock.js';

/** Real timers, but `now()` can be moved ahead (e.g. past an access token's expiry). */
export class OffsetClock implements Clock {
  offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  setTimer(ms: number, callback: () => void, options?: TimerOptions): () => void {
    return systemClock.setTimer(ms, callback, options);
  }
}
