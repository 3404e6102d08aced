import { SANDBOX_APP } from './app-registration.js';
import { readChallenge, type CodeChallenge } from './pkce.js';
import { matchRedirectUri } from './redirect-uri.js';
import { parseScopes, type RequestedScopes } from './scopes.js';
import { isStsError, missingParameter, stsError, type StsError } from './sts-error.js';
import type { TenantSegment } from './tenant.js';

export type ResponseMode = 'query' | 'fragment' | 'form_post';
export type Prompt = 'login' | 'none' | 'consent' | 'select_account';

/** A validated authorization request. */
export interface AuthorizeRequest {
  tenant: TenantSegment;
  clientId: string;
  /** Exactly as sent: the token request must repeat it. */
  redirectUri: string;
  responseMode: ResponseMode;
  state: string | undefined;
  scopes: RequestedScopes;
  prompt: Prompt | undefined;
  loginHint: string | undefined;
  nonce: string | undefined;
  challenge: CodeChallenge | undefined;
}

/** What to do with an authorization request. */
export type AuthorizeCheck =
  /** The client or redirect URI cannot be trusted: show an error page, never redirect. */
  | { kind: 'page'; error: StsError }
  /** A protocol error the app should see: redirect to its (verified) redirect URI. */
  | { kind: 'redirect'; error: StsError; redirectUri: string; responseMode: ResponseMode; state: string | undefined }
  | { kind: 'ok'; request: AuthorizeRequest };

function single(params: URLSearchParams, name: string): string | null {
  return params.get(name);
}

/**
 * Validates `GET {tenant}/oauth2/v2.0/authorize` in Entra's order: tenant, client, redirect URI (page
 * errors), then response type, scope and PKCE (redirected errors).
 */
export function checkAuthorizeRequest(tenant: TenantSegment, params: URLSearchParams): AuthorizeCheck {
  const clientId = single(params, 'client_id');
  if (clientId === null || clientId === '') return { kind: 'page', error: missingParameter('client_id') };
  if (clientId !== SANDBOX_APP.clientId) {
    return {
      kind: 'page',
      error: stsError(
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
      ),
    };
  }
  if (tenant.kind === 'consumers') {
    return {
      kind: 'page',
      error: stsError('unauthorized_client', 9002332, `Application '${clientId}'(${SANDBOX_APP.displayName}) is configured for use by Azure Active Directory users only. Please do not use the /consumers endpoint to serve this request.`),
    };
  }
  const redirectUri = single(params, 'redirect_uri');
  const redirectError = matchRedirectUri(redirectUri);
  if (redirectError !== undefined || redirectUri === null) return { kind: 'page', error: redirectError ?? missingParameter('redirect_uri') };

  const state = single(params, 'state') ?? undefined;
  const modeParam = single(params, 'response_mode');
  const responseMode: ResponseMode = modeParam === 'fragment' || modeParam === 'form_post' ? modeParam : 'query';
  const fail = (error: StsError): AuthorizeCheck => ({ kind: 'redirect', error, redirectUri, responseMode, state });
  if (modeParam !== null && modeParam !== 'query' && modeParam !== 'fragment' && modeParam !== 'form_post') {
    return fail(stsError('invalid_request', 70007, 'The application returned an unsupported value of response_mode.'));
  }

  const responseType = single(params, 'response_type');
  if (responseType === null || responseType === '') return fail(missingParameter('response_type'));
  const types = new Set(responseType.split(' ').filter((part) => part !== ''));
  if (types.has('token')) return fail(stsError('unsupported_response_type', 700051, "response_type 'token' is not enabled for the application."));
  if (types.has('id_token')) return fail(stsError('unsupported_response_type', 700054, "response_type 'id_token' is not enabled for the application."));
  if (types.size !== 1 || !types.has('code')) return fail(stsError('unsupported_response_type', 70005, 'The app returned an unsupported response type.'));

  const rawScope = single(params, 'scope');
  if (rawScope === null || rawScope.trim() === '') return fail(missingParameter('scope'));
  const scopes = parseScopes(rawScope);
  if (isStsError(scopes)) return fail(scopes);

  const challenge = readChallenge(single(params, 'code_challenge'), single(params, 'code_challenge_method'));
  if (isStsError(challenge)) return fail(challenge);

  const promptParam = single(params, 'prompt');
  const prompts: ReadonlyArray<Prompt> = ['login', 'none', 'consent', 'select_account'];
  const prompt = prompts.find((value) => value === promptParam);
  if (promptParam !== null && prompt === undefined) {
    return fail(stsError('invalid_request', 90023, `Invalid prompt value '${promptParam}'. Supported values: login, none, consent, select_account.`));
  }

  return {
    kind: 'ok',
    request: {
      tenant,
      clientId,
      redirectUri,
      responseMode,
      state,
      scopes,
      prompt,
      loginHint: single(params, 'login_hint') ?? undefined,
      nonce: single(params, 'nonce') ?? undefined,
      challenge,
    },
  };
}
