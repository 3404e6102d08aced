import type { SettingsService } from '../settings/settings-service.js';
import type { AppointmentMeeting } from '../settings/settings-schema.js';

/** Done entries are kept this long after the appointment's start, then forgotten (the meeting itself stays). */
const KEEP_DONE_MS = 90 * 24 * 3600_000;

/**
 * The app's record of the video meetings it makes for appointments, in the settings file (written
 * atomically), so every step of an add or remove survives a crash: see `AppointmentMeeting`.
 */
export class MeetingJournal {
  constructor(private readonly settings: SettingsService) {}

  get(owner: string, appointmentId: number): AppointmentMeeting | undefined {
    return this.settings.value.video.meetings.find((entry) => entry.owner === owner && entry.appointmentId === appointmentId);
  }

  /** Every entry of `owner`. */
  entriesOf(owner: string): AppointmentMeeting[] {
    return this.settings.value.video.meetings.filter((entry) => entry.owner === owner);
  }

  /** Entries of `owner` whose operation did not complete (an add or remove cut short). */
  unfinished(owner: string): AppointmentMeeting[] {
    return this.settings.value.video.meetings.filter((entry) => entry.owner === owner && entry.phase !== 'done');
  }

  /** Writes the entry (replacing the appointment's previous one) and forgets long-past done entries. */
  put(entry: AppointmentMeeting, now: number): AppointmentMeeting {
    this.settings.update((s) => {
      const others = s.video.meetings.filter((other) => !(other.owner === entry.owner && other.appointmentId === entry.appointmentId));
      const kept = others.filter((other) => other.phase !== 'done' || now - Date.parse(other.start) < KEEP_DONE_MS).slice(-999);
      return { ...s, video: { ...s.video, meetings: [...kept, entry] } };
    });
    return entry;
  }

  remove(owner: string, appointmentId: number): void {
    this.settings.update((s) => ({ ...s, video: { ...s.video, meetings: s.video.meetings.filter((entry) => !(entry.owner === owner && entry.appointmentId === appointmentId)) } }));
  }
}
