import type { Middleware } from 'koa';
import { GRAPH_RESOURCE_ID } from '../app-registration.js';
import type { EntraContext } from '../context.js';
import { findUserById } from '../users.js';
import type { GraphState } from './graph-state.js';
import { sendError } from './respond.js';

const EXPIRED = 'Access token has expired or is not yet valid.';

/**
 * Resolves `Authorization: Bearer <token>` against the tokens Entra issued. Failures get 401
 * InvalidAuthenticationToken with Graph's `WWW-Authenticate` challenge (pointing at the v1 common
 * authorize endpoint, `client_id` = Graph). Expired and revoked tokens share the "expired" message.
 */
export function bearerAuth(entra: EntraContext): Middleware<GraphState> {
  return async (ctx, next) => {
    const deny = (message: string): void => {
      ctx.set('WWW-Authenticate', `Bearer realm="", authorization_uri="${entra.authority}/common/oauth2/authorize", client_id="${GRAPH_RESOURCE_ID}"`);
      sendError(ctx, 401, 'InvalidAuthenticationToken', message);
    };
    const header = ctx.get('Authorization');
    const match = /^Bearer\s+(\S*)\s*$/i.exec(header);
    const value = match?.[1] ?? '';
    if (value === '') return deny('Access token is empty.');
    if (value.split('.').length !== 3) return deny('IDX14100: JWT is not well formed, there are no dots (.). The token needs to be in JWS or JWE Compact Serialization Format.');
    const token = entra.tokens.findAccess(value);
    if (token === undefined) return deny('Access token validation failure. Invalid audience.');
    const user = findUserById(token.userId);
    if (token.revoked || entra.clock.now() >= token.expiresAt || user === undefined) return deny(EXPIRED);
    ctx.state.principal = { user, scopes: token.graphScopes };
    await next();
  };
}
