import type { Context } from 'koa';
import { findAccount, type WebexAccount } from '../accounts.js';
import type { OAuthStore } from '../oauth/oauth-store.js';

/** Who is calling: the token's user and the scopes of its grant. */
export interface Caller {
  account: WebexAccount;
  scopes: ReadonlySet<string>;
}

/** Resolves `Authorization: Bearer <token>`; undefined for a missing, unknown, expired or revoked token. */
export function authenticate(ctx: Context, store: OAuthStore): Caller | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(ctx.get('Authorization'));
  if (match === null) return undefined;
  const token = store.accessToken(match[1] ?? '');
  if (token === undefined || Date.now() >= token.expiresAt) return undefined;
  const grant = store.grant(token.grantId);
  if (grant === undefined || grant.revoked) return undefined;
  const account = findAccount(grant.email);
  return account === undefined ? undefined : { account, scopes: new Set(grant.scopes) };
}
