import type { Configuration, interactionPolicy, JWK, KoaContextWithOIDC } from 'oidc-provider';
import { accountClaims, findBySub } from './accounts.js';
import type { OfflineCodes } from './offline-codes.js';
import { sendGooglePage } from './page.js';
import { errorPage } from './pages.js';
import { KNOWN_SCOPES } from './scopes.js';
import type { GoogleSwitches } from './switches.js';
import type { TokenStore } from './token-store.js';

/** The one registered OAuth client: a "Desktop app" (its secret is not secret, but Google requires it). */
export const GOOGLE_CLIENT = {
  clientId: '424242424242-sandbox0desktop0app.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-sandbox-not-a-secret',
  name: 'Video Meetings Tray (sandbox)',
} as const;

/** Google's endpoint paths, each served on the host that serves it at Google. */
export const GOOGLE_ROUTES = {
  /** accounts.google.com */
  authorization: '/o/oauth2/v2/auth',
  /** oauth2.googleapis.com */
  token: '/token',
  /** oauth2.googleapis.com (not oidc-provider's: Google's revocation needs no client authentication) */
  revocation: '/revoke',
  /** openidconnect.googleapis.com (served by the same listener as the token endpoint) */
  userinfo: '/v1/userinfo',
  /** www.googleapis.com */
  jwks: '/oauth2/v3/certs',
} as const;

/** Path of the sandbox's sign-in and consent pages for one interaction (accounts host). */
export function interactionPath(uid: string): string {
  return `/signin/oauth/${encodeURIComponent(uid)}`;
}

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;
/** "Never" for refresh tokens and grants: 20 years. */
const FOREVER = 20 * 365 * DAY;
/** Authorization codes are single-use; Google does not document their lifetime (10 minutes assumed). */
export const AUTHORIZATION_CODE_TTL_SECONDS = 10 * MINUTE;

/** Options oidc-provider 9 supports that its community typings do not declare. */
interface UntypedOptions {
  clientAuthMethods: string[];
  enabledJWA: { idTokenSigningAlgValues: string[] };
  allowOmittingSingleRegisteredRedirectUri: boolean;
}

export interface GoogleOidcInput {
  signingKey: JWK;
  cookieKeys: string[];
  switches: GoogleSwitches;
  store: TokenStore;
  offlineCodes: OfflineCodes;
  policy: interactionPolicy.DefaultPolicy;
}

/** The oidc-provider configuration that makes it behave like Google's OAuth 2.0 / OpenID Connect server. */
export function buildOidcConfiguration(input: GoogleOidcInput): Configuration & UntypedOptions {
  const { switches, store, offlineCodes } = input;
  return {
    adapter: input.store.adapterFactory,
    clients: [
      {
        client_id: GOOGLE_CLIENT.clientId,
        client_secret: GOOGLE_CLIENT.clientSecret,
        client_name: GOOGLE_CLIENT.name,
        application_type: 'native',
        // A placeholder: the redirect-uri rule replaces matching with Google's desktop loopback rule.
        redirect_uris: ['http://127.0.0.1/callback'],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: 'RS256',
      },
    ],
    jwks: { keys: [input.signingKey] },
    cookies: { keys: input.cookieKeys },
    routes: { authorization: GOOGLE_ROUTES.authorization, token: GOOGLE_ROUTES.token, userinfo: GOOGLE_ROUTES.userinfo, jwks: GOOGLE_ROUTES.jwks },
    scopes: [...KNOWN_SCOPES],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', 'picture'],
    },
    // Google's id_token carries the email and profile claims even though an access token is issued too.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    clientAuthMethods: ['client_secret_post', 'client_secret_basic'],
    enabledJWA: { idTokenSigningAlgValues: ['RS256'] },
    allowOmittingSingleRegisteredRedirectUri: false,
    pkce: { required: () => false },
    extraParams: ['access_type', 'include_granted_scopes', 'hd', 'authuser', 'enable_granular_consent'],
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      revocation: { enabled: false },
      introspection: { enabled: false },
      registration: { enabled: false },
      clientCredentials: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      claimsParameter: { enabled: false },
      dPoP: { enabled: false },
      rpInitiatedLogout: { enabled: false },
    },
    interactions: { policy: input.policy, url: async (_ctx, interaction) => interactionPath(interaction.uid) },
    findAccount: async (_ctx, sub) => {
      const account = findBySub(sub);
      if (account === undefined) return undefined;
      return { accountId: account.sub, claims: async () => accountClaims(account) };
    },
    // Google does not use the offline_access scope: access_type=offline plus a consent page decides (offline-codes.ts).
    issueRefreshToken: async (_ctx, client, code) => client.grantTypeAllowed('refresh_token') && offlineCodes.has(code.jti),
    expiresWithSession: async () => false,
    rotateRefreshToken: false,
    loadExistingGrant: async (ctx) => loadExistingGrant(ctx, store),
    ttl: {
      AccessToken: () => switches.accessTokenTtlSeconds,
      AuthorizationCode: AUTHORIZATION_CODE_TTL_SECONDS,
      IdToken: 60 * MINUTE,
      RefreshToken: () => switches.refreshTokenTtlSeconds ?? FOREVER,
      Grant: FOREVER,
      Session: 14 * DAY,
      Interaction: 60 * MINUTE,
    },
    clientBasedCORS: () => false,
    renderError: async (ctx, out) => {
      const status = ctx.status >= 400 ? ctx.status : 400;
      sendGooglePage(ctx, errorPage(status, String(out.error), typeof out.error_description === 'string' ? out.error_description : undefined), status);
    },
  };
}

/**
 * Google keeps ONE authorization per user and app (the "Third-party access" entry), not per browser: the
 * grant just consented to, else the user's existing grant for this client.
 */
async function loadExistingGrant(ctx: KoaContextWithOIDC, store: TokenStore) {
  const { oidc } = ctx;
  const clientId = oidc.client?.clientId;
  const accountId = oidc.session?.accountId;
  if (clientId === undefined || accountId === undefined) return undefined;
  const grantId = oidc.result?.consent?.grantId ?? store.grantIdFor(accountId, clientId);
  if (grantId === undefined) return undefined;
  const grant = await oidc.provider.Grant.find(grantId);
  return grant?.accountId === accountId ? grant : undefined;
}
