import type { InvitationStatus } from '../../preload/contract.js';

/** A diary appointment as the agenda uses it: absolute times, the texts links are searched in, no secrets. */
export interface Appointment {
  id: number;
  /** Epoch ms. All-day items span local midnight to midnight. */
  start: number;
  end: number;
  allDay: boolean;
  title: string;
  description: string;
  location: string;
  joinVideomeetUrl: string;
  company?: string;
  contact?: string;
  invitation: InvitationStatus;
  recurring: boolean;
}

/** The stable key of one occurrence (recurring appointments share the id); `startIso` when the start is already written out. */
export function occurrenceKey(appointment: Pick<Appointment, 'id' | 'start'>, startIso = new Date(appointment.start).toISOString()): string {
  return `${appointment.id}@${startIso}`;
}
