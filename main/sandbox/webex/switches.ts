/** How a 429 carries Retry-After: delta-seconds (what Webex documents), an HTTP-date, an ISO date-time, or no header. */
export type RetryAfterForm = 'seconds' | 'http-date' | 'iso-date' | 'none';

/** The site's meeting-password rules ("strong passwords" in Webex Site Administration); all counts are minimums. */
export interface MeetingPasswordPolicy {
  minLength: number;
  minAlpha: number;
  minNumeric: number;
  minSpecial: number;
  /** At least one upper-case and one lower-case letter. */
  mixedCase: boolean;
}

/** Fault and behaviour toggles of the Webex emulator; tests flip fields directly. */
export interface WebexSwitches {
  /** `expires_in` of new access tokens (real Webex: 1209600 = 14 days); 0 issues already-expired tokens. */
  accessTokenTtlSeconds: number;
  /** Lifetime of a refresh token from its grant (real Webex: 7776000 = 90 days); refreshing does not extend it. */
  refreshTokenTtlSeconds: number;
  /** Lifetime of an authorization code; 0 makes every code expired on arrival. */
  authorizationCodeTtlSeconds: number;
  /** The next `remaining` REST calls get 429 with Retry-After in the given form. */
  rateLimit: null | { remaining: number; retryAfter: RetryAfterForm };
  /** The next N REST calls get 503. */
  serverErrors: number;
  /** Every REST response is delayed by this many milliseconds. */
  slowMs: number;
  /** REST 200 responses carry a body that is not JSON. */
  malformedJson: boolean;
  /** The org admin has not allowed this integration in Control Hub: authorize ends in error=access_denied. */
  integrationBlockedByOrg: boolean;
  /** null = every port on http://127.0.0.1:{port}/webex/callback; a number: only that port (exact registration). */
  registeredRedirectPort: number | null;
  /** Token-endpoint error bodies: the webexapis.com gateway wrapper (default) or plain RFC 6749 JSON. */
  oauthErrorShape: 'webex-gateway' | 'rfc6749';
  /** The site's meeting-password rules, enforced on POST /meetings. */
  meetingPasswordPolicy: MeetingPasswordPolicy;
  /** Meetings a regular user may schedule per rolling 24 h; failed requests count too (Webex: 100). */
  meetingCreateLimitPer24h: number;
}

export function defaultSwitches(): WebexSwitches {
  return {
    accessTokenTtlSeconds: 3600,
    refreshTokenTtlSeconds: 7_776_000,
    authorizationCodeTtlSeconds: 600,
    rateLimit: null,
    serverErrors: 0,
    slowMs: 0,
    malformedJson: false,
    integrationBlockedByOrg: false,
    registeredRedirectPort: null,
    oauthErrorShape: 'webex-gateway',
    meetingPasswordPolicy: { minLength: 8, minAlpha: 1, minNumeric: 1, minSpecial: 0, mixedCase: true },
    meetingCreateLimitPer24h: 100,
  };
}
