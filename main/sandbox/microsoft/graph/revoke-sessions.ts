import type Router from '@koa/router';
import type { EntraContext } from '../context.js';
import type { GraphState } from './graph-state.js';
import { sendJson } from './respond.js';

/**
 * `POST /v1.0/me/revokeSignInSessions`: every refresh token of the user, for every app, stops working
 * (AADSTS50173) and their browser sessions end. Issued access tokens live on until they expire.
 * (Calls are counted before authentication, in the Graph app.)
 */
export function revokeSessionsRoute(router: Router<GraphState>, entra: EntraContext): void {
  router.post('/v1.0/me/revokeSignInSessions', (ctx) => {
    const { user } = ctx.state.principal;
    entra.tokens.revokeUser(user.id, 'sessions-revoked', false);
    entra.sessions.revokeUser(user.id);
    sendJson(ctx, 200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Edm.Boolean', value: true }, entra.switches);
  });
}
