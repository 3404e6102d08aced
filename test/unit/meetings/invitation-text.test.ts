import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invitationText } from '../../../main/meetings/invitation-text.js';

const base = {
  title: 'Quarterly review',
  start: Date.parse('2026-11-24T09:00:00Z'),
  end: Date.parse('2026-11-24T10:00:00Z'),
  allDay: false,
  timeZone: 'Europe/Oslo',
  joinUrl: 'https://zoom.us/j/81234567890?pwd=abc',
};

describe('"Copy invitation"', () => {
  it('has the title, the time in the user’s zone, SuperOffice’s "Join meeting:" line, the meeting ID and passcode', () => {
    expect(invitationText({ ...base, providerTitle: 'Zoom', meetingId: '81234567890', passcode: 'x7Pq2' })).toBe(
      ['Quarterly review', 'Tue, 24 Nov 2026, 10:00–11:00 (Europe/Oslo)', '', 'Join meeting: https://zoom.us/j/81234567890?pwd=abc', 'Zoom meeting ID: 81234567890', 'Passcode: x7Pq2'].join('\n'),
    );
  });

  it('leaves out what there is not, and says "all day"', () => {
    const text = invitationText({ ...base, allDay: true });
    expect(text).toContain('(all day)');
    expect(text).not.toMatch(/meeting ID|Passcode/);
  });

  it('keeps a hostile title on its one line: no line breaks or control characters get through', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (title) => {
        const [first, second, ...rest] = invitationText({ ...base, title }).split('\n');
        expect(first).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/);
        expect(second).toMatch(/^Tue, 24 Nov 2026/);
        expect(rest).toContain(`Join meeting: ${base.joinUrl}`);
      }),
    );
  });
});
