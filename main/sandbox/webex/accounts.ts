import { webexId } from './ids.js';

/** The password of every sandbox user: never a real credential. */
export const SANDBOX_PASSWORD = 'sandbox';

export const SANDBOX_ORG = {
  uuid: '5b2a4c6e-0d1f-4a3b-9c8d-7e6f5a4b3c2d',
  name: 'Sandbox Org',
} as const;

/** A Webex user of the sandbox org, as `WebexSandbox.users` lists it. */
export interface WebexSandboxUser {
  email: string;
  password: string;
  displayName: string;
  firstName: string;
  lastName: string;
  /** The user's preferred time zone; meetings default to it. */
  timezone: string;
  /** The People API id (base64 `ciscospark://us/PEOPLE/...`). */
  personId: string;
}

export interface WebexAccount extends WebexSandboxUser {
  nickName: string;
  created: string;
}

function account(email: string, first: string, last: string, uuid: string, timezone: string): WebexAccount {
  return {
    email,
    password: SANDBOX_PASSWORD,
    displayName: `${first} ${last}`,
    firstName: first,
    lastName: last,
    nickName: first,
    timezone,
    personId: webexId('PEOPLE', uuid),
    created: '2024-02-01T09:00:00.000Z',
  };
}

export const WEBEX_ACCOUNTS: ReadonlyArray<WebexAccount> = [
  account('wendy@example.com', 'Wendy', 'Webex', '0f6c2a1e-4b7d-4e8a-9a51-3c2d1e0f9a8b', 'Europe/Oslo'),
  account('will@example.com', 'Will', 'Wilson', '7a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d', 'America/New_York'),
];

/** Webex sign-in names are e-mail addresses and compare case-insensitively. */
export function findAccount(email: string): WebexAccount | undefined {
  const wanted = email.trim().toLowerCase();
  return WEBEX_ACCOUNTS.find((candidate) => candidate.email === wanted);
}

export function checkCredentials(email: string, password: string): WebexAccount | undefined {
  const found = findAccount(email);
  return found !== undefined && found.password === password ? found : undefined;
}

export function publicUser(source: WebexAccount): WebexSandboxUser {
  const { email, password, displayName, firstName, lastName, timezone, personId } = source;
  return { email, password, displayName, firstName, lastName, timezone, personId };
}
