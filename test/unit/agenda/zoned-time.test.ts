import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseZonedDateTime, startOfDay, zoneOffsetMs } from '../../../main/agenda/zoned-time.js';

const OSLO = 'Europe/Oslo';
const iso = (ms: number) => new Date(ms).toISOString();

describe('SuperOffice local date-times', () => {
  it('reads a wall-clock time in the zone (winter UTC+1, summer UTC+2)', () => {
    expect(iso(parseZonedDateTime('2026-01-15T09:00:00', OSLO))).toBe('2026-01-15T08:00:00.000Z');
    expect(iso(parseZonedDateTime('2026-07-15T09:00:00', OSLO))).toBe('2026-07-15T07:00:00.000Z');
  });

  it('honours an explicit offset or Z over the zone', () => {
    expect(iso(parseZonedDateTime('2026-07-15T09:00:00Z', OSLO))).toBe('2026-07-15T09:00:00.000Z');
    expect(iso(parseZonedDateTime('2026-07-15T09:00:00-05:00', OSLO))).toBe('2026-07-15T14:00:00.000Z');
    expect(iso(parseZonedDateTime('2026-07-15T09:00:00.1234567+0200', OSLO))).toBe('2026-07-15T07:00:00.123Z');
  });

  it('handles the DST changes: a time in the spring gap moves forward, an autumn overlap takes the first', () => {
    // 29 March 2026 02:30 does not exist in Oslo (clocks jump 02:00 → 03:00).
    expect(iso(parseZonedDateTime('2026-03-29T02:30:00', OSLO))).toBe('2026-03-29T01:30:00.000Z');
    // 25 October 2026 02:30 happens twice (clocks go 03:00 → 02:00).
    expect(iso(parseZonedDateTime('2026-10-25T02:30:00', OSLO))).toBe('2026-10-25T00:30:00.000Z');
    // The meeting after the change is still one hour long in real time.
    const start = parseZonedDateTime('2026-10-25T01:30:00', OSLO);
    const end = parseZonedDateTime('2026-10-25T03:30:00', OSLO);
    expect((end - start) / 3_600_000).toBe(3);
  });

  it('returns NaN for anything that is not a date-time', () => {
    for (const text of ['', 'tomorrow', '2026-13-01T00:00:00', '2026-01-01T25:00', '<script>']) expect(parseZonedDateTime(text, OSLO)).toBeNaN();
  });

  it('finds local midnight, also on DST days (a 23- and a 25-hour day)', () => {
    const spring = startOfDay(Date.parse('2026-03-29T12:00:00Z'), OSLO);
    expect(iso(spring)).toBe('2026-03-28T23:00:00.000Z');
    expect((startOfDay(spring, OSLO, 1) - spring) / 3_600_000).toBe(23);
    const autumn = startOfDay(Date.parse('2026-10-25T12:00:00Z'), OSLO);
    expect((startOfDay(autumn, OSLO, 1) - autumn) / 3_600_000).toBe(25);
    expect(iso(startOfDay(Date.parse('2026-11-23T23:30:00Z'), OSLO))).toBe('2026-11-23T23:00:00.000Z');
  });
});

describe('zone offsets', () => {
  /** The oracle: Intl's own "GMT+05:45" name of the offset in force. */
  const intlOffsetMs = (instant: number, timeZone: string): number => {
    const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value;
    const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name)!;
    return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
  };
  const zones = ['Europe/Oslo', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'UTC'];

  it('are the offsets Intl names, asked once or again (the remembered answers are the same), around DST changes too', () => {
    const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 0, 1) });
    const nearChange = fc.constantFrom(Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 3, 4, 15)).chain((at) => fc.integer({ min: at - 3_600_000, max: at + 3_600_000 }));
    fc.assert(
      fc.property(fc.oneof(instant, nearChange), fc.constantFrom(...zones), (at, zone) => {
        const expected = intlOffsetMs(at, zone);
        expect(zoneOffsetMs(at, zone)).toBe(expected);
        expect(zoneOffsetMs(at, zone)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
