import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../main/ports/clock.js';

/** Node lists a timer among its active resources only while the timer holds the process open. */
const openTimers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;

describe('systemClock.setTimer', () => {
  it('a background timer does not hold the process open; an awaited one (keepAlive) does until it fires or is cancelled', async () => {
    const before = openTimers();
    const cancelBackground = systemClock.setTimer(60_000, () => undefined);
    expect(openTimers()).toBe(before);
    const cancelAwaited = systemClock.setTimer(60_000, () => undefined, { keepAlive: true });
    expect(openTimers()).toBe(before + 1);
    cancelAwaited();
    cancelBackground();
    expect(openTimers()).toBe(before);

    let fired = false;
    await new Promise<void>((resolve) => systemClock.setTimer(5, () => ((fired = true), resolve()), { keepAlive: true }));
    expect(fired).toBe(true);
  });
});
