// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelative, parseTimestamp } from '../../../renderer/format/time.js';

const now = new Date('2025-06-01T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('time formatting', () => {
  it('parses ISO timestamps and rejects missing or invalid ones', () => {
    expect(parseTimestamp('2025-06-01T12:00:00Z')?.toISOString()).toBe('2025-06-01T12:00:00.000Z');
    expect(parseTimestamp(undefined)).toBeUndefined();
    expect(parseTimestamp('')).toBeUndefined();
    expect(parseTimestamp('not a date')).toBeUndefined();
  });

  it('gives relative times, nothing under a minute, and the date past a week', () => {
    expect(formatRelative(ago(20), now, 'en')).toBeUndefined();
    expect(formatRelative(ago(5 * 60), now, 'en')).toBe('5 minutes ago');
    expect(formatRelative(ago(3 * 3600), now, 'en')).toBe('3 hours ago');
    expect(formatRelative(ago(86_400), now, 'en')).toBe('yesterday');
    expect(formatRelative(ago(10 * 86_400), now, 'en')).toBe(formatDateTime(ago(10 * 86_400), 'en'));
  });
});
