import { z } from 'zod';

/** How a rate-limited answer states when to retry. */
export type RetryAfterForm = 'seconds' | 'http-date' | 'iso-date' | 'none';

/** Fault and behaviour toggles of the Google emulator; tests flip fields directly. */
export interface GoogleSwitches {
  /** Lifetime of new access tokens; the token response says one second less (Google's 3599 for 3600). */
  accessTokenTtlSeconds: number;
  /** null: refresh tokens never expire (a published app); 604800 emulates an External app in Testing mode (7 days). */
  refreshTokenTtlSeconds: number | null;
  /** Live refresh tokens per user and client; issuing one more silently invalidates the oldest (Google: 100). */
  refreshTokenLimit: number;
  /** The next `remaining` Calendar calls get 429 rateLimitExceeded with Retry-After in the given form. */
  rateLimit: null | { remaining: number; retryAfter: RetryAfterForm };
  /** The next N Calendar calls get 403 usageLimits/rateLimitExceeded (Google's other rate-limit answer, no Retry-After). */
  forbiddenRateLimit: number;
  /** The next N Calendar calls get 503 backendError. */
  serverErrors: number;
  /** Calendar responses are delayed by this many milliseconds. */
  slowMs: number;
  /** Calendar 200 responses carry a body that is not JSON. */
  malformedJson: boolean;
  /** After the insert/patch response (itself "pending" when this is above 0), how many reads still show "pending". */
  conferencePendingReads: number;
  /** New Meet conferences end in statusCode "failure" (no entry points, no hangoutLink). */
  conferenceFailure: boolean;
  /** When set, events.list pages hold at most this many items even if maxResults allows more. */
  listPageLimit: number | null;
}

export function defaultSwitches(): GoogleSwitches {
  return {
    accessTokenTtlSeconds: 3600,
    refreshTokenTtlSeconds: null,
    refreshTokenLimit: 100,
    rateLimit: null,
    forbiddenRateLimit: 0,
    serverErrors: 0,
    slowMs: 0,
    malformedJson: false,
    conferencePendingReads: 0,
    conferenceFailure: false,
    listPageLimit: null,
  };
}

/** A partial update of the switches (for an HTTP control endpoint); unknown fields are rejected. */
export const googleSwitchesPatchSchema = z
  .object({
    accessTokenTtlSeconds: z.number().int().min(1),
    refreshTokenTtlSeconds: z.number().int().min(1).nullable(),
    refreshTokenLimit: z.number().int().min(1),
    rateLimit: z
      .object({ remaining: z.number().int().min(0), retryAfter: z.enum(['seconds', 'http-date', 'iso-date', 'none']) })
      .strict()
      .nullable(),
    forbiddenRateLimit: z.number().int().min(0),
    serverErrors: z.number().int().min(0),
    slowMs: z.number().int().min(0).max(120_000),
    malformedJson: z.boolean(),
    conferencePendingReads: z.number().int().min(0),
    conferenceFailure: z.boolean(),
    listPageLimit: z.number().int().min(1).nullable(),
  })
  .partial()
  .strict();
