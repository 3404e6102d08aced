import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMarkerValue, MARKER_FIELD_MAX, markerKey, parseMarker, parseRemovalKey, removalKey, type Marker } from '../../../main/admin/marker-format.js';

const INSTALLATION = '0b4a3c1e-1111-4222-8333-944455556666';
const marker: Marker = {
  installationId: INSTALLATION,
  provider: 'zoom',
  connectedSince: '2026-11-23T09:00:00.000Z',
  appVersion: '1.4.0',
  deviceName: 'ALICE-LAPTOP',
  userName: 'Alice Andersen',
  account: 'Zoe Zoom',
};

describe('the marker value', () => {
  it('round-trips through its key and value', () => {
    const value = formatMarkerValue(marker);
    expect(value).toBe('v1|zoom|2026-11-23T09:00:00.000Z|1.4.0|ALICE-LAPTOP|Alice Andersen|Zoe Zoom');
    expect(parseMarker(markerKey(INSTALLATION, 'zoom'), value)).toEqual(marker);
  });

  it('never carries an e-mail address: an e-mail-like account or user name is left out', () => {
    const value = formatMarkerValue({ ...marker, account: 'zoe@example.com', userName: 'alice@example.com' });
    expect(value).toBe('v1|zoom|2026-11-23T09:00:00.000Z|1.4.0|ALICE-LAPTOP||');
    expect(formatMarkerValue({ ...marker, account: 'Zoe <zoe|@example.com>' })).not.toMatch(/@/);
  });

  it('turns separators and control characters in hostile names into spaces, so the fields stay where they are', () => {
    const value = formatMarkerValue({ ...marker, deviceName: 'PC|v1|evil', userName: 'Al|ice\nAndersen', account: 'Zoe|||Zoom\u0000' });
    expect(value.split('|')).toHaveLength(7);
    expect(parseMarker(markerKey(INSTALLATION, 'zoom'), value)).toMatchObject({ deviceName: 'PC v1 evil', userName: 'Al ice Andersen', account: 'Zoe   Zoom' });
  });

  it('fits SuperOffice’s 239 characters: the account name is cut first, the other fields to their own limits', () => {
    const value = formatMarkerValue({ ...marker, appVersion: 'v'.repeat(100), deviceName: 'd'.repeat(100), userName: 'u'.repeat(100), account: 'a'.repeat(500) });
    expect(value).toHaveLength(MARKER_FIELD_MAX);
    const parsed = parseMarker(markerKey(INSTALLATION, 'zoom'), value)!;
    expect([parsed.appVersion.length, parsed.deviceName.length, parsed.userName.length]).toEqual([20, 31, 60]);
    expect(parsed.account).toBe('a'.repeat(MARKER_FIELD_MAX - value.lastIndexOf('|') - 1));
  });

  it('for any names: at most 239 characters, seven fields, no field with an "@" between two characters, and it reads back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), fc.string({ maxLength: 60 }), (account, userName, deviceName, appVersion) => {
        const value = formatMarkerValue({ ...marker, account, userName, deviceName, appVersion });
        expect(value.length).toBeLessThanOrEqual(MARKER_FIELD_MAX);
        expect(value.split('|')).toHaveLength(7);
        for (const field of value.split('|')) expect(field).not.toMatch(/\S@\S/);
        expect(parseMarker(markerKey(INSTALLATION, 'zoom'), value)).toBeDefined();
      }),
    );
  });

  it('reads nothing it did not write: another version, a provider other than the key’s, a bad date, odd keys', () => {
    const key = markerKey(INSTALLATION, 'zoom');
    const value = formatMarkerValue(marker);
    expect(parseMarker(key, value.replace(/^v1/, 'v2'))).toBeUndefined();
    expect(parseMarker(markerKey(INSTALLATION, 'google'), value)).toBeUndefined();
    expect(parseMarker(key, value.replace('2026-11-23T09:00:00.000Z', 'yesterday'))).toBeUndefined();
    expect(parseMarker(key, `${value}|extra`)).toBeUndefined();
    expect(parseMarker('settings', value)).toBeUndefined();
    expect(parseMarker(`${INSTALLATION}:skype`, value.replace('|zoom|', '|skype|'))).toBeUndefined();
  });

  it('recognizes only this installation’s removal requests for a known provider', () => {
    expect(parseRemovalKey(removalKey(INSTALLATION, 'teams'), INSTALLATION)).toBe('teams');
    expect(parseRemovalKey(removalKey('1b4a3c1e-1111-4222-8333-944455556666', 'teams'), INSTALLATION)).toBeUndefined();
    expect(parseRemovalKey(`${INSTALLATION}:skype:remove`, INSTALLATION)).toBeUndefined();
    expect(parseRemovalKey(`${INSTALLATION}:teams`, INSTALLATION)).toBeUndefined();
  });
});
