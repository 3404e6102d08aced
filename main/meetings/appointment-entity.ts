import { z } from 'zod';
import type { SuperOfficeApi } from '../superoffice/superoffice-api.js';

/** The AppointmentEntity fields a video meeting touches (GET/PATCH v1/Appointment/{id}); others are ignored. */
const entitySchema = z.object({
  AppointmentId: z.number().int(),
  Title: z.string().nullish(),
  Location: z.string().nullish(),
  JoinVideomeetUrl: z.string().nullish(),
  CentralserviceVideomeetId: z.string().nullish(),
  UpdatedDate: z.string().nullish(),
});

/** An appointment as read for writing: the fields a video meeting changes, and the version to write against. */
export interface AppointmentSnapshot {
  id: number;
  location: string;
  joinVideomeetUrl: string;
  centralserviceVideomeetId: string;
  /** The Last-Modified header (HTTP-date), sent back as If-Unmodified-Since. */
  lastModified?: string;
}

/** One JSON Patch (RFC 6902) operation as SuperOffice accepts them (add, replace, remove, test). */
export type PatchOperation = { op: 'test' | 'replace'; path: string; value: string };

/** SuperOffice's Location field holds at most this many characters. */
export const LOCATION_MAX_LENGTH = 254;

/** GET v1/Appointment/{id}. */
export async function readAppointment(api: SuperOfficeApi, id: number): Promise<AppointmentSnapshot> {
  const { value, headers } = await api.request('GET', `v1/Appointment/${id}`, entitySchema);
  return snapshot(value, headers);
}

/**
 * PATCH v1/Appointment/{id} with a JSON Patch: written only if the appointment has not changed since it was
 * read (If-Unmodified-Since, plus `test` operations on the fields the patch changes, since the header has
 * one-second resolution). A change meanwhile is an `appointment_changed` error and nothing is written.
 */
export async function patchAppointment(api: SuperOfficeApi, read: AppointmentSnapshot, operations: PatchOperation[]): Promise<AppointmentSnapshot> {
  const { value, headers } = await api.request('PATCH', `v1/Appointment/${read.id}`, entitySchema, {
    body: operations,
    headers: { 'content-type': 'application/json-patch+json', ...(read.lastModified ? { 'if-unmodified-since': read.lastModified } : {}) },
  });
  return snapshot(value, headers);
}

/** `test` operations that pin the fields a patch will change to what was read. */
export function unchangedSince(read: AppointmentSnapshot, fields: ReadonlyArray<'JoinVideomeetUrl' | 'Location' | 'CentralserviceVideomeetId'>): PatchOperation[] {
  const current = { JoinVideomeetUrl: read.joinVideomeetUrl, Location: read.location, CentralserviceVideomeetId: read.centralserviceVideomeetId };
  return fields.map((field) => ({ op: 'test', path: field, value: current[field] }));
}

function snapshot(value: z.infer<typeof entitySchema>, headers: Headers): AppointmentSnapshot {
  const lastModified = headers.get('last-modified') ?? undefined;
  return {
    id: value.AppointmentId,
    location: value.Location ?? '',
    joinVideomeetUrl: value.JoinVideomeetUrl ?? '',
    centralserviceVideomeetId: value.CentralserviceVideomeetId ?? '',
    ...(lastModified ? { lastModified } : {}),
  };
}
