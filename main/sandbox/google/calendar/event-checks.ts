import type { Context } from 'koa';
import type { GoogleSwitches } from '../switches.js';
import type { Calendar } from './calendar-store.js';
import { createConference, MEET_SOLUTION, type Conference } from './conference.js';
import { badRequest, sendCalendarError } from './errors.js';
import type { CreateRequestInput } from './event-input.js';
import { resolveEventTime, type EventDateTime, type ResolvedTime } from './event-time.js';

/** Resolves and cross-checks start and end; on failure answers Calendar's 400 and returns undefined. */
export function resolveTimes(
  ctx: Context,
  start: EventDateTime | undefined,
  end: EventDateTime | undefined,
  zone: string,
): { start: ResolvedTime; end: ResolvedTime } | undefined {
  const resolvedStart = resolveEventTime('start', start, zone);
  const resolvedEnd = typeof resolvedStart === 'string' ? resolvedStart : resolveEventTime('end', end, zone);
  if (typeof resolvedStart === 'string' || typeof resolvedEnd === 'string') {
    const message = typeof resolvedStart === 'string' ? resolvedStart : String(resolvedEnd);
    badRequest(ctx, message, message.startsWith('Missing start') || message.startsWith('Missing end') ? 'required' : 'invalid');
    return undefined;
  }
  if (resolvedStart.allDay !== resolvedEnd.allDay) {
    badRequest(ctx, 'Start and end times must either both be date or both be dateTime.');
    return undefined;
  }
  const empty = resolvedStart.allDay ? resolvedEnd.instant <= resolvedStart.instant : resolvedEnd.instant < resolvedStart.instant;
  if (empty) {
    sendCalendarError(ctx, 400, { domain: 'calendar', reason: 'timeRangeEmpty', message: 'The specified time range is empty.' });
    return undefined;
  }
  return { start: resolvedStart, end: resolvedEnd };
}

/** Validates a `createRequest` without side effects; false after answering 400. */
export function createRequestValid(ctx: Context, request: CreateRequestInput): boolean {
  if (request.requestId === undefined || request.requestId === '') {
    badRequest(ctx, 'Invalid conference create request.');
    return false;
  }
  const type = request.conferenceSolutionKey?.type ?? MEET_SOLUTION;
  if (type !== MEET_SOLUTION) {
    badRequest(ctx, 'Invalid conference type value.');
    return false;
  }
  return true;
}

/**
 * The conference a (validated) `createRequest` makes, or undefined when its requestId was used before on
 * this calendar: Calendar then ignores the request, so the event gets no new conference.
 */
export function conferenceFor(calendar: Calendar, request: CreateRequestInput, switches: GoogleSwitches): Conference | undefined {
  const requestId = request.requestId ?? '';
  if (calendar.requestIds.has(requestId)) return undefined;
  calendar.requestIds.add(requestId);
  return createConference(requestId, { pendingReads: switches.conferencePendingReads, failure: switches.conferenceFailure });
}
