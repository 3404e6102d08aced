import type { CreatedMeeting, MeetingRequest } from './provider-adapter.js';

/** What creating the video meeting of an appointment needs from a provider, whichever it is. */
export interface MeetingMaker {
  create(request: MeetingRequest): Promise<CreatedMeeting>;
  /** Deletes the meeting; a meeting that is already gone counts as deleted. */
  remove(id: string): Promise<void>;
  /**
   * After an interrupted create: the meeting made for `request` if the provider made one, else undefined.
   * 'retry-is-safe' where the provider returns the same meeting for the same idempotency key.
   */
  recover(request: MeetingRequest): Promise<CreatedMeeting | undefined | 'retry-is-safe'>;
}

/** The reference put into a meeting's agenda: the operation's idempotency key. */
export function meetingReference(idempotencyKey: string): string {
  return `ref ${idempotencyKey}`;
}
