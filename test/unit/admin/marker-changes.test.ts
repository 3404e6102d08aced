import { describe, expect, it } from 'vitest';
import { markerChanges } from '../../../main/admin/marker-changes.js';
import { formatMarkerValue, markerKey, removalKey, type Marker } from '../../../main/admin/marker-format.js';

const ME = '0b4a3c1e-1111-4222-8333-944455556666';
const OTHER = '1b4a3c1e-1111-4222-8333-944455556666';
const value = (provider: Marker['provider']) =>
  formatMarkerValue({ installationId: ME, provider, connectedSince: '2026-11-23T09:00:00.000Z', appVersion: '1.0.0', deviceName: 'PC', userName: 'Alice', account: 'Zoe' });

describe('what a sync writes and deletes', () => {
  it('saves a missing or changed marker and leaves an unchanged one alone', () => {
    const current = new Map([[markerKey(ME, 'zoom'), 'v1|zoom|old'], [markerKey(ME, 'jitsi'), 'v1|jitsi|same']]);
    const wanted = new Map([[markerKey(ME, 'zoom'), 'v1|zoom|new'], [markerKey(ME, 'jitsi'), 'v1|jitsi|same'], [markerKey(ME, 'teams'), 'v1|teams|x']]);
    expect(markerChanges(current, wanted, ME)).toEqual({
      save: [
        { key: markerKey(ME, 'zoom'), value: 'v1|zoom|new' },
        { key: markerKey(ME, 'teams'), value: 'v1|teams|x' },
      ],
      delete: [],
    });
  });

  it('writes nothing when everything is in step', () => {
    const both = new Map([[markerKey(ME, 'zoom'), 'v1|zoom|x']]);
    expect(markerChanges(both, new Map(both), ME)).toEqual({ save: [], delete: [] });
  });

  it('deletes only its own markers that are no longer wanted: never requests, other installations’, strange keys or values', () => {
    const current = new Map([
      [markerKey(ME, 'zoom'), value('zoom')],
      [markerKey(ME, 'google'), 'not what this app writes'],
      [removalKey(ME, 'google'), 'requested|Ada|2026'],
      [markerKey(OTHER, 'zoom'), 'v1|zoom|y'],
      [`${ME}:skype`, 'v1|skype|z'],
      ['settings', '{}'],
    ]);
    expect(markerChanges(current, new Map(), ME)).toEqual({ save: [], delete: [markerKey(ME, 'zoom')] });
  });

  it('keeps the marker of a removal that could not be carried out yet', () => {
    const current = new Map([[markerKey(ME, 'zoom'), value('zoom')], [markerKey(ME, 'webex'), value('webex')]]);
    expect(markerChanges(current, new Map(), ME, ['zoom'])).toEqual({ save: [], delete: [markerKey(ME, 'webex')] });
  });
});
