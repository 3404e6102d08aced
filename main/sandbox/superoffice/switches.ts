import { z } from 'zod';
import { isDiaryNow } from './diary/diary-clock.js';
import { MAX_EXTRA_PER_DAY } from './diary/extra-appointments.js';

/** Fault and behaviour toggles of the SuperOffice emulator; tests flip fields directly or PATCH them over HTTP. */
export interface SuperOfficeSwitches {
  /** Each refresh returns a new refresh token and the old one dies (default: the same token keeps working). */
  rotateRefreshTokens: boolean;
  accessTokenTtlSeconds: number;
  /** 'slow' answers after 10 s. */
  tokenEndpoint: 'normal' | 'server_error' | 'malformed_json' | 'slow';
  stateApi: 'normal' | 'down' | 'malformed_json';
  restApi: 'normal' | 'server_error' | 'malformed_json';
  /** GetMyDiary and GET v1/Appointment/{id} (reads only): 'empty' = no appointments, 'slow' answers after 8 s. */
  diary: 'normal' | 'empty' | 'server_error' | 'slow' | 'malformed_json';
  /** The diary clock: unset = real time; an instant with offset (`2026-11-23T10:00:00+01:00`) or a shift (`+90m`, `-2h`, `+1d`). */
  diaryNow?: string;
  /** 'missing': id_tokens lack the ctx (tenant / Customer ID) claim; unset = normal. */
  idTokenCtx?: 'normal' | 'missing';
  /** A big diary for load runs: this many generated appointments per day per user (diary/extra-appointments.ts); unset = none. */
  diaryExtraPerDay?: number;
  /**
   * PATCH v1/Appointment/{id}; unset = 'normal'. 'server_error' → 500, 'bad_request' → 400, 'hang' → no
   * answer until the client gives up or the sandbox closes, 'lost' → the connection is cut; none of them
   * writes anything. 'applied_then_lost' → the write is saved, then the connection is cut before the answer
   * (the client cannot tell whether it was saved). 'applied_late' → the connection is cut at once and the
   * write is applied 1.5 s later (a write still under way at SuperOffice when the client gave up).
   */
  appointmentWrite?: 'normal' | 'server_error' | 'bad_request' | 'hang' | 'lost' | 'applied_then_lost' | 'applied_late';
  /**
   * SuperOffice's central video meeting service (the three VideoMeeting agent calls); unset = 'available'.
   * 'not-configured' = no provider on the tenant; 'unsupported' = NetServer before 11.4 (no
   * GetVideoMeetingConnectedState); 'reservation_error' = CreateVideoMeetingReservation answers 500.
   */
  videoMeetingService?: 'available' | 'not-configured' | 'unsupported' | 'reservation_error';
  /**
   * The ForeignSystem agent calls (device keys); unset = 'normal'. 'server_error' → 500, nothing read or
   * written; 'slow' → the normal answer after 8 s (503 if the sandbox closes meanwhile).
   */
  foreignSystem?: 'normal' | 'server_error' | 'slow';
}

export function defaultSwitches(): SuperOfficeSwitches {
  return {
    rotateRefreshTokens: false,
    accessTokenTtlSeconds: 3600,
    tokenEndpoint: 'normal',
    stateApi: 'normal',
    restApi: 'normal',
    diary: 'normal',
  };
}

/** A partial update as accepted by `PATCH /__sandbox/switches`; unknown fields are rejected. */
export const switchesPatchSchema = z
  .object({
    rotateRefreshTokens: z.boolean(),
    accessTokenTtlSeconds: z.number().int().min(1).max(365 * 24 * 60 * 60),
    tokenEndpoint: z.enum(['normal', 'server_error', 'malformed_json', 'slow']),
    stateApi: z.enum(['normal', 'down', 'malformed_json']),
    restApi: z.enum(['normal', 'server_error', 'malformed_json']),
    diary: z.enum(['normal', 'empty', 'server_error', 'slow', 'malformed_json']),
    /** null clears it (back to real time). */
    diaryNow: z
      .string()
      .refine(isDiaryNow, { error: 'an instant with offset (2026-11-23T10:00:00+01:00) or a shift (+90m, -2h, +1d)' })
      .nullable()
      .transform((value) => value ?? undefined),
    diaryExtraPerDay: z.number().int().min(0).max(MAX_EXTRA_PER_DAY),
    idTokenCtx: z.enum(['normal', 'missing']),
    appointmentWrite: z.enum(['normal', 'server_error', 'bad_request', 'hang', 'lost', 'applied_then_lost', 'applied_late']),
    videoMeetingService: z.enum(['available', 'not-configured', 'unsupported', 'reservation_error']),
    foreignSystem: z.enum(['normal', 'server_error', 'slow']),
  })
  .partial()
  .strict();

/** How long the 'slow' token endpoint waits before answering. */
export const SLOW_TOKEN_ENDPOINT_MS = 10_000;
