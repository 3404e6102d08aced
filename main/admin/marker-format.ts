import type { ProviderId } from '../../preload/contract.js';
import { PROVIDER_IDS } from '../../preload/contract.js';

/** The ForeignSystem application name every installation records its markers under. */
export const MARKER_APPLICATION = 'VideoMeetingsTray';
/** SuperOffice's ForeignKey Key and Value hold at most 239 characters each (database reference). */
export const MARKER_FIELD_MAX = 239;

/**
 * What one installation tells the tenant about one user's video connection: provider, account display name,
 * connected since, app version, device name and the user's name. No token, no e-mail.
 */
export interface Marker {
  installationId: string;
  provider: ProviderId;
  connectedSince: string;
  appVersion: string;
  deviceName: string;
  userName: string;
  account: string;
}

/** Key of a marker: installation id and provider (the admin's list has no device column, so the key carries it). */
export function markerKey(installationId: string, provider: ProviderId): string {
  return `${installationId}:${provider}`;
}

/** Key of an administrator's removal request for a marker. */
export function removalKey(installationId: string, provider: ProviderId): string {
  return `${installationId}:${provider}:remove`;
}

const FIELD = /[|\u0000-\u001f\u007f]/g;
const clean = (text: string, max: number) => text.replace(FIELD, ' ').trim().slice(0, max);
/** Anything with an "@" between two non-blank characters: adapters fall back to the e-mail address as account name. */
const EMAIL_LIKE = /\S@\S/;
/** A name for the marker, or '' when it looks like an e-mail address (the marker never carries one). */
const nameOnly = (text: string) => (EMAIL_LIKE.test(text) ? '' : text);

/**
 * "v1|provider|since|version|device|user|account", cut to fit the field (the account name goes last and is cut
 * first); a separator or control character becomes a space, and an e-mail-like field is left out.
 */
export function formatMarkerValue(marker: Marker): string {
  const head = ['v1', marker.provider, clean(marker.connectedSince, 40), clean(nameOnly(marker.appVersion), 20), clean(nameOnly(marker.deviceName), 31), clean(nameOnly(marker.userName), 60)].join('|');
  return `${head}|${clean(nameOnly(marker.account), Math.max(0, MARKER_FIELD_MAX - head.length - 1))}`;
}

/** Reads a marker back from its key and value; undefined for anything this app did not write (shown as "unreadable"). */
export function parseMarker(key: string, value: string): Marker | undefined {
  const keyMatch = /^([0-9a-f-]{36}):([a-z-]+)$/.exec(key);
  if (!keyMatch) return undefined;
  const [, installationId, keyProvider] = keyMatch as unknown as [string, string, string];
  const parts = value.split('|');
  if (parts.length !== 7 || parts[0] !== 'v1') return undefined;
  const [, provider = '', connectedSince = '', appVersion = '', deviceName = '', userName = '', account = ''] = parts;
  if (provider !== keyProvider || !(PROVIDER_IDS as readonly string[]).includes(provider) || Number.isNaN(Date.parse(connectedSince))) return undefined;
  return { installationId, provider: provider as ProviderId, connectedSince, appVersion, deviceName, userName, account };
}

/** The provider of a removal request key of this installation, if it is one. */
export function parseRemovalKey(key: string, installationId: string): ProviderId | undefined {
  const match = /^([0-9a-f-]{36}):([a-z-]+):remove$/.exec(key);
  if (!match || match[1] !== installationId) return undefined;
  return (PROVIDER_IDS as readonly string[]).includes(match[2] ?? '') ? (match[2] as ProviderId) : undefined;
}
