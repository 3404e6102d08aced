import type { SandboxAccount } from './accounts.js';

/** SuperOffice's claim namespace. */
export const SO_CLAIM_PREFIX = 'http://schemes.superoffice.net/identity/';

/** The SuperOffice-specific claims the sandbox puts into every id_token (names without the prefix). */
export const SO_CLAIM_NAMES = [
  'ctx',
  'associateid',
  'webapi_url',
  'netserver_url',
  'email',
  'upn',
  'so_primary_email_address',
  'initials',
  'company_name',
  'is_administrator',
  'identityprovider',
  'serial',
] as const;

/** Full claim URIs, as they appear in the id_token and in discovery's claims_supported. */
export const SO_CLAIMS: ReadonlyArray<string> = SO_CLAIM_NAMES.map((name) => `${SO_CLAIM_PREFIX}${name}`);

/**
 * The id_token claims of an account. URLs use the UNNUMBERED authority host, as real SuperOffice does:
 * calling `webapi_url` there gets 421 and the client must resolve the tenant's numbered host first.
 */
export function idTokenClaims(account: SandboxAccount, authority: string): { sub: string; [claim: string]: string } {
  const values: Record<(typeof SO_CLAIM_NAMES)[number], string> = {
    ctx: account.ctx,
    associateid: String(account.associateId),
    webapi_url: `${authority}/${account.ctx}/api/`,
    netserver_url: `${authority}/${account.ctx}/Remote/Services88/`,
    email: account.username,
    upn: account.username,
    so_primary_email_address: account.username,
    initials: account.initials,
    company_name: account.companyName,
    is_administrator: account.isAdministrator ? 'True' : 'False',
    // SuperOffice's documented sample token carries "central-superid" here.
    identityprovider: 'central-superid',
    serial: tenantSerial(account.ctx),
  };
  const claims: { sub: string; [claim: string]: string } = { sub: account.username };
  for (const name of SO_CLAIM_NAMES) claims[`${SO_CLAIM_PREFIX}${name}`] = values[name];
  return claims;
}

/** A stable, made-up database serial number per tenant. */
function tenantSerial(ctx: string): string {
  let hash = 1801550193;
  for (const char of ctx) hash = (hash * 31 + char.charCodeAt(0)) % 2_147_483_647;
  return String(hash);
}
