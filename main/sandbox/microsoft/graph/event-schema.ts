import { z } from 'zod';

const dateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string().optional() }).strict();
const IGNORED = z.unknown().optional();

/** The body of `POST /me/events` the sandbox understands; documented event properties it does not model are accepted and ignored. */
export const createEventSchema = z
  .object({
    subject: z.string().nullable().optional(),
    body: z.object({ contentType: z.string(), content: z.string() }).strict().optional(),
    start: dateTimeTimeZone.optional(),
    end: dateTimeTimeZone.optional(),
    location: z.object({ displayName: z.string().optional() }).passthrough().nullable().optional(),
    attendees: z
      .array(z.object({ emailAddress: z.object({ address: z.string(), name: z.string().optional() }).strict(), type: z.enum(['required', 'optional', 'resource']).optional() }).strict())
      .optional(),
    isOnlineMeeting: z.boolean().optional(),
    onlineMeetingProvider: z.string().optional(),
    transactionId: z.string().nullable().optional(),
    categories: IGNORED,
    importance: IGNORED,
    sensitivity: IGNORED,
    showAs: IGNORED,
    isReminderOn: IGNORED,
    reminderMinutesBeforeStart: IGNORED,
    responseRequested: IGNORED,
    allowNewTimeProposals: IGNORED,
    hideAttendees: IGNORED,
    locations: IGNORED,
  })
  .strict();

export type CreateEventBody = z.infer<typeof createEventSchema>;

/** Values of Graph's onlineMeetingProviderType enum. */
export const ONLINE_MEETING_PROVIDERS = ['unknown', 'teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer'] as const;
