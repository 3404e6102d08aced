/** How a throttled response announces when to retry (Graph itself only sends delta-seconds). */
export type RetryAfterForm = 'seconds' | 'http-date' | 'iso-date' | 'none';

/** A pending run of throttled Graph calls. */
export interface RateLimitSwitch {
  /** How many of the next Graph calls get 429; the switch resets to null when it reaches 0. */
  remaining: number;
  /** 'seconds' is what Graph sends; the other forms exist for the client's Retry-After parser tests. */
  retryAfter: RetryAfterForm;
  /** The delay announced (default 1). */
  seconds?: number;
  /** The Graph error code in the body (default 'TooManyRequests'). */
  code?: 'TooManyRequests' | 'activityLimitReached';
}

/** Fault and behaviour toggles of the Microsoft emulator; tests flip fields directly. */
export interface MicrosoftSwitches {
  /** Lifetime of new access tokens; `expires_in`/`ext_expires_in` report one second less (Entra's 3599). */
  accessTokenTtlSeconds: number;
  /** The next N Graph calls get 429 with Retry-After (see RateLimitSwitch). */
  rateLimit: RateLimitSwitch | null;
  /** The next N Graph calls get 503 `serviceNotAvailable` with `Retry-After: 1`. */
  serverErrors: number;
  /** Every Graph response waits this long first. */
  slowMs: number;
  /** Graph 200/201 responses carry a body that is not JSON (the side effect, e.g. a created meeting, still happens). */
  malformedJson: boolean;
  /** While true, every refresh_token grant fails with invalid_grant AADSTS700082 (expired after inactivity). */
  refreshExpired: boolean;
  /** While true, every refresh_token grant fails with invalid_grant AADSTS50173 (grant revoked, e.g. password change). */
  grantRevoked: boolean;
  /** The tenant has user consent turned off: non-admins get "Need admin approval"; admins may consent for the org. */
  consentRequired: boolean;
  /** The signed-in identity behaves as a personal Microsoft account: /me/onlineMeetings answers 403. */
  personalAccount: boolean;
  /** Events created from now on carry `onlineMeeting: null` on create and on their first N GETs. */
  onlineMeetingNullReads: number;
}

export function defaultSwitches(): MicrosoftSwitches {
  return {
    accessTokenTtlSeconds: 3600,
    rateLimit: null,
    serverErrors: 0,
    slowMs: 0,
    malformedJson: false,
    refreshExpired: false,
    grantRevoked: false,
    consentRequired: false,
    personalAccount: false,
    onlineMeetingNullReads: 0,
  };
}
