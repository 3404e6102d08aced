/**
 * The diary's clock. By default the real time; the `diaryNow` switch pins it:
 * - an instant with an offset or `Z`, e.g. `2026-11-23T10:00:00+01:00` (a fixed time), or
 * - a signed shift from the real time, e.g. `+90m`, `-2h`, `+1d`.
 */

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const SHIFT = /^([+-])(\d{1,6})(m|h|d)$/i;
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Whether `value` is an accepted `diaryNow` value. */
export function isDiaryNow(value: string): boolean {
  return (INSTANT.test(value) && Number.isFinite(Date.parse(value))) || SHIFT.test(value);
}

/** The diary's current time in ms: `diaryNow` applied to `realNow`. */
export function diaryNow(setting: string | undefined, realNow = Date.now()): number {
  if (setting === undefined || setting === '') return realNow;
  const shift = SHIFT.exec(setting);
  if (shift !== null) {
    const amount = Number(shift[2]) * (UNIT_MS[(shift[3] ?? 'm').toLowerCase()] ?? 0);
    return shift[1] === '-' ? realNow - amount : realNow + amount;
  }
  const fixed = Date.parse(setting);
  return Number.isFinite(fixed) ? fixed : realNow;
}
