import { z } from 'zod';

/** The meeting settings the sandbox understands; others are accepted and ignored, as Zoom ignores unknown fields. */
export const meetingSettingsSchema = z.looseObject({
  host_video: z.boolean().optional(),
  participant_video: z.boolean().optional(),
  join_before_host: z.boolean().optional(),
  jbh_time: z.union([z.literal(0), z.literal(5), z.literal(10), z.literal(15)]).optional(),
  mute_upon_entry: z.boolean().optional(),
  watermark: z.boolean().optional(),
  use_pmi: z.boolean().optional(),
  approval_type: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
  audio: z.enum(['both', 'telephony', 'voip', 'thirdParty']).optional(),
  auto_recording: z.enum(['local', 'cloud', 'none']).optional(),
  alternative_hosts: z.string().optional(),
  waiting_room: z.boolean().optional(),
  meeting_authentication: z.boolean().optional(),
  encryption_type: z.enum(['enhanced_encryption', 'e2ee']).optional(),
  private_meeting: z.boolean().optional(),
  email_notification: z.boolean().optional(),
});

/** `POST /users/{userId}/meetings` body (Zoom's field names and limits: topic ≤ 200, agenda ≤ 2000). */
export const createMeetingSchema = z.looseObject({
  topic: z.string().max(200).optional(),
  /** 1 instant, 2 scheduled, 3 recurring without fixed time, 8 recurring with fixed time. */
  type: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(8)]).optional(),
  start_time: z.string().optional(),
  duration: z.number().int().min(0).optional(),
  timezone: z.string().optional(),
  agenda: z.string().max(2000).optional(),
  password: z.string().optional(),
  default_password: z.boolean().optional(),
  pre_schedule: z.boolean().optional(),
  schedule_for: z.string().optional(),
  recurrence: z.looseObject({ type: z.union([z.literal(1), z.literal(2), z.literal(3)]) }).optional(),
  settings: meetingSettingsSchema.optional(),
});

export type CreateMeetingBody = z.infer<typeof createMeetingSchema>;
export type MeetingSettingsInput = z.infer<typeof meetingSettingsSchema>;
