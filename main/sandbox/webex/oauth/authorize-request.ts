import { SANDBOX_INTEGRATION, REGISTERED_SCOPES } from '../integration.js';
import { checkChallenge, type PkceMethod } from './pkce.js';
import { isRegisteredRedirectUri } from './redirect-uri.js';

/** A validated authorization request, kept server-side while the user signs in and consents. */
export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string | undefined;
  challenge?: { value: string; method: PkceMethod };
}

export type AuthorizeCheck =
  | { kind: 'ok'; request: AuthorizeRequest }
  /** No trustworthy redirect URI (unknown client or unregistered URI): an error page, never a redirect. */
  | { kind: 'page'; message: string }
  | { kind: 'redirect'; redirectUri: string; error: string; description: string; state: string | undefined };

const REGISTERED = new Set<string>(REGISTERED_SCOPES);

/** Validates GET /authorize's query in RFC 6749 §4.1.2.1 order: client and redirect URI first, then the rest. */
export function checkAuthorizeRequest(query: URLSearchParams, redirectPort: number | null): AuthorizeCheck {
  const single = (name: string): string | undefined => (query.getAll(name).length === 1 ? (query.get(name) ?? undefined) : undefined);
  const clientId = single('client_id');
  if (clientId !== SANDBOX_INTEGRATION.clientId) return { kind: 'page', message: 'The client_id is missing or does not belong to a registered integration.' };
  const redirectUri = single('redirect_uri');
  if (redirectUri === undefined || !isRegisteredRedirectUri(redirectUri, redirectPort)) {
    return { kind: 'page', message: 'The redirect_uri is missing or does not match a redirect URI registered for this integration.' };
  }
  const state = single('state');
  const fail = (error: string, description: string): AuthorizeCheck => ({ kind: 'redirect', redirectUri, error, description, state });
  for (const name of ['response_type', 'scope', 'state', 'code_challenge', 'code_challenge_method']) {
    if (query.getAll(name).length > 1) return fail('invalid_request', `${name} is repeated`);
  }
  const responseType = single('response_type');
  if (responseType === undefined) return fail('invalid_request', 'response_type is required');
  if (responseType !== 'code') return fail('unsupported_response_type', `response_type ${responseType} is not supported`);
  const scopes = (single('scope') ?? '').split(' ').filter((scope) => scope !== '');
  if (scopes.length === 0) return fail('invalid_scope', 'scope is required');
  const unknown = scopes.filter((scope) => !REGISTERED.has(scope));
  if (unknown.length > 0) return fail('invalid_scope', `The requested scope is invalid, unknown, or not registered for this integration: ${unknown.join(' ')}`);
  const request: AuthorizeRequest = { clientId, redirectUri, scopes: [...new Set(scopes)], state };
  const challenge = single('code_challenge');
  const method = single('code_challenge_method');
  if (challenge === undefined) {
    if (method !== undefined) return fail('invalid_request', 'code_challenge_method without code_challenge');
    return { kind: 'ok', request };
  }
  const checked = checkChallenge(challenge, method);
  if ('error' in checked) return fail('invalid_request', checked.error);
  return { kind: 'ok', request: { ...request, challenge: { value: challenge, method: checked.method } } };
}

/** The redirect back to the app: `code` (or the error fields) and `state` exactly as received. */
export function callbackUrl(redirectUri: string, params: Record<string, string>, state: string | undefined): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  if (state !== undefined) url.searchParams.set('state', state);
  return url.href;
}
