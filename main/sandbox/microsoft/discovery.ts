import Router from '@koa/router';
import type { Context } from 'koa';
import type { EntraContext } from './context.js';
import { sendEntraPage } from './page-response.js';
import { errorLookupPage } from './pages/misc-pages.js';
import { newTrace, stsErrorBody } from './sts-error.js';
import { STS } from './sts-errors.js';
import { issuerTemplate, resolveTenant, type TenantSegment } from './tenant.js';

/**
 * The v2.0 OpenID configuration as Entra publishes it for `{tenant}`. For common/organizations the issuer
 * is the `{tenantid}` template (tokens carry the real tenant id). There is deliberately no
 * `revocation_endpoint` (Entra has none) and no `code_challenge_methods_supported`.
 */
export function openIdConfiguration(entra: EntraContext, tenant: TenantSegment): Record<string, unknown> {
  const base = `${entra.authority}/${tenant.segment}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: issuerTemplate(entra.authority, tenant),
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${entra.graphOrigin}/oidc/userinfo`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
    tenant_region_scope: tenant.kind === 'tenant' ? 'EU' : null,
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: new URL(entra.graphOrigin).host,
    rbac_url: 'https://pas.windows.net',
  };
}

/** Discovery document, signing keys and the `error_uri` lookup page. Unknown tenants get 400 AADSTS90002. */
export function discoveryRoutes(entra: EntraContext): Router {
  const router = new Router();
  const withTenant = (segment: string | undefined, ctx: Context, send: (tenant: TenantSegment) => void): void => {
    ctx.set('Access-Control-Allow-Origin', '*');
    const tenant = resolveTenant(segment ?? '');
    if (tenant === undefined) {
      ctx.status = 400;
      ctx.body = stsErrorBody(STS.tenantNotFound(segment ?? ''), newTrace(entra.clock.now()), entra.authority);
      return;
    }
    send(tenant);
  };

  router.get('/:tenant/v2.0/.well-known/openid-configuration', (ctx) => {
    withTenant(ctx.params.tenant, ctx, (tenant) => {
      ctx.body = openIdConfiguration(entra, tenant);
    });
  });

  router.get('/:tenant/discovery/v2.0/keys', (ctx) => {
    withTenant(ctx.params.tenant, ctx, (tenant) => {
      ctx.body = { keys: [entra.key.jwk(issuerTemplate(entra.authority, tenant))] };
    });
  });

  router.get('/error', (ctx) => {
    sendEntraPage(ctx, errorLookupPage(String(ctx.query.code ?? '').replace(/\D/g, '')));
  });

  return router;
}
