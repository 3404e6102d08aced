import { newMeetCode, newPin, opaque } from './ids.js';

/** The only conference solution that can still be created (eventHangout/eventNamedHangout are gone; addOn is third-party). */
export const MEET_SOLUTION = 'hangoutsMeet';

const MEET_ICON = 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png';

/** A Meet conference attached to an event. */
export interface Conference {
  requestId: string;
  meetCode: string;
  pin: string;
  signature: string;
  /** How creation ends once it is no longer pending. */
  outcome: 'success' | 'failure';
  /** Responses (the create response first, then reads) that still show statusCode "pending". */
  pendingResponses: number;
}

/** A new conference; `pendingReads` > 0 makes the create response and that many reads show "pending". */
export function createConference(requestId: string, options: { pendingReads: number; failure: boolean }): Conference {
  return {
    requestId,
    meetCode: newMeetCode(),
    pin: newPin(),
    signature: opaque(24),
    outcome: options.failure ? 'failure' : 'success',
    pendingResponses: options.pendingReads > 0 ? options.pendingReads + 1 : 0,
  };
}

/** The conference's status right now, without counting a read. */
export function conferenceStatus(conference: Conference): 'pending' | 'success' | 'failure' {
  return conference.pendingResponses > 0 ? 'pending' : conference.outcome;
}

export function meetUrl(conference: Conference): string {
  return `https://meet.google.com/${conference.meetCode}`;
}

/**
 * The `conferenceData` (and `hangoutLink`) an event response shows; each call is one response, so a pending
 * conference moves one step towards its outcome.
 */
export function renderConference(conference: Conference): { conferenceData: Record<string, unknown>; hangoutLink?: string } {
  const statusCode = conferenceStatus(conference);
  if (conference.pendingResponses > 0) conference.pendingResponses -= 1;
  const createRequest = {
    requestId: conference.requestId,
    conferenceSolutionKey: { type: MEET_SOLUTION },
    status: { statusCode },
  };
  if (statusCode !== 'success') return { conferenceData: { createRequest } };
  const url = meetUrl(conference);
  return {
    hangoutLink: url,
    conferenceData: {
      createRequest,
      entryPoints: [
        { entryPointType: 'video', uri: url, label: url.replace('https://', '') },
        { entryPointType: 'more', uri: `https://tel.meet/${conference.meetCode}?pin=${conference.pin}`, pin: conference.pin },
      ],
      conferenceSolution: { key: { type: MEET_SOLUTION }, name: 'Google Meet', iconUri: MEET_ICON },
      conferenceId: conference.meetCode,
      signature: conference.signature,
    },
  };
}
