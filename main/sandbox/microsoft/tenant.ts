/** The sandbox's one Entra tenant. The id is a fixed, made-up GUID: tokens carry it in `tid` and `iss`. */
export const TENANT = {
  id: '7d3c2b1a-6f5e-4d4c-9b8a-c0a7e5d1c050',
  name: 'Contoso',
  domain: 'contoso.example',
} as const;

/** The real tenant id behind personal Microsoft accounts (`/consumers`). */
export const CONSUMERS_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

/** What the `{tenant}` path segment of a login URL addresses. */
export type TenantSegment =
  | { kind: 'common' | 'organizations' | 'consumers'; segment: string }
  | { kind: 'tenant'; segment: string; tenantId: string };

/** Resolves `common`, `organizations`, `consumers`, the tenant id or its domain (all case-insensitive). */
export function resolveTenant(segment: string): TenantSegment | undefined {
  const lower = segment.toLowerCase();
  if (lower === 'common' || lower === 'organizations' || lower === 'consumers') return { kind: lower, segment };
  if (lower === TENANT.id || lower === TENANT.domain) return { kind: 'tenant', segment, tenantId: TENANT.id };
  return undefined;
}

/** The `issuer` a discovery document shows: multi-tenant segments carry Entra's `{tenantid}` template. */
export function issuerTemplate(authority: string, tenant: TenantSegment): string {
  if (tenant.kind === 'tenant') return `${authority}/${tenant.tenantId}/v2.0`;
  if (tenant.kind === 'consumers') return `${authority}/${CONSUMERS_TENANT_ID}/v2.0`;
  return `${authority}/{tenantid}/v2.0`;
}

/** The issuer of tokens for users of the sandbox tenant. */
export function tenantIssuer(authority: string): string {
  return `${authority}/${TENANT.id}/v2.0`;
}
