/** The password of every sandbox account: never a real credential. */
export const SANDBOX_PASSWORD = 'sandbox';

/** A sandbox Google account as `GoogleSandbox.users` lists it. */
export interface GoogleUser {
  /** The sign-in e-mail address (also the primary calendar's id). */
  username: string;
  password: string;
  name: string;
  /** The stable, numeric OpenID subject (Google's `sub` is never the e-mail address). */
  sub: string;
}

/** A sandbox account with the profile claims userinfo and the id_token need. */
export interface GoogleAccount extends GoogleUser {
  givenName: string;
  familyName: string;
  picture: string;
  /** IANA zone of the primary calendar. */
  timeZone: string;
}

const PICTURE = 'https://lh3.googleusercontent.com/a/default-user=s96-c';

export const GOOGLE_ACCOUNTS: ReadonlyArray<GoogleAccount> = [
  {
    username: 'gina@example.com',
    password: SANDBOX_PASSWORD,
    name: 'Gina Google',
    givenName: 'Gina',
    familyName: 'Google',
    sub: '104857600000000000001',
    picture: PICTURE,
    timeZone: 'Europe/Oslo',
  },
  {
    username: 'gus@example.com',
    password: SANDBOX_PASSWORD,
    name: 'Gus Green',
    givenName: 'Gus',
    familyName: 'Green',
    sub: '104857600000000000002',
    picture: PICTURE,
    timeZone: 'Europe/Oslo',
  },
];

/** Looks an account up by e-mail address (case-insensitive). */
export function findByEmail(email: string): GoogleAccount | undefined {
  const wanted = email.trim().toLowerCase();
  return GOOGLE_ACCOUNTS.find((account) => account.username === wanted);
}

/** Looks an account up by its OpenID subject (oidc-provider's accountId). */
export function findBySub(sub: string): GoogleAccount | undefined {
  return GOOGLE_ACCOUNTS.find((account) => account.sub === sub);
}

/** The public view of an account (what `GoogleSandbox.users` lists). */
export function publicUser(account: GoogleAccount): GoogleUser {
  const { username, password, name, sub } = account;
  return { username, password, name, sub };
}

/** The OpenID claims of an account; oidc-provider filters them by the granted scopes. */
export function accountClaims(account: GoogleAccount): { sub: string; [claim: string]: string | boolean } {
  return {
    sub: account.sub,
    name: account.name,
    given_name: account.givenName,
    family_name: account.familyName,
    picture: account.picture,
    email: account.username,
    email_verified: true,
  };
}
