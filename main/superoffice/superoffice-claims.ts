import { z } from 'zod';
import { appError } from '../core/app-error.js';
import { said } from '../i18n/local-text.js';

const CLAIM = 'http://schemes.superoffice.net/identity/';

const claimsSchema = z.object({
  sub: z.string().min(1),
  [`${CLAIM}ctx`]: z.string().regex(/^[A-Za-z]+\d+$/, 'not a context identifier'),
  [`${CLAIM}associateid`]: z.union([z.string().regex(/^\d{1,15}$/), z.number().int()]),
  [`${CLAIM}webapi_url`]: z.url(),
  [`${CLAIM}email`]: z.string().optional(),
  [`${CLAIM}is_administrator`]: z.union([z.string(), z.boolean()]).optional(),
});

/** The SuperOffice claims the app uses, read from a verified id_token. */
export interface SuperOfficeIdentityClaims {
  subject: string;
  /** Tenant (context identifier), e.g. Cust12345. */
  context: string;
  associateId: number;
  webApiUrl: string;
  email?: string;
  isAdministrator: boolean;
}

export function readSuperOfficeClaims(payload: unknown): SuperOfficeIdentityClaims {
  const parsed = claimsSchema.safeParse(payload);
  if (!parsed.success && parsed.error.issues.some((issue) => issue.path[0] === `${CLAIM}ctx`)) {
    throw appError('tenant_missing', said('error.tenantMissingAtSignIn'));
  }
  if (!parsed.success) {
    throw appError('id_token_invalid', said('error.noTenantOrUser'));
  }
  const claims = parsed.data;
  const admin = claims[`${CLAIM}is_administrator`];
  const email = claims[`${CLAIM}email`];
  return {
    subject: claims.sub,
    context: claims[`${CLAIM}ctx`] as string,
    associateId: Number(claims[`${CLAIM}associateid`]),
    webApiUrl: claims[`${CLAIM}webapi_url`] as string,
    ...(typeof email === 'string' && email ? { email } : {}),
    isAdministrator: admin === true || (typeof admin === 'string' && admin.toLowerCase() === 'true'),
  };
}
