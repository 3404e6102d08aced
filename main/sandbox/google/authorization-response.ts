import type { Middleware } from 'koa';
import type { KoaContextWithOIDC, Provider } from 'oidc-provider';
import type { OfflineCodes } from './offline-codes.js';
import { redirectScope } from './scopes.js';

/**
 * Behind oidc-provider's authorization endpoint (`path` and its resume path `path/{uid}`): rewrites the
 * redirect back to the app the way Google sends it — `code`, `state`, `scope` (granted), `authuser=0` and
 * `prompt=consent` (consent page shown) or `prompt=none`; no `iss`; `access_denied` without a description.
 * Also records whether the code may be exchanged for a refresh token (access_type=offline + consent page).
 */
export function authorizationResponse(path: string, provider: Provider, offlineCodes: OfflineCodes): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.path !== path && !ctx.path.startsWith(`${path}/`)) return;
    const location = ctx.response.get('Location');
    if (location === '' || ctx.status < 300 || ctx.status >= 400) return;
    const issuer = new URL(provider.issuer).origin;
    const target = new URL(location, issuer);
    if (target.origin === issuer) return; // an interaction page, not the app
    const { oidc } = ctx as unknown as KoaContextWithOIDC;
    if (oidc === undefined) return;

    target.searchParams.delete('iss');
    const code = target.searchParams.get('code');
    if (code !== null) {
      const consentShown = oidc.result?.consent !== undefined;
      const issued = await provider.AuthorizationCode.find(code);
      target.searchParams.set('scope', redirectScope((issued?.scope ?? '').split(' ').filter(Boolean)));
      target.searchParams.set('authuser', '0');
      target.searchParams.set('prompt', consentShown ? 'consent' : 'none');
      if (consentShown && oidc.params?.access_type === 'offline') offlineCodes.remember(code);
    } else if (target.searchParams.get('error') === 'access_denied') {
      target.searchParams.delete('error_description');
    }
    ctx.set('Location', target.href);
  };
}
