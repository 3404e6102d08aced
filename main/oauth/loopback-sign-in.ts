import {
  allowInsecureRequests,
  AuthorizationResponseError,
  authorizationCodeGrantRequest,
  expectNoNonce,
  generateRandomNonce,
  generateRandomState,
  processAuthorizationCodeResponse,
  validateAuthResponse,
  type AuthorizationServer,
  type Client,
  type ClientAuth,
  type TokenEndpointResponse,
} from 'oauth4webapi';
import type { JWTPayload } from 'jose';
import { appError } from '../core/app-error.js';
import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { UrlOpener } from '../ports/url-opener.js';
import { deadlineSignal } from '../net/http.js';
import { verifyIdToken } from './id-token.js';
import type { LoopbackPages } from './loopback-pages.js';
import { startLoopbackReceiver } from './loopback-receiver.js';
import { createPkcePair } from './pkce.js';
import { said } from '../i18n/local-text.js';

export interface LoopbackSignInRequest {
  as: AuthorizationServer;
  client: Client;
  clientAuth: ClientAuth;
  scope: string;
  /** Path of the registered redirect URI ('/' for a bare loopback origin). */
  callbackPath: string;
  /** Provider-specific authorization parameters (e.g. prompt, access_type). Cannot override the built-in ones. */
  extraParameters?: Record<string, string>;
  /** Whether the response must carry an OpenID Connect id_token (checked against the JWKS). */
  openId: boolean;
  /** Only for issuers on http://127.0.0.1 (the sandbox). */
  allowHttp: boolean;
  opener: UrlOpener;
  clock: Clock;
  logger: Logger;
  signal: AbortSignal;
  deadlineMs?: number;
  /** Fixed loopback port, for servers that compare the registered redirect URI port included. */
  port?: number;
  /** The pages the browser shows after the sign-in, in the user's language. */
  pages?: LoopbackPages;
}

export interface SignInResult {
  tokens: TokenEndpointResponse;
  /** Verified id_token claims when `openId` was asked for. */
  claims?: JWTPayload;
}

const BUILT_IN = new Set(['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method']);
export const SIGN_IN_DEADLINE_MS = 5 * 60_000;

/**
 * Authorization code + PKCE (S256) in the system browser with a loopback redirect (RFC 8252):
 * start the receiver, open the authorize URL, wait for the callback, validate it (state, iss),
 * exchange the code with the exact redirect URI, and verify the id_token (issuer, audience, nonce,
 * expiry, signature).
 */
export async function signInWithLoopback(request: LoopbackSignInRequest): Promise<SignInResult> {
  const { as, client, clock, logger } = request;
  if (!as.authorization_endpoint) throw appError('bad_response', said('error.noAuthorizationEndpoint'));
  const pkce = await createPkcePair();
  const state = generateRandomState();
  const nonce = request.openId ? generateRandomNonce() : undefined;

  const receiver = await startLoopbackReceiver({
    expectedState: state,
    callbackPath: request.callbackPath,
    deadlineMs: request.deadlineMs ?? SIGN_IN_DEADLINE_MS,
    clock,
    signal: request.signal,
    logger,
    ...(request.port ? { port: request.port } : {}),
    ...(request.pages ? { pages: request.pages } : {}),
  });
  let answered = false;
  try {
    const url = new URL(as.authorization_endpoint);
    for (const [key, value] of Object.entries(request.extraParameters ?? {})) {
      if (!BUILT_IN.has(key)) url.searchParams.set(key, value);
    }
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', client.client_id);
    url.searchParams.set('redirect_uri', receiver.redirectUri);
    url.searchParams.set('scope', request.scope);
    url.searchParams.set('state', state);
    if (nonce) url.searchParams.set('nonce', nonce);
    url.searchParams.set('code_challenge', pkce.challenge);
    url.searchParams.set('code_challenge_method', pkce.method);

    logger.log('info', 'signin.browser_opening', { issuer: as.issuer });
    if (!(await request.opener.open(url.href))) throw appError('browser_unavailable');

    const callback = await receiver.callback;
    answered = true;
    try {
      const result = await redeemCode(request, callback.params, { state, nonce, verifier: pkce.verifier, redirectUri: receiver.redirectUri });
      callback.finish('success');
      logger.log('info', 'signin.completed', { issuer: as.issuer });
      return result;
    } catch (error) {
      callback.finish('failure');
      throw error;
    }
  } catch (error) {
    // Once the browser got its answer the receiver closes itself after the grace period.
    if (!answered) await receiver.close();
    throw error;
  }
}

/** Validates the callback (state, iss, error), exchanges the code and verifies the id_token. */
async function redeemCode(
  request: LoopbackSignInRequest,
  params: URLSearchParams,
  flow: { state: string; nonce: string | undefined; verifier: string; redirectUri: string },
): Promise<SignInResult> {
  const { as, client, clock } = request;
  let validated: URLSearchParams;
  try {
    validated = validateAuthResponse(as, client, params, flow.state);
  } catch (error) {
    // A server error (access_denied…) is the user's answer; anything else (e.g. a wrong `iss`, RFC 9207) is not trusted.
    if (error instanceof AuthorizationResponseError) throw error;
    throw appError('invalid_callback', said('error.unexpectedIssuer'));
  }
  const http = { [allowInsecureRequests]: request.allowHttp, signal: () => deadlineSignal(30_000, request.signal) };
  const response = await authorizationCodeGrantRequest(as, client, request.clientAuth, validated, flow.redirectUri, flow.verifier, http);
  const tokens = await processAuthorizationCodeResponse(as, client, response, {
    expectedNonce: flow.nonce ?? expectNoNonce,
    requireIdToken: request.openId,
  });
  if (!request.openId) return { tokens };
  if (!as.jwks_uri || typeof tokens.id_token !== 'string' || !flow.nonce) throw appError('id_token_invalid');
  const claims = await verifyIdToken(tokens.id_token, {
    jwksUri: as.jwks_uri,
    issuer: as.issuer,
    audience: client.client_id,
    nonce: flow.nonce,
    now: () => clock.now(),
  });
  return { tokens, claims };
}
