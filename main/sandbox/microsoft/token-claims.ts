import { createHash, randomBytes } from 'node:crypto';
import type { JWTPayload } from 'jose';
import { GRAPH_RESOURCE_ID, SANDBOX_APP } from './app-registration.js';
import { TENANT, tenantIssuer } from './tenant.js';
import type { MicrosoftUser } from './users.js';

/** Role template id of Global Administrator (Entra's `wids` claim). */
const GLOBAL_ADMIN_ROLE = '62e90394-69f5-4237-9190-012177145e10';

/** Entra's `sub` is pairwise: stable per user and application. */
function pairwiseSub(userId: string, audience: string): string {
  return createHash('sha256').update(`${userId}:${audience}`).digest('base64url').slice(0, 43);
}

function tokenId(): string {
  return randomBytes(16).toString('base64url').slice(0, 22);
}

export interface IdTokenInput {
  authority: string;
  user: MicrosoftUser;
  clientId: string;
  oidcScopes: ReadonlyArray<string>;
  nonce: string | undefined;
  nowSeconds: number;
}

/** v2.0 id_token claims; `name`, `preferred_username` and `oid` need `profile`, `email` needs `email`. */
export function idTokenClaims(input: IdTokenInput): JWTPayload {
  const { user, nowSeconds } = input;
  const profile = input.oidcScopes.includes('profile');
  return {
    aud: input.clientId,
    iss: tenantIssuer(input.authority),
    iat: nowSeconds,
    nbf: nowSeconds,
    exp: nowSeconds + 3600,
    ...(input.oidcScopes.includes('email') ? { email: user.username } : {}),
    ...(profile ? { name: user.displayName, oid: user.id, preferred_username: user.username } : {}),
    ...(input.nonce === undefined ? {} : { nonce: input.nonce }),
    rh: `0.AS${tokenId()}.`,
    sub: pairwiseSub(user.id, input.clientId),
    tid: TENANT.id,
    uti: tokenId(),
    ver: '2.0',
  };
}

export interface AccessTokenInput {
  user: MicrosoftUser;
  /** The `scp` claim, space-separated. */
  scope: string;
  nowSeconds: number;
  ttlSeconds: number;
}

/** A Graph access token as Entra issues it (v1.0 format, `aud` = Graph). Clients must treat it as opaque. */
export function accessTokenClaims(input: AccessTokenInput): JWTPayload {
  const { user, nowSeconds } = input;
  return {
    aud: GRAPH_RESOURCE_ID,
    iss: `https://sts.windows.net/${TENANT.id}/`,
    iat: nowSeconds,
    nbf: nowSeconds,
    exp: nowSeconds + input.ttlSeconds,
    acct: 0,
    acr: '1',
    amr: ['pwd'],
    app_displayname: SANDBOX_APP.displayName,
    appid: SANDBOX_APP.clientId,
    appidacr: '0',
    family_name: user.surname,
    given_name: user.givenName,
    idtyp: 'user',
    name: user.displayName,
    oid: user.id,
    scp: input.scope,
    sub: pairwiseSub(user.id, GRAPH_RESOURCE_ID),
    tid: TENANT.id,
    unique_name: user.username,
    upn: user.username,
    uti: tokenId(),
    ver: '1.0',
    ...(user.isAdmin ? { wids: [GLOBAL_ADMIN_ROLE] } : {}),
  };
}
