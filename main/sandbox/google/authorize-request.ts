import type { Middleware } from 'koa';
import { sendGooglePage } from './page.js';
import { errorPage } from './pages.js';
import { rewritePlainChallenge } from './pkce-plain.js';
import { isDesktopLoopbackRedirectUri } from './redirect-uri-rule.js';
import { KNOWN_SCOPES, normalizeScopes } from './scopes.js';

interface Refusal {
  status: number;
  error: string;
  description: string;
}

const PROMPTS = new Set(['none', 'consent', 'select_account']);

/** What Google's authorization endpoint refuses on its own error page (it never redirects these to the app). */
export function checkAuthorizeParams(params: URLSearchParams, clientId: string): Refusal | undefined {
  const client = params.get('client_id');
  if (client === null || client === '') return { status: 400, error: 'invalid_request', description: 'Missing required parameter: client_id' };
  if (client !== clientId) return { status: 401, error: 'invalid_client', description: 'The OAuth client was not found.' };
  const redirectUri = params.get('redirect_uri');
  if (redirectUri === null || redirectUri === '') return { status: 400, error: 'invalid_request', description: 'Missing required parameter: redirect_uri' };
  if (!isDesktopLoopbackRedirectUri(redirectUri)) {
    return {
      status: 400,
      error: 'redirect_uri_mismatch',
      description: `You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy. Request details: redirect_uri=${redirectUri}`,
    };
  }
  if (!params.has('response_type')) return { status: 400, error: 'invalid_request', description: 'Required parameter is missing: response_type' };
  const scope = params.get('scope') ?? '';
  if (scope.trim() === '') return { status: 400, error: 'invalid_request', description: 'Missing required parameter: scope' };
  const invalid = normalizeScopes(scope).filter((name) => !KNOWN_SCOPES.includes(name));
  if (invalid.length > 0) return { status: 400, error: 'invalid_scope', description: `Some requested scopes were invalid. {invalid=[${invalid.join(', ')}]}` };
  const accessType = params.get('access_type');
  if (accessType !== null && accessType !== 'online' && accessType !== 'offline') {
    return { status: 400, error: 'invalid_request', description: `Invalid access_type: ${accessType}` };
  }
  for (const prompt of (params.get('prompt') ?? '').split(' ')) {
    if (prompt !== '' && !PROMPTS.has(prompt)) return { status: 400, error: 'invalid_request', description: `Invalid prompt: ${prompt}` };
  }
  return undefined;
}

/**
 * In front of oidc-provider's authorization endpoint (GET `path`, not the resume path): Google's own
 * error pages for bad requests, long identity scope names mapped to openid/email/profile, and the
 * plain-PKCE emulation (a missing method means plain).
 */
export function authorizeRequest(path: string, clientId: string): Middleware {
  return async (ctx, next) => {
    if (ctx.path !== path || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    const params = new URLSearchParams(ctx.querystring);
    const refusal = checkAuthorizeParams(params, clientId);
    if (refusal !== undefined) {
      sendGooglePage(ctx, errorPage(refusal.status, refusal.error, refusal.description), refusal.status);
      return;
    }
    // Duplicated parameters are left alone for oidc-provider to reject.
    if (params.getAll('scope').length === 1) params.set('scope', normalizeScopes(params.get('scope') ?? '').join(' '));
    rewritePlainChallenge(params);
    ctx.querystring = params.toString();
    return next();
  };
}
