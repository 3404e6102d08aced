import type { DiaryAppointment } from './appointment-record.js';

/**
 * The AppointmentEntity properties `PATCH v1/Appointment/{id}` may change in the sandbox, with their row
 * fields. The length limits are the sandbox's (SuperOffice documents none for REST); dates are instants
 * (ms) here, read and written on the wire like every other sandbox date-time.
 */
export type PatchField =
  | { name: string; kind: 'string'; maxLength: number; read(row: DiaryAppointment): string; write(row: DiaryAppointment, value: string): void }
  | { name: string; kind: 'boolean'; read(row: DiaryAppointment): boolean; write(row: DiaryAppointment, value: boolean): void }
  | { name: string; kind: 'date-time'; read(row: DiaryAppointment): number; write(row: DiaryAppointment, value: number): void };

/** Long text fields (Description, Agenda): about what a SuperOffice text row holds. */
const TEXT_LIMIT = 32_000;

export const PATCH_FIELDS: ReadonlyArray<PatchField> = [
  { name: 'Title', kind: 'string', maxLength: 254, read: (row) => row.title, write: (row, value) => void (row.title = value) },
  { name: 'Description', kind: 'string', maxLength: TEXT_LIMIT, read: (row) => row.description, write: (row, value) => void (row.description = value) },
  { name: 'Agenda', kind: 'string', maxLength: TEXT_LIMIT, read: (row) => row.agenda, write: (row, value) => void (row.agenda = value) },
  { name: 'Location', kind: 'string', maxLength: 254, read: (row) => row.location, write: (row, value) => void (row.location = value) },
  {
    name: 'JoinVideomeetUrl',
    kind: 'string',
    maxLength: 2048,
    read: (row) => row.joinVideomeetUrl,
    write: (row, value) => void (row.joinVideomeetUrl = value),
  },
  {
    name: 'CentralserviceVideomeetId',
    kind: 'string',
    maxLength: 254,
    read: (row) => row.centralserviceVideomeetId,
    write: (row, value) => void (row.centralserviceVideomeetId = value),
  },
  { name: 'StartDate', kind: 'date-time', read: (row) => Date.parse(row.start), write: (row, value) => void (row.start = new Date(value).toISOString()) },
  { name: 'EndDate', kind: 'date-time', read: (row) => Date.parse(row.end), write: (row, value) => void (row.end = new Date(value).toISOString()) },
  { name: 'HasAlarm', kind: 'boolean', read: (row) => row.hasAlarm, write: (row, value) => void (row.hasAlarm = value) },
  { name: 'IsAlldayEvent', kind: 'boolean', read: (row) => row.allDay, write: (row, value) => void (row.allDay = value) },
];

/**
 * AppointmentEntity properties the sandbox sends but does not let PATCH change (read-only in SuperOffice,
 * or not modelled for writing): a path naming one is "read-only" rather than "unknown".
 */
export const READ_ONLY_PROPERTIES: ReadonlyArray<string> = [
  'AppointmentId', 'Associate', 'Contact', 'CreatedBy', 'UpdatedBy', 'CreatedDate', 'UpdatedDate', 'Person', 'MotherId', 'Private',
  'Type', 'Completed', 'AlarmLeadTime', 'IsFree', 'RejectCounter', 'RejectReason', 'Recurrence', 'Participants', 'AssignmentStatus',
  'InvitationStatus', 'BookingType', 'ActiveDate', 'HasConflict', 'Task', 'PreferredTZLocation', 'CautionWarning', 'OwnedExternally',
  'InternalNotes', 'IsPublished', 'TableRight', 'FieldProperties', '_Links',
];

/** The patchable field named `name` (case-insensitive). */
export function findPatchField(name: string): PatchField | undefined {
  const wanted = name.toLowerCase();
  return PATCH_FIELDS.find((field) => field.name.toLowerCase() === wanted);
}

/** The read-only property named `name` (case-insensitive), in its documented spelling. */
export function findReadOnlyProperty(name: string): string | undefined {
  const wanted = name.toLowerCase();
  return READ_ONLY_PROPERTIES.find((property) => property.toLowerCase() === wanted);
}
