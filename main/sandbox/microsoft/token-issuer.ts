import type { EntraContext } from './context.js';
import { GRAPH_PERMISSIONS, type RequestedScopes } from './scopes.js';
import { accessTokenClaims, idTokenClaims } from './token-claims.js';
import type { MicrosoftUser } from './users.js';

export interface IssueInput {
  user: MicrosoftUser;
  clientId: string;
  /** What this request asked for (decides id_token). */
  requested: RequestedScopes;
  /** The scopes of the grant the refresh token carries forward. */
  grant: RequestedScopes;
  authTime: number;
  nonce: string | undefined;
}

/** `scope` of a response: every consented Graph permission (Entra returns them all), then the OIDC scopes asked for, never offline_access. */
function responseScope(ctx: EntraContext, input: IssueInput): { scope: string; graph: string[] } {
  const effective = ctx.consent.effective(input.user.id);
  const graph = Object.keys(GRAPH_PERMISSIONS)
    .filter((permission) => effective.has(permission))
    .sort();
  const oidc = ['profile', 'openid', 'email'].filter((name) => input.requested.oidc.includes(name));
  return { scope: [...graph, ...oidc].join(' '), graph };
}

/** Mints the token response: access token always, refresh token with offline_access, id_token with openid. */
export async function issueTokens(ctx: EntraContext, input: IssueInput): Promise<Record<string, unknown>> {
  const now = ctx.clock.now();
  const nowSeconds = Math.floor(Date.now() / 1000);
  const ttl = ctx.switches.accessTokenTtlSeconds;
  const { scope, graph } = responseScope(ctx, input);
  const accessToken = await ctx.key.sign(accessTokenClaims({ user: input.user, scope, nowSeconds, ttlSeconds: ttl }), {
    nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url'),
  });
  ctx.tokens.addAccess({ token: accessToken, clientId: input.clientId, userId: input.user.id, graphScopes: graph, expiresAt: now + ttl * 1000, revoked: false });
  const expiresIn = ttl > 1 ? ttl - 1 : ttl;
  const body: Record<string, unknown> = { token_type: 'Bearer', scope, expires_in: expiresIn, ext_expires_in: expiresIn, access_token: accessToken };
  if (input.grant.oidc.includes('offline_access')) {
    body.refresh_token = ctx.tokens.issueRefresh({
      clientId: input.clientId,
      userId: input.user.id,
      scopes: input.grant,
      authTime: input.authTime,
      issuedAt: now,
    }).token;
  }
  if (input.requested.oidc.includes('openid')) {
    body.id_token = await ctx.key.sign(
      idTokenClaims({ authority: ctx.authority, user: input.user, clientId: input.clientId, oidcScopes: input.grant.oidc, nonce: input.nonce, nowSeconds }),
    );
  }
  return body;
}
