/**
 * One appointment row of the sandbox CRM, and the SuperOffice enums it uses. The enum values are the ones
 * in SuperOffice's Services88 WSDL (`AppointmentType`, `InvitationStatus`, `BookingType`, `ActivityStatus`,
 * `RecurrencePattern`, `RecurrenceDailyPattern`, `AppointmentPrivate`, `TaskType`); REST sends them as these strings.
 */

export type AppointmentType =
  | 'Unknown'
  | 'inDiary'
  | 'inChecklist'
  | 'Note'
  | 'Document'
  | 'SavedReport'
  | 'BookingForDiary'
  | 'BookingForChecklist'
  | 'MergeDraft'
  | 'MergeFinal';

/** There is no "Tentative": an invitation is new (`Invitation`), opened but unanswered (`Seen`), or answered. */
export type InvitationStatus = 'Unknown' | 'None' | 'Accepted' | 'Hidden' | 'Invitation' | 'Moved' | 'Seen' | 'MovedSeen' | 'Declined' | 'Cancelled';

export type BookingType = 'Unknown' | 'None' | 'Owner' | 'Participant';

export type ActivityStatus = 'Unknown' | 'NotStarted' | 'Started' | 'Completed';

export type RecurrencePattern = 'Unknown' | 'Daily' | 'Weekly' | 'Monthly' | 'Yearly' | 'Custom';

export type RecurrenceDailyPattern = 'Unknown' | 'EveryWorkday' | 'EveryWeekday' | 'EveryCyclicDay';

export type AppointmentPrivate = 'Public' | 'PrivateUser' | 'PrivateGroup';

export type TaskType = 'Unknown' | 'Appointment' | 'Document' | 'Email' | 'Fax' | 'Phone' | 'ToDo';

/** Which case of the sandbox data set a row is (a sandbox label; never on the wire). */
export type DiaryScenario =
  | 'standup'
  | 'completed-earlier'
  | 'superoffice-video'
  | 'zoom-in-location'
  | 'google-meet-in-description'
  | 'webex-html-description'
  | 'safelinks-teams-in-description'
  | 'all-day'
  | 'booking-invited'
  | 'booking-seen'
  | 'booking-declined'
  | 'booking-accepted'
  | 'booking-mother'
  | 'overlap-first'
  | 'overlap-second'
  | 'no-link'
  | 'ongoing'
  | 'crosses-midnight'
  | 'html-title'
  | 'rtl-name'
  | 'next-week';

export interface DiaryTask {
  id: number;
  name: string;
  taskType: TaskType;
}

export interface DiaryParticipant {
  associateId: number;
  personId: number;
  contactId: number;
  name: string;
  emailAddress: string;
  invitationStatus: InvitationStatus;
}

export interface DiaryBooking {
  /** The organiser's (mother) appointment; the row's own id when it is the mother. */
  motherId: number;
  bookingType: 'Owner' | 'Participant';
  organizerAssociateId: number;
  rejectReason: string;
}

export interface DiaryRecurrence {
  /** The recurrence rule shared by every occurrence (SuperOffice: appointment.recurrenceRuleId). */
  ruleId: number;
  pattern: RecurrencePattern;
  dailyPattern: RecurrenceDailyPattern;
  /** First and last occurrence day of the series (ISO instants of their starts). */
  seriesStart: string;
  seriesEnd: string;
}

/**
 * An appointment in the sandbox diary. Every occurrence of a recurring series is a row of its own, as in
 * SuperOffice. Instants are ISO strings in UTC; the wire format (base zone or SO-TimeZone) is made on output.
 */
export interface DiaryAppointment {
  appointmentId: number;
  scenario: DiaryScenario;
  /** Whose diary the row is in. */
  associateId: number;
  start: string;
  end: string;
  /**
   * Set on the "ongoing" row: its start and end follow the clock (minutes from now, rounded down to the
   * minute) on every read, until something changes them.
   */
  followsClock?: { startMinutes: number; endMinutes: number };
  allDay: boolean;
  title: string;
  description: string;
  agenda: string;
  location: string;
  task: DiaryTask;
  type: AppointmentType;
  private: AppointmentPrivate;
  isFree: boolean;
  contact?: { id: number; name: string };
  person?: { id: number; fullName: string; email: string };
  hasAlarm: boolean;
  alarmLeadMinutes: number;
  completed: ActivityStatus;
  invitationStatus: InvitationStatus;
  booking?: DiaryBooking;
  recurrence?: DiaryRecurrence;
  joinVideomeetUrl: string;
  centralserviceVideomeetId: string;
  ownedExternally: string;
  participants: DiaryParticipant[];
  createdByAssociateId: number;
  created: string;
  updated: string;
  updatedByAssociateId: number;
}

/** An associate of the tenant whose diary the sandbox holds (the sign-in users and colleagues who never sign in). */
export interface DiaryAssociate {
  associateId: number;
  /** Logon name, e.g. 'ALICE'. */
  name: string;
  fullName: string;
  personId: number;
  /** The associate's own company (the tenant owner's company). */
  contactId: number;
  email: string;
}

/** The row's start and end in ms, with `followsClock` applied for `now`. */
export function resolvedTimes(row: DiaryAppointment, now: number): { start: number; end: number } {
  if (row.followsClock !== undefined) {
    const minute = Math.floor(now / 60_000) * 60_000;
    return { start: minute + row.followsClock.startMinutes * 60_000, end: minute + row.followsClock.endMinutes * 60_000 };
  }
  return { start: Date.parse(row.start), end: Date.parse(row.end) };
}

/** A deep copy with `followsClock` times written into start/end (what readers get). */
export function resolvedCopy(row: DiaryAppointment, now: number): DiaryAppointment {
  const copy = structuredClone(row);
  const { start, end } = resolvedTimes(row, now);
  copy.start = new Date(start).toISOString();
  copy.end = new Date(end).toISOString();
  return copy;
}
