/** The password of every sandbox user: never a real credential. */
export const SANDBOX_PASSWORD = 'sandbox';

/** A sandbox Zoom user as the public sandbox API lists it. */
export interface ZoomSandboxUser {
  /** The sign-in e-mail address. */
  username: string;
  password: string;
  displayName: string;
  /** The Zoom user id (`id` in GET /users/me, `host_id` on meetings). */
  userId: string;
  accountId: string;
}

/** A sandbox user with everything GET /users/me returns. */
export interface ZoomAccount extends ZoomSandboxUser {
  firstName: string;
  lastName: string;
  /** Personal meeting ID, 10 digits. */
  pmi: number;
  timezone: string;
  accountNumber: number;
  createdAt: string;
}

/** Zoe and Zed each own a separate (Pro) account, so neither can see the other. */
export const ZOOM_ACCOUNTS: ReadonlyArray<ZoomAccount> = [
  {
    username: 'zoe@example.com',
    password: SANDBOX_PASSWORD,
    displayName: 'Zoe Zoom',
    firstName: 'Zoe',
    lastName: 'Zoom',
    userId: 'ZoEz0omSandb0xUs3r1dQw',
    accountId: 'ZoEAcc0untSandb0x1dAbC',
    accountNumber: 2_100_000_101,
    pmi: 5_551_234_567,
    timezone: 'Europe/Oslo',
    createdAt: '2024-02-01T09:00:00Z',
  },
  {
    username: 'zed@example.com',
    password: SANDBOX_PASSWORD,
    displayName: 'Zed Zimmermann',
    firstName: 'Zed',
    lastName: 'Zimmermann',
    userId: 'ZeDz1mmSandb0xUs3r2dXy',
    accountId: 'ZeDAcc0untSandb0x2dDeF',
    accountNumber: 2_100_000_202,
    pmi: 5_559_876_543,
    timezone: 'America/New_York',
    createdAt: '2024-03-15T14:30:00Z',
  },
];

/** E-mail addresses compare case-insensitively. */
export function findAccount(username: string): ZoomAccount | undefined {
  const wanted = username.trim().toLowerCase();
  return ZOOM_ACCOUNTS.find((account) => account.username === wanted);
}

/** The account when e-mail and password match, else undefined. */
export function checkCredentials(username: string, password: string): ZoomAccount | undefined {
  const account = findAccount(username);
  return account !== undefined && account.password === password ? account : undefined;
}

export function publicUser(account: ZoomAccount): ZoomSandboxUser {
  const { username, password, displayName, userId, accountId } = account;
  return { username, password, displayName, userId, accountId };
}
