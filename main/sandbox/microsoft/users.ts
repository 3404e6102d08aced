import { TENANT } from './tenant.js';

/** The sign-in shown on every sandbox user: never a real credential. */
export const SANDBOX_PASSWORD = 'sandbox';

/** A Contoso work account as the sandbox API lists it. */
export interface MicrosoftUser {
  /** The user principal name (also `mail`), e.g. adele@contoso.example. */
  username: string;
  password: string;
  /** The object id (`oid`, Graph `id`). */
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  /** A Global Administrator: may consent for the whole organisation. */
  isAdmin: boolean;
}

/** Adele is a Global Administrator (may consent for the organisation); Megan is not. */
export const SANDBOX_USERS: ReadonlyArray<MicrosoftUser> = [
  {
    username: `adele@${TENANT.domain}`,
    password: SANDBOX_PASSWORD,
    id: '4f1e2d3c-5b6a-4798-8a7b-ade1e0000001',
    displayName: 'Adele Vance',
    givenName: 'Adele',
    surname: 'Vance',
    jobTitle: 'IT Administrator',
    isAdmin: true,
  },
  {
    username: `megan@${TENANT.domain}`,
    password: SANDBOX_PASSWORD,
    id: '8c7b6a59-4d3e-4f21-9e8d-0000000e6a11',
    displayName: 'Megan Bowen',
    givenName: 'Megan',
    surname: 'Bowen',
    jobTitle: 'Marketing Manager',
    isAdmin: false,
  },
];

/** User names compare case-insensitively, as UPNs do. */
export function findUser(username: string): MicrosoftUser | undefined {
  const wanted = username.trim().toLowerCase();
  return SANDBOX_USERS.find((user) => user.username === wanted);
}

export function findUserById(id: string): MicrosoftUser | undefined {
  return SANDBOX_USERS.find((user) => user.id === id);
}

/** The user when the name and password match, else undefined. */
export function checkCredentials(username: string, password: string): MicrosoftUser | undefined {
  const user = findUser(username);
  return user !== undefined && user.password === password ? user : undefined;
}
