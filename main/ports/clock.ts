/** How a timer treats the process it runs in. */
export interface TimerOptions {
  /**
   * True when something awaits the timer (a retry's backoff, a poll): it keeps a headless process such as
   * the CLI alive until it fires. By default a timer is a background schedule (agenda refresh, admin sync)
   * that never holds the process open by itself.
   */
  keepAlive?: boolean;
}

/** Time, injectable so tests can move it. */
export interface Clock {
  now(): number;
  /** Runs `callback` after `ms`; returns a function that cancels it. */
  setTimer(ms: number, callback: () => void, options?: TimerOptions): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(ms, callback, options) {
    const handle = setTimeout(callback, ms);
    if (!options?.keepAlive) handle.unref?.();
    return () => clearTimeout(handle);
  },
};
