/** A standalone Teams meeting (`/me/onlineMeetings`): not on any calendar. */
export interface OnlineMeetingRecord {
  id: string;
  ownerId: string;
  subject: string | null;
  startDateTime: string;
  endDateTime: string;
  creationDateTime: string;
  joinWebUrl: string;
  threadId: string;
  joinMeetingId: string;
  passcode: string | null;
  isPasscodeRequired: boolean;
  /** Set by createOrGet: the caller's key; a second createOrGet with it returns this meeting. */
  externalId?: string;
}

/** A calendar event (`/me/events`), possibly carrying a Teams meeting. */
export interface EventRecord {
  id: string;
  ownerId: string;
  subject: string;
  body: { contentType: 'html' | 'text'; content: string };
  /** UTC instants (ms). */
  startUtc: number;
  endUtc: number;
  /** The time zones as the client sent them (Graph's originalStartTimeZone/originalEndTimeZone). */
  startZone: string;
  endZone: string;
  location: { displayName: string } | null;
  attendees: ReadonlyArray<unknown>;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  /** The Teams link; hidden while `nullReadsLeft` > 0. */
  onlineMeeting: { joinUrl: string; conferenceId: string } | null;
  nullReadsLeft: number;
  transactionId: string | null;
  iCalUId: string;
  changeKey: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

/** What exists in the sandbox tenant's Teams and calendars right now. */
export class MeetingStore {
  readonly onlineMeetings = new Map<string, OnlineMeetingRecord>();
  readonly events = new Map<string, EventRecord>();

  /** The user's event created with this transactionId (Graph's idempotency key), if it still exists. */
  eventByTransaction(ownerId: string, transactionId: string): EventRecord | undefined {
    return [...this.events.values()].find((event) => event.ownerId === ownerId && event.transactionId === transactionId);
  }

  clear(): void {
    this.onlineMeetings.clear();
    this.events.clear();
  }
}
