/** The OpenID identity scopes: always granted with the sign-in, never a checkbox on the consent page. */
export const IDENTITY_SCOPES: ReadonlyArray<string> = ['openid', 'email', 'profile'];

const AUTH = 'https://www.googleapis.com/auth/';

/** Google's long names of the identity scopes; requests may use either form. */
const LONG_IDENTITY: Readonly<Record<string, string>> = {
  [`${AUTH}userinfo.email`]: 'email',
  [`${AUTH}userinfo.profile`]: 'profile',
};

export const CALENDAR_SCOPES = {
  full: `${AUTH}calendar`,
  readonly: `${AUTH}calendar.readonly`,
  events: `${AUTH}calendar.events`,
  eventsReadonly: `${AUTH}calendar.events.readonly`,
  eventsOwned: `${AUTH}calendar.events.owned`,
} as const;

/** What the consent page says each non-identity scope allows (Google's wording, shortened). */
export const SCOPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  [CALENDAR_SCOPES.full]: 'See, edit, share, and permanently delete all the calendars you can access using Google Calendar',
  [CALENDAR_SCOPES.readonly]: 'See and download any calendar you can access using your Google Calendar',
  [CALENDAR_SCOPES.events]: 'View and edit events on all your calendars',
  [CALENDAR_SCOPES.eventsReadonly]: 'View events on all your calendars',
  [CALENDAR_SCOPES.eventsOwned]: 'See, create, change, and delete events on Google calendars you own',
};

/** What the consent page says about the identity scopes. */
export const IDENTITY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  openid: 'Associate you with your personal info on Google',
  email: 'See your primary Google Account email address',
  profile: 'See your personal info, including any personal info you’ve made publicly available',
};

/** Every scope the sandbox knows; anything else is `invalid_scope`. */
export const KNOWN_SCOPES: ReadonlyArray<string> = [...IDENTITY_SCOPES, ...Object.values(CALENDAR_SCOPES)];

/** Splits a scope parameter, mapping Google's long identity names to openid/email/profile (deduplicated). */
export function normalizeScopes(scope: string): string[] {
  const result: string[] = [];
  for (const raw of scope.split(/\s+/)) {
    if (raw === '') continue;
    const scopeName = LONG_IDENTITY[raw] ?? raw;
    if (!result.includes(scopeName)) result.push(scopeName);
  }
  return result;
}

export function isIdentityScope(scope: string): boolean {
  return IDENTITY_SCOPES.includes(scope);
}

/**
 * The `scope` of a Google token response: identity scopes by their long names (email → …/userinfo.email),
 * in Google's usual order (userinfo.email, the rest, openid, userinfo.profile).
 */
export function tokenResponseScope(granted: ReadonlyArray<string>): string {
  const out: string[] = [];
  if (granted.includes('email')) out.push(`${AUTH}userinfo.email`);
  for (const scope of granted) if (!isIdentityScope(scope)) out.push(scope);
  if (granted.includes('openid')) out.push('openid');
  if (granted.includes('profile')) out.push(`${AUTH}userinfo.profile`);
  return out.join(' ');
}

/**
 * The `scope` parameter of the redirect back to the app: the short identity names, the other scopes,
 * then the long identity names and openid (what Google's redirect typically carries).
 */
export function redirectScope(granted: ReadonlyArray<string>): string {
  const out: string[] = [];
  if (granted.includes('email')) out.push('email');
  if (granted.includes('profile')) out.push('profile');
  for (const scope of granted) if (!isIdentityScope(scope)) out.push(scope);
  if (granted.includes('email')) out.push(`${AUTH}userinfo.email`);
  if (granted.includes('profile')) out.push(`${AUTH}userinfo.profile`);
  if (granted.includes('openid')) out.push('openid');
  return out.join(' ');
}
