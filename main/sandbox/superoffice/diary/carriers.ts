import type { DiaryAppointment, DiaryAssociate } from './appointment-record.js';
import { formatWireTime, formatWireUtc, NO_DATE, type WireTime } from './time-zones.js';

/**
 * Rows as the WebAPI sends them: the `Appointment` carrier (GetMyDiary & co., every documented field, in the
 * documented order) and a subset of `AppointmentEntity` (GET v1/Appointment/{id}). Field names and enum
 * strings follow docs/en/api/reference/restful/agent/Appointment_Agent/v1AppointmentAgent_GetMyDiary.md and
 * restful/rest/Appointment/v1AppointmentEntity_GetAppointmentEntity.md; values for fields the sandbox does
 * not model (projects, sales, priorities) are the empty/zero values.
 */

export type Carrier = Record<string, unknown>;

/** .NET TimeSpan text, e.g. 10 → "00:10:00". */
function timeSpan(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
}

function who(associates: ReadonlyArray<DiaryAssociate>, id: number): DiaryAssociate | undefined {
  return associates.find((associate) => associate.associateId === id);
}

export function appointmentCarrier(row: DiaryAppointment, wire: WireTime, associates: ReadonlyArray<DiaryAssociate>): Carrier {
  const owner = who(associates, row.associateId);
  const creator = who(associates, row.createdByAssociateId);
  const start = formatWireTime(Date.parse(row.start), wire);
  const booking = row.booking;
  const assignedBy = booking?.bookingType === 'Participant' ? who(associates, booking.organizerAssociateId) : undefined;
  return {
    AppointmentId: row.appointmentId,
    StartDate: start,
    EndDate: formatWireTime(Date.parse(row.end), wire),
    Type: row.type,
    Task: row.task.name,
    AssociateFullName: owner?.fullName ?? '',
    ContactName: row.contact?.name ?? '',
    Description: row.description,
    PersonFullName: row.person?.fullName ?? '',
    PersonId: row.person?.id ?? 0,
    ContactId: row.contact?.id ?? 0,
    ProjectId: 0,
    ProjectName: '',
    IsPublished: false,
    AssociateId: row.associateId,
    ColorIndex: 0,
    IsFree: row.isFree,
    HasAlarm: row.hasAlarm,
    IsAlldayEvent: row.allDay,
    Private: row.private,
    PriorityId: 0,
    PriorityName: '',
    TaskType: row.task.taskType,
    IsBookingMain: booking?.bookingType === 'Owner',
    IsRecurrence: row.recurrence !== undefined,
    IsBooking: booking !== undefined,
    ActiveDate: start,
    AssignmentStatus: 'None',
    InvitationStatus: row.invitationStatus,
    BookingType: booking?.bookingType ?? 'None',
    Completed: row.completed,
    RecurringPattern: row.recurrence?.pattern ?? 'Unknown',
    RecurringStartDate: row.recurrence === undefined ? NO_DATE : formatWireTime(Date.parse(row.recurrence.seriesStart), wire),
    RecurringEndDate: row.recurrence === undefined ? NO_DATE : formatWireTime(Date.parse(row.recurrence.seriesEnd), wire),
    MotherId: booking?.motherId ?? 0,
    AssignedBy: assignedBy?.associateId ?? 0,
    AssignedByFullName: assignedBy?.fullName ?? '',
    RejectReason: booking?.rejectReason ?? '',
    Location: row.location,
    AlarmLeadTime: timeSpan(row.alarmLeadMinutes),
    SaleId: 0,
    SaleName: '',
    AssociateName: owner?.name ?? '',
    CreatedDate: formatWireUtc(Date.parse(row.created), wire),
    CreatedBy: creator?.name ?? '',
    CreatedByFullName: creator?.fullName ?? '',
    CreatedByAssociateId: row.createdByAssociateId,
    CautionWarning: 'OK',
    OwnedExternally: row.ownedExternally,
    JoinVideomeetUrl: row.joinVideomeetUrl,
    PreferredTZLocation: 0,
    Title: row.title,
    Agenda: row.agenda,
    InternalNotes: '',
    TableRight: null,
    FieldProperties: {},
  };
}

function associateCarrier(associate: DiaryAssociate | undefined): Carrier | null {
  if (associate === undefined) return null;
  return {
    AssociateId: associate.associateId,
    Name: associate.name,
    PersonId: associate.personId,
    Rank: 0,
    Tooltip: associate.fullName,
    Type: 'Employee',
    GroupIdx: 0,
    FullName: associate.fullName,
    FormalName: associate.fullName,
    Deleted: false,
    EjUserId: 0,
    UserName: associate.email,
  };
}

