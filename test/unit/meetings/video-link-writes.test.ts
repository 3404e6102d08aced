import { describe, expect, it } from 'vitest';
import type { AppointmentSnapshot } from '../../../main/meetings/appointment-entity.js';
import { addLinkPatch, removeLinkPatch } from '../../../main/meetings/video-link-writes.js';

const read = (over: Partial<AppointmentSnapshot> = {}): AppointmentSnapshot => ({ id: 7, location: '', joinVideomeetUrl: '', centralserviceVideomeetId: '', lastModified: 'Tue, 24 Nov 2026 08:00:00 GMT', ...over });
const zoom = { id: '81234567890', joinUrl: 'https://zoom.us/j/81234567890?pwd=abc' };

describe('the JSON Patch that adds a meeting', () => {
  it('sets JoinVideomeetUrl and fills an empty Location, each pinned with a test of what was read', () => {
    expect(addLinkPatch(read(), 'zoom', zoom)).toEqual({
      fillsLocation: true,
      operations: [
        { op: 'test', path: 'JoinVideomeetUrl', value: '' },
        { op: 'test', path: 'Location', value: '' },
        { op: 'replace', path: 'JoinVideomeetUrl', value: zoom.joinUrl },
        { op: 'replace', path: 'Location', value: zoom.joinUrl },
      ],
    });
  });

  it('leaves a Location the user wrote (and one only of spaces counts as empty)', () => {
    const { operations, fillsLocation } = addLinkPatch(read({ location: 'Room 4' }), 'zoom', zoom);
    expect(fillsLocation).toBe(false);
    expect(operations.some((operation) => operation.path === 'Location')).toBe(false);
    expect(addLinkPatch(read({ location: '   ' }), 'zoom', zoom).fillsLocation).toBe(true);
  });

  it('does not put a link longer than the Location field allows into Location', () => {
    const long = { id: 'x', joinUrl: `https://teams.microsoft.com/l/meetup-join/${'a'.repeat(300)}` };
    expect(addLinkPatch(read(), 'teams', long).fillsLocation).toBe(false);
  });

  it("stores SuperOffice's reservation id in CentralserviceVideomeetId", () => {
    const { operations } = addLinkPatch(read(), 'superoffice-video', { id: 'c0791ad9-guid', joinUrl: 'https://cust1.meetings-sod.superoffice.com/join/c0791ad9-guid' });
    expect(operations).toContainEqual({ op: 'test', path: 'CentralserviceVideomeetId', value: '' });
    expect(operations).toContainEqual({ op: 'replace', path: 'CentralserviceVideomeetId', value: 'c0791ad9-guid' });
  });
});

describe('the JSON Patch that removes the app’s meeting', () => {
  const entry = { provider: 'zoom' as const, filledLocation: true, meeting: zoom };

  it('clears only what still holds the app’s values', () => {
    expect(removeLinkPatch(read({ joinVideomeetUrl: zoom.joinUrl, location: zoom.joinUrl }), entry)).toEqual([
      { op: 'test', path: 'JoinVideomeetUrl', value: zoom.joinUrl },
      { op: 'test', path: 'Location', value: zoom.joinUrl },
      { op: 'replace', path: 'JoinVideomeetUrl', value: '' },
      { op: 'replace', path: 'Location', value: '' },
    ]);
  });

  it('keeps a Location the user changed since, and a Location the app did not fill', () => {
    const changed = removeLinkPatch(read({ joinVideomeetUrl: zoom.joinUrl, location: 'Room 4' }), entry);
    expect(changed.map((operation) => operation.path)).toEqual(['JoinVideomeetUrl', 'JoinVideomeetUrl']);
    const notFilled = removeLinkPatch(read({ joinVideomeetUrl: zoom.joinUrl, location: zoom.joinUrl }), { ...entry, filledLocation: false });
    expect(notFilled.some((operation) => operation.path === 'Location')).toBe(false);
  });

  it('is empty when the user already replaced the link', () => {
    expect(removeLinkPatch(read({ joinVideomeetUrl: 'https://meet.google.com/abc-defg-hij' }), entry)).toEqual([]);
  });
});
