import type { ProviderId } from '../../preload/contract.js';
import type { AppointmentMeeting } from '../settings/settings-schema.js';
import { LOCATION_MAX_LENGTH, unchangedSince, type AppointmentSnapshot, type PatchOperation } from './appointment-entity.js';

/**
 * The JSON Patch that puts a meeting on an appointment, as SuperOffice's own client does: JoinVideomeetUrl,
 * Location when it is empty (and the link fits), CentralserviceVideomeetId for SuperOffice's own service.
 * The description is never touched. Each changed field is pinned with a `test` to what was read.
 */
export function addLinkPatch(read: AppointmentSnapshot, provider: ProviderId, meeting: { id: string; joinUrl: string }): { operations: PatchOperation[]; fillsLocation: boolean } {
  const fillsLocation = read.location.trim() === '' && meeting.joinUrl.length <= LOCATION_MAX_LENGTH;
  const central = provider === 'superoffice-video';
  const operations: PatchOperation[] = [
    ...unchangedSince(read, ['JoinVideomeetUrl', ...(fillsLocation ? (['Location'] as const) : []), ...(central ? (['CentralserviceVideomeetId'] as const) : [])]),
    { op: 'replace', path: 'JoinVideomeetUrl', value: meeting.joinUrl },
    ...(fillsLocation ? [{ op: 'replace' as const, path: 'Location', value: meeting.joinUrl }] : []),
    ...(central ? [{ op: 'replace' as const, path: 'CentralserviceVideomeetId', value: meeting.id }] : []),
  ];
  return { operations, fillsLocation };
}

/**
 * The JSON Patch that takes the app's meeting off an appointment: only fields that still hold what the app
 * wrote are cleared (a link or location the user changed since is theirs and stays). Empty when nothing is left.
 */
export function removeLinkPatch(read: AppointmentSnapshot, entry: Pick<AppointmentMeeting, 'provider' | 'filledLocation'> & { meeting: { id: string; joinUrl: string } }): PatchOperation[] {
  const { joinUrl, id } = entry.meeting;
  const fields: Array<'JoinVideomeetUrl' | 'Location' | 'CentralserviceVideomeetId'> = [];
  if (read.joinVideomeetUrl === joinUrl) fields.push('JoinVideomeetUrl');
  if (entry.filledLocation && read.location === joinUrl) fields.push('Location');
  if (entry.provider === 'superoffice-video' && read.centralserviceVideomeetId === id) fields.push('CentralserviceVideomeetId');
  if (!fields.length) return [];
  return [...unchangedSince(read, fields), ...fields.map((field): PatchOperation => ({ op: 'replace', path: field, value: '' }))];
}