/** The AppointmentEntity fields the sandbox models (the ones the tray app reads and will PATCH). */
export function appointmentEntity(row: DiaryAppointment, wire: WireTime, associates: ReadonlyArray<DiaryAssociate>, selfUrl: string): Carrier {
  const start = formatWireTime(Date.parse(row.start), wire);
  const booking = row.booking;
  const recurrence = row.recurrence;
  const occurrences = recurrence === undefined ? 0 : recurrenceCount(row);
  return {
    Associate: associateCarrier(who(associates, row.associateId)),
    Contact: row.contact === undefined ? null : { ContactId: row.contact.id, Name: row.contact.name },
    CreatedBy: associateCarrier(who(associates, row.createdByAssociateId)),
    UpdatedBy: associateCarrier(who(associates, row.updatedByAssociateId)),
    CreatedDate: formatWireUtc(Date.parse(row.created), wire),
    AppointmentId: row.appointmentId,
    Description: row.description,
    Title: row.title,
    Agenda: row.agenda,
    InternalNotes: '',
    StartDate: start,
    EndDate: formatWireTime(Date.parse(row.end), wire),
    Person: row.person === undefined ? null : { PersonId: row.person.id, FullName: row.person.fullName, ContactId: row.contact?.id ?? 0 },
    MotherId: booking?.motherId ?? 0,
    Private: row.private,
    Type: row.type,
    UpdatedDate: formatWireUtc(Date.parse(row.updated), wire),
    Completed: row.completed,
    AlarmLeadTime: timeSpan(row.alarmLeadMinutes),
    HasAlarm: row.hasAlarm,
    IsFree: row.isFree,
    IsAlldayEvent: row.allDay,
    Location: row.location,
    RejectCounter: row.participants.filter((participant) => participant.invitationStatus === 'Declined').length,
    RejectReason: booking?.rejectReason ?? '',
    Recurrence:
      recurrence === undefined
        ? null
        : {
            RecurrenceId: recurrence.ruleId,
            StartDate: formatWireTime(Date.parse(recurrence.seriesStart), wire),
            EndDate: formatWireTime(Date.parse(recurrence.seriesEnd), wire),
            RecurrenceEndType: 'EndDate',
            Pattern: recurrence.pattern,
            DayPattern: { Cycle: 1, Pattern: recurrence.dailyPattern },
            WeekPattern: null,
            MonthPattern: null,
            YearPattern: null,
            Dates: null,
            RecurrenceCounter: occurrences,
            IsRecurrence: true,
          },
    Participants: row.participants.map((participant) => ({
      AssociateId: participant.associateId,
      PersonId: participant.personId,
      ContactId: participant.contactId,
      EmailId: 0,
      SendEmail: false,
      InvitationStatus: participant.invitationStatus,
      EmailAddress: participant.emailAddress,
      Description: participant.name,
    })),
    AssignmentStatus: 'None',
    InvitationStatus: row.invitationStatus,
    BookingType: booking?.bookingType ?? 'None',
    ActiveDate: start,
    HasConflict: false,
    Task: { TaskListItemId: row.task.id, Value: row.task.name, Type: row.task.taskType, Deleted: false },
    PreferredTZLocation: 0,
    CautionWarning: 'OK',
    OwnedExternally: row.ownedExternally,
    JoinVideomeetUrl: row.joinVideomeetUrl,
    CentralserviceVideomeetId: row.centralserviceVideomeetId,
    IsPublished: false,
    TableRight: null,
    FieldProperties: {},
    _Links: { Self: selfUrl, Archive: selfUrl.replace(/\/\d+$/, '') },
  };
}

/** How many occurrences the series has (SuperOffice: RecurrenceCounter). */
function recurrenceCount(row: DiaryAppointment): number {
  const recurrence = row.recurrence;
  if (recurrence === undefined) return 0;
  let count = 0;
  const day = 86_400_000;
  for (let at = Date.parse(recurrence.seriesStart); at <= Date.parse(recurrence.seriesEnd) + 3_600_000; at += day) {
    const weekday = new Date(at).getUTCDay();
    if (recurrence.dailyPattern !== 'EveryWorkday' || (weekday !== 0 && weekday !== 6)) count++;
  }
  return count;
}

/**
 * `$select`: "Other fields are then nulled out". Names are matched case-insensitively; `a/b` selects `a`.
 * Undefined or blank: every field.
 */
export function applySelect(carrier: Carrier, select: string | undefined): Carrier {
  if (select === undefined || select.trim() === '') return carrier;
  const wanted = new Set(
    select
      .split(',')
      .map((name) => (name.split('/')[0] ?? '').trim().toLowerCase())
      .filter((name) => name !== ''),
  );
  const out: Carrier = {};
  for (const [key, value] of Object.entries(carrier)) out[key] = wanted.has(key.toLowerCase()) ? value : null;
  return out;
}
