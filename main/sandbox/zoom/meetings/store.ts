import type { ZoomMeeting } from './meeting.js';

/** The meetings that exist now, by meeting number. */
export class MeetingStore {
  readonly #meetings = new Map<number, ZoomMeeting>();

  add(meeting: ZoomMeeting): void {
    this.#meetings.set(meeting.id, meeting);
  }

  get(id: number): ZoomMeeting | undefined {
    return this.#meetings.get(id);
  }

  has(id: number): boolean {
    return this.#meetings.has(id);
  }

  delete(id: number): boolean {
    return this.#meetings.delete(id);
  }

  /** Copies, oldest first. */
  list(): ZoomMeeting[] {
    return [...this.#meetings.values()].map((meeting) => structuredClone(meeting));
  }
}
