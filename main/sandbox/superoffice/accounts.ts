/** The sign-in shown on every sandbox user: never a real credential. */
export const SANDBOX_PASSWORD = 'sandbox';

/** A SuperID user as the public sandbox API describes it. */
export interface SandboxUser {
  /** The SuperID user name (an e-mail address); also the id_token `sub`. */
  username: string;
  password: string;
  fullName: string;
  /** The tenant (Customer ID), e.g. Cust12345. */
  ctx: string;
  associateId: number;
  isAdministrator: boolean;
}

/** A sandbox user with the CRM details the REST API and the id_token need. */
export interface SandboxAccount extends SandboxUser {
  /** The associate's logon name in the CRM (SoPrincipal `Associate`). */
  associateName: string;
  initials: string;
  firstName: string;
  lastName: string;
  personId: number;
  /** The company the associate's person belongs to. */
  contactId: number;
  companyName: string;
  groupId: number;
}

const TENANT = 'Cust12345';
const COMPANY = 'Sandbox Company AS';

export const SANDBOX_ACCOUNTS: ReadonlyArray<SandboxAccount> = [
  {
    username: 'alice@example.com',
    password: SANDBOX_PASSWORD,
    fullName: 'Alice Andersen',
    firstName: 'Alice',
    lastName: 'Andersen',
    initials: 'AA',
    associateName: 'ALICE',
    ctx: TENANT,
    associateId: 5,
    personId: 15,
    contactId: 2,
    companyName: COMPANY,
    groupId: 2,
    isAdministrator: false,
  },
  {
    username: 'bob@example.com',
    password: SANDBOX_PASSWORD,
    fullName: 'Bob Berg',
    firstName: 'Bob',
    lastName: 'Berg',
    initials: 'BB',
    associateName: 'BOB',
    ctx: TENANT,
    associateId: 6,
    personId: 16,
    contactId: 2,
    companyName: COMPANY,
    groupId: 2,
    isAdministrator: false,
  },
  {
    username: 'admin@example.com',
    password: SANDBOX_PASSWORD,
    fullName: 'Ada Admin',
    firstName: 'Ada',
    lastName: 'Admin',
    initials: 'AD',
    associateName: 'ADMIN',
    ctx: TENANT,
    associateId: 1,
    personId: 10,
    contactId: 2,
    companyName: COMPANY,
    groupId: 1,
    isAdministrator: true,
  },
];

/** SuperID user names are e-mail addresses and compare case-insensitively. */
export function findAccount(username: string): SandboxAccount | undefined {
  const wanted = username.trim().toLowerCase();
  return SANDBOX_ACCOUNTS.find((account) => account.username === wanted);
}

/** The account when the user name and password match, else undefined. */
export function checkCredentials(username: string, password: string): SandboxAccount | undefined {
  const account = findAccount(username);
  return account !== undefined && account.password === password ? account : undefined;
}

/** Every tenant (ctx) that has at least one sandbox user. */
export function sandboxTenants(): string[] {
  return [...new Set(SANDBOX_ACCOUNTS.map((account) => account.ctx))];
}

/** The public view of a user (what `Sandbox.superoffice.users` lists). */
export function publicUser(account: SandboxAccount): SandboxUser {
  const { username, password, fullName, ctx, associateId, isAdministrator } = account;
  return { username, password, fullName, ctx, associateId, isAdministrator };
}
