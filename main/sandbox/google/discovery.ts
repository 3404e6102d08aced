import type { Middleware } from 'koa';
import { GOOGLE_ROUTES } from './oidc-config.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface GoogleOrigins {
  /** accounts.google.com: the issuer (authorization endpoint, discovery, sign-in pages). */
  issuer: string;
  /** oauth2.googleapis.com + openidconnect.googleapis.com: token, revocation, userinfo. */
  oauth: string;
  /** www.googleapis.com: JWKS and the Calendar API. */
  apis: string;
}

const OIDC_PATH = '/.well-known/openid-configuration';
const RFC8414_PATH = '/.well-known/oauth-authorization-server';

/**
 * Google's discovery document, served at {issuer}/.well-known/openid-configuration and (the same document)
 * at /.well-known/oauth-authorization-server: oidc-provider's issuer and response types, with every
 * endpoint pointing at the host that serves it and Google's published capability lists.
 */
export function googleDiscovery(origins: GoogleOrigins): Middleware {
  return async (ctx, next) => {
    if (ctx.path === RFC8414_PATH) ctx.path = OIDC_PATH;
    else if (ctx.path !== OIDC_PATH) return next();
    await next();
    const doc: unknown = ctx.body;
    if (ctx.status !== 200 || !isRecord(doc)) return;
    ctx.body = {
      issuer: doc.issuer,
      authorization_endpoint: `${origins.issuer}${GOOGLE_ROUTES.authorization}`,
      token_endpoint: `${origins.oauth}${GOOGLE_ROUTES.token}`,
      userinfo_endpoint: `${origins.oauth}${GOOGLE_ROUTES.userinfo}`,
      revocation_endpoint: `${origins.oauth}${GOOGLE_ROUTES.revocation}`,
      jwks_uri: `${origins.apis}${GOOGLE_ROUTES.jwks}`,
      response_types_supported: doc.response_types_supported,
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid', 'email', 'profile'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
      claims_supported: ['aud', 'email', 'email_verified', 'exp', 'family_name', 'given_name', 'iat', 'iss', 'name', 'picture', 'sub'],
      code_challenge_methods_supported: ['plain', 'S256'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
    };
  };
}
