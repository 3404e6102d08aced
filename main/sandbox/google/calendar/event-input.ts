import { z } from 'zod';

const eventDateTime = z.object({
  date: z.string().optional(),
  dateTime: z.string().optional(),
  timeZone: z.string().optional(),
});

const attendee = z.object({
  email: z.string(),
  displayName: z.string().optional(),
  optional: z.boolean().optional(),
  responseStatus: z.enum(['needsAction', 'declined', 'tentative', 'accepted']).optional(),
  comment: z.string().optional(),
  additionalGuests: z.number().int().min(0).optional(),
});

const createRequest = z.object({
  requestId: z.string().optional(),
  conferenceSolutionKey: z.object({ type: z.string() }).optional(),
});

/** The conference part of a request body; only `createRequest` is honoured (with conferenceDataVersion=1). */
const conferenceData = z.object({ createRequest: createRequest.optional() });

const eventFields = z.object({
  summary: z.string(),
  description: z.string(),
  location: z.string(),
  colorId: z.string(),
  status: z.enum(['confirmed', 'tentative', 'cancelled']),
  transparency: z.enum(['opaque', 'transparent']),
  visibility: z.enum(['default', 'public', 'private', 'confidential']),
  start: eventDateTime,
  end: eventDateTime,
  attendees: z.array(attendee),
  reminders: z.object({
    useDefault: z.boolean(),
    overrides: z.array(z.object({ method: z.enum(['email', 'popup']), minutes: z.number().int().min(0) })).optional(),
  }),
  extendedProperties: z.object({
    private: z.record(z.string(), z.string()).optional(),
    shared: z.record(z.string(), z.string()).optional(),
  }),
  recurrence: z.array(z.string()),
  source: z.object({ url: z.string(), title: z.string().optional() }),
});

/** events.insert body. Every field is optional at the schema level (missing start/end get Calendar's own messages); unknown fields are dropped. */
export const insertEventSchema = eventFields.partial().extend({ id: z.string().optional(), conferenceData: conferenceData.optional() });

/** events.patch body: like insert; `conferenceData: null` removes the conference (with conferenceDataVersion=1). */
export const patchEventSchema = eventFields.partial().extend({ conferenceData: conferenceData.nullable().optional() });

export type EventInput = z.infer<typeof insertEventSchema>;
export type EventPatch = z.infer<typeof patchEventSchema>;
export type AttendeeInput = z.infer<typeof attendee>;
export type CreateRequestInput = z.infer<typeof createRequest>;

/** Calendar's message for a body that fails the schema (wording is the sandbox's: Google's varies by field). */
export function schemaErrorMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue === undefined ? '' : issue.path.join('.');
  return path === '' ? 'Invalid value.' : `Invalid value for: ${path}`;
}
