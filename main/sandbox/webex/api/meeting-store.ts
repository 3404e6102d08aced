/** A scheduled meeting series as the sandbox stores it: instants plus the zone it was scheduled in. */
export interface StoredMeeting {
  id: string;
  meetingNumber: string;
  title: string;
  agenda?: string;
  password: string;
  phoneAndVideoSystemPassword: string;
  timezone: string;
  startMs: number;
  endMs: number;
  recurrence?: string;
  hostEmail: string;
  hostKey: string;
  options: Readonly<Record<string, boolean | number | string>>;
  createdAt: number;
}

/** The meetings that exist now, plus per-user create attempts for the 24-hour scheduling cap. */
export class MeetingStore {
  readonly #meetings = new Map<string, StoredMeeting>();
  readonly #attempts = new Map<string, number[]>();

  add(meeting: StoredMeeting): void {
    this.#meetings.set(meeting.id, meeting);
  }

  get(id: string): StoredMeeting | undefined {
    return this.#meetings.get(id);
  }

  delete(id: string): boolean {
    return this.#meetings.delete(id);
  }

  all(): StoredMeeting[] {
    return [...this.#meetings.values()];
  }

  /** Records a create attempt; returns the attempts inside the last 24 h before this one. */
  countAttempt(email: string, now: number): { before: number; oldest: number | undefined } {
    const recent = (this.#attempts.get(email) ?? []).filter((at) => now - at < 24 * 60 * 60 * 1000);
    const result = { before: recent.length, oldest: recent[0] };
    recent.push(now);
    this.#attempts.set(email, recent);
    return result;
  }

  clear(): void {
    this.#meetings.clear();
    this.#attempts.clear();
  }
}
