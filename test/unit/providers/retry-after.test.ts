import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffMs, retryAfterMs } from '../../../main/providers/retry-after.js';

const NOW = Date.parse('2026-11-23T10:00:00Z');

describe('Retry-After', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    ['Mon, 23 Nov 2026 10:00:30 GMT', 30_000],
    ['2026-11-23T10:01:00Z', 60_000],
    ['2026-11-24T00:00:00Z', 14 * 3600_000],
    ['Mon, 23 Nov 2026 09:00:00 GMT', 0],
  ])('reads %j', (header, ms) => expect(retryAfterMs(header, NOW)).toBe(ms));

  it.each([[''], [null], [undefined], ['soon'], ['-5'], ['1.5'], ['9'.repeat(80)]])('ignores %j', (header) => {
    expect(retryAfterMs(header, NOW)).toBeUndefined();
  });

  it('never returns a negative or NaN wait for any header (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (header) => {
        const wait = retryAfterMs(header, NOW);
        if (wait !== undefined) expect(Number.isFinite(wait) && wait >= 0).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('backoff', () => {
  it('grows exponentially and stays under the cap, with jitter', () => {
    expect(backoffMs(0, () => 0.999)).toBeLessThan(250);
    expect(backoffMs(3, () => 0.999)).toBeLessThan(2000);
    expect(backoffMs(20, () => 0.999)).toBeLessThan(4000);
    expect(backoffMs(5, () => 0)).toBe(0);
  });
});
