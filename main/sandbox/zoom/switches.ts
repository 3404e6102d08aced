/** `meeting_security.meeting_password_requirement` of the user's settings, as Zoom names its fields. */
export interface PasscodeRequirement {
  /** Minimum length; 0 = none. */
  length: number;
  have_letter: boolean;
  have_number: boolean;
  have_special_character: boolean;
  have_upper_and_lower_characters: boolean;
  /** The passcode may only contain digits. */
  only_allow_numeric: boolean;
  /** Runs this long of repeated or sequential characters (11111, 12345, abcde) are refused; 0 = allowed. */
  consecutive_characters_length: number;
  /** Refuses common weak passcodes (123456, password, …). */
  weak_enhance_detection: boolean;
}

/** How a 429 announces when to retry. */
export type RetryAfterForm = 'seconds' | 'http-date' | 'iso-date' | 'none';

/** Fault and behaviour toggles of the Zoom emulator; tests flip fields directly. */
export interface ZoomSwitches {
  /** Lifetime of new access tokens; `expires_in` reports one second less, as Zoom's 3599. */
  accessTokenTtlSeconds: number;
  /** The next `remaining` API calls get 429; 'none' = Zoom's per-second (QPS) form, otherwise the daily-limit form with Retry-After in that format. */
  rateLimit: null | { remaining: number; retryAfter: RetryAfterForm };
  /** The next N API calls get 503. */
  serverErrors: number;
  /** The next N `POST /oauth/revoke` requests get 500 `server_error` (Zoom down while revoking); nothing is revoked. */
  revokeErrors: number;
  /** The next N `POST /oauth/token` requests get 503 (Zoom's sign-in service down); nothing is issued or rotated. */
  tokenErrors: number;
  /** Every API response waits this long first. */
  slowMs: number;
  /** An account admin disabled the app's tokens: refreshes get invalid_grant with reason 4738. */
  disabledByAdmin: boolean;
  /** API 200/201 responses carry a body that is not JSON. */
  malformedJson: boolean;
  /** HTTP status of token-endpoint `invalid_grant` errors: 400 today, 401 before ~Aug 2022. */
  invalidGrantStatus: 400 | 401;
  /** Setting it to true = the users authorized the app on another device: every grant existing at that moment dies with 4741. */
  anotherDevice: boolean;
  /** The account's passcode policy, enforced on meeting create and shown in GET /users/me/settings. */
  passcodeRequirement: PasscodeRequirement;
  /** "Require a passcode when scheduling new meetings" is on and locked: Zoom generates one when none is sent. */
  passcodeLocked: boolean;
  /** Meeting creates left today (Zoom: 100 per user per UTC day); each create uses one; at 0 → 429 daily limit. Shared by the sandbox users. */
  dailyMeetingsLeft: number;
}

export function defaultPasscodeRequirement(): PasscodeRequirement {
  return {
    length: 0,
    have_letter: false,
    have_number: false,
    have_special_character: false,
    have_upper_and_lower_characters: false,
    only_allow_numeric: false,
    consecutive_characters_length: 0,
    weak_enhance_detection: false,
  };
}

/**
 * The default switches. `anotherDevice` is an accessor: assigning true calls `onAnotherDevice` at once, so
 * the grants alive at that moment are superseded while later sign-ins work normally.
 */
export function defaultSwitches(onAnotherDevice: () => void): ZoomSwitches {
  let anotherDevice = false;
  const switches = {
    accessTokenTtlSeconds: 3600,
    rateLimit: null,
    serverErrors: 0,
    revokeErrors: 0,
    tokenErrors: 0,
    slowMs: 0,
    disabledByAdmin: false,
    malformedJson: false,
    invalidGrantStatus: 400,
    passcodeRequirement: defaultPasscodeRequirement(),
    passcodeLocked: false,
    dailyMeetingsLeft: 100,
  } as Omit<ZoomSwitches, 'anotherDevice'> as ZoomSwitches;
  Object.defineProperty(switches, 'anotherDevice', {
    enumerable: true,
    get: () => anotherDevice,
    set: (value: boolean) => {
      anotherDevice = value;
      if (value) onAnotherDevice();
    },
  });
  return switches;
}
