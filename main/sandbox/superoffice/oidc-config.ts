import type { Configuration, interactionPolicy, JWK, KoaContextWithOIDC } from 'oidc-provider';
import { sendPage } from '../http/html.js';
import { findAccount } from './accounts.js';
import type { Approvals } from './approvals.js';
import { idTokenClaims, SO_CLAIMS } from './id-token-claims.js';
import type { OidcMemoryStore } from '../http/oidc-memory-store.js';
import { errorPage, loggedOutPage, logoutPage } from './pages.js';
import type { SuperOfficeSwitches } from './switches.js';
import { SO_CLAIM_PREFIX } from './id-token-claims.js';

/** The one registered app: a SuperOffice "Native app" (native apps carry a secret that is not secret). */
export const SANDBOX_CLIENT = {
  clientId: 'sandbox-video-meetings-tray',
  clientSecret: 'sandbox-not-a-secret',
  name: 'Video Meetings Tray (sandbox)',
} as const;

/** Where SuperOffice mounts SuperID: discovery is at {authority}/login/.well-known/openid-configuration. */
export const OIDC_MOUNT_PATH = '/login';

/** SuperID's endpoint paths below {@link OIDC_MOUNT_PATH}. */
export const OIDC_ROUTES = {
  authorization: '/common/oauth/authorize',
  token: '/common/oauth/tokens',
  jwks: '/.well-known/jwks',
  revocation: '/common/oauth/revoke',
  end_session: '/common/oauth/logout',
} as const;

/** Path of the sandbox's own login/approval pages for one interaction. */
export function interactionPath(uid: string): string {
  return `${OIDC_MOUNT_PATH}/interaction/${encodeURIComponent(uid)}`;
}

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;

/** Options oidc-provider 9 supports that its community typings do not declare. */
interface UntypedOptions {
  clientAuthMethods: string[];
  enabledJWA: { idTokenSigningAlgValues: string[] };
  allowOmittingSingleRegisteredRedirectUri: boolean;
}

export interface OidcConfigInput {
  authority: string;
  signingKey: JWK;
  cookieKeys: string[];
  switches: SuperOfficeSwitches;
  store: OidcMemoryStore;
  approvals: Approvals;
  /** A fresh `interactionPolicy.base()` from the loaded oidc-provider module. */
  policy: interactionPolicy.DefaultPolicy;
}

/** The oidc-provider configuration that makes it behave like SuperOffice's SuperID. */
export function buildOidcConfiguration(input: OidcConfigInput): Configuration & UntypedOptions {
  const { authority, switches, approvals } = input;
  return {
    adapter: input.store.adapterFactory,
    clients: [
      {
        client_id: SANDBOX_CLIENT.clientId,
        client_secret: SANDBOX_CLIENT.clientSecret,
        client_name: SANDBOX_CLIENT.name,
        application_type: 'native',
        // A placeholder: the redirect-uri rule replaces matching with SuperOffice's native-app regex.
        redirect_uris: ['http://127.0.0.1:8000'],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: 'RS256',
      },
    ],
    jwks: { keys: [input.signingKey] },
    cookies: { keys: input.cookieKeys },
    routes: { ...OIDC_ROUTES },
    scopes: ['openid'],
    claims: { openid: ['sub', ...SO_CLAIMS] },
    // No userinfo endpoint exists, so every claim goes into the id_token.
    conformIdTokenClaims: false,
    responseTypes: ['code', 'id_token', 'code id_token', 'id_token token'],
    clientAuthMethods: ['client_secret_post', 'client_secret_basic'],
    enabledJWA: { idTokenSigningAlgValues: ['RS256'] },
    allowOmittingSingleRegisteredRedirectUri: false,
    pkce: { required: () => false },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false },
      introspection: { enabled: false },
      registration: { enabled: false },
      clientCredentials: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      claimsParameter: { enabled: false },
      dPoP: { enabled: false },
      revocation: { enabled: true, allowedPolicy: async () => true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => sendPage(ctx, logoutPage(form, ctx.host)),
        postLogoutSuccessSource: async (ctx) => sendPage(ctx, loggedOutPage()),
      },
    },
    interactions: { policy: superOfficePolicy(input.policy), url: async (_ctx, interaction) => interactionPath(interaction.uid) },
    findAccount: async (_ctx, sub) => {
      const account = findAccount(sub);
      if (account === undefined) return undefined;
      return {
        accountId: account.username,
        claims: async () => {
          const claims = idTokenClaims(account, authority);
          // As when SuperOffice Online cannot give a valid Customer ID at login (the original's "Something went wrong").
          if (switches.idTokenCtx === 'missing') delete claims[`${SO_CLAIM_PREFIX}ctx`];
          return claims;
        },
      };
    },
    // SuperOffice issues a refresh token on every code grant with scope openid alone (no offline_access),
    // and it lives as long as the app approval, not the browser session.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    expiresWithSession: async () => false,
    rotateRefreshToken: () => switches.rotateRefreshTokens,
    loadExistingGrant: async (ctx) => loadExistingGrant(ctx, approvals),
    ttl: {
      AccessToken: () => switches.accessTokenTtlSeconds,
      AuthorizationCode: 10 * MINUTE,
      // SuperOffice's documented sample id_token lives 300 s.
      IdToken: 5 * MINUTE,
      RefreshToken: 365 * DAY,
      Grant: 10 * 365 * DAY,
      Session: 14 * DAY,
      Interaction: 60 * MINUTE,
    },
    clientBasedCORS: () => false,
    renderError: async (ctx, out) => sendPage(ctx, errorPage({ ...out }), ctx.status >= 400 ? ctx.status : 400),
  };
}

/**
 * oidc-provider asks native clients for consent on every authorization; SuperOffice asks once per user
 * and app ("I approve") and then signs in silently while the SuperID session lasts.
 */
function superOfficePolicy(policy: interactionPolicy.DefaultPolicy): interactionPolicy.DefaultPolicy {
  policy.get('consent')?.checks.remove('native_client_prompt');
  return policy;
}

/**
 * The user's grant for this app: the one in the browser session, else a fresh one when the user approved
 * the app before (SuperOffice remembers approvals per user and tenant, not per browser).
 */
async function loadExistingGrant(ctx: KoaContextWithOIDC, approvals: Approvals) {
  const { oidc } = ctx;
  const clientId = oidc.client?.clientId;
  if (clientId === undefined) return undefined;
  const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId);
  if (grantId !== undefined) {
    const grant = await oidc.provider.Grant.find(grantId);
    if (grant !== undefined) return grant;
  }
  const accountId = oidc.session?.accountId;
  if (accountId === undefined || !approvals.has(accountId, clientId)) return undefined;
  const grant = new oidc.provider.Grant({ accountId, clientId });
  grant.addOIDCScope('openid');
  await grant.save();
  return grant;
}
