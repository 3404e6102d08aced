import type Router from '@koa/router';
import type { MicrosoftSwitches } from '../switches.js';
import type { GraphState } from './graph-state.js';
import { requireScope, sendJson } from './respond.js';

/** `GET /v1.0/me` (User.Read) and the OIDC `GET /oidc/userinfo` Entra's discovery points at. */
export function meRoutes(router: Router<GraphState>, switches: MicrosoftSwitches): void {
  router.get('/v1.0/me', (ctx) => {
    if (!requireScope(ctx, ['User.Read'], 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')) return;
    const { user } = ctx.state.principal;
    sendJson(
      ctx,
      200,
      {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
        businessPhones: [],
        displayName: user.displayName,
        givenName: user.givenName,
        jobTitle: user.jobTitle,
        mail: user.username,
        mobilePhone: null,
        officeLocation: null,
        preferredLanguage: 'en-US',
        surname: user.surname,
        userPrincipalName: user.username,
        id: user.id,
      },
      switches,
    );
  });

  router.get('/oidc/userinfo', (ctx) => {
    const { user } = ctx.state.principal;
    sendJson(ctx, 200, { sub: user.id, name: user.displayName, family_name: user.surname, given_name: user.givenName, email: user.username }, switches);
  });
}
