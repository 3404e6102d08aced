import { randomUUID } from 'node:crypto';
import type { GoogleSandbox } from '../../../../main/sandbox/google/index.js';
import { calendar, type JsonResponse } from './google-oauth.js';

/** A timed event body (RFC 3339 with offsets). */
export function timedEvent(start: string, end: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { summary: 'CRM follow-up', start: { dateTime: start }, end: { dateTime: end }, ...extra };
}

/** The conferenceData part that asks for a new Google Meet. */
export function meetRequest(requestId: string = randomUUID()): Record<string, unknown> {
  return { conferenceData: { createRequest: { requestId, conferenceSolutionKey: { type: 'hangoutsMeet' } } } };
}

/** events.insert on the primary calendar; `query` defaults to conferenceDataVersion=1. */
export function insertEvent(google: GoogleSandbox, token: string, body: unknown, query = '?conferenceDataVersion=1'): Promise<JsonResponse> {
  return calendar(google, token, `/calendars/primary/events${query}`, { method: 'POST', body });
}

export function getEvent(google: GoogleSandbox, token: string, id: string): Promise<JsonResponse> {
  return calendar(google, token, `/calendars/primary/events/${encodeURIComponent(id)}`);
}

/** The `error` object of a Calendar error body. */
export function errorOf(response: JsonResponse): { code: number; message: string; errors: Array<Record<string, string>>; status?: string } {
  return response.json.error as { code: number; message: string; errors: Array<Record<string, string>>; status?: string };
}
