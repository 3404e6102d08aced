import { createHash, randomBytes } from 'node:crypto';
import type { ZoomSandbox } from '../../../../main/sandbox/zoom/index.js';
import { Browser, type Landing } from '../../support/browser.js';
import { parseForms } from '../../support/html-forms.js';

/** The registered loopback URL with an ephemeral port, as the app builds it. */
export const REDIRECT_URI = 'http://127.0.0.1:53682/zoom/callback';

export function randomVerifier(): string {
  return randomBytes(32).toString('base64url');
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** The authorization URL: code flow, S256 unless overridden; undefined values drop a parameter. */
export function authorizeUrl(zoom: ZoomSandbox, params: Record<string, string | undefined>): URL {
  const url = new URL('/oauth/authorize', zoom.describe().oauthOrigin);
  const defaults: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: zoom.describe().clientId,
    redirect_uri: REDIRECT_URI,
    state: randomBytes(8).toString('hex'),
  };
  for (const [key, value] of Object.entries({ ...defaults, ...params })) if (value !== undefined) url.searchParams.set(key, value);
  return url;
}

export interface SignInOptions {
  browser?: Browser;
  username?: string;
  password?: string;
  consent?: 'allow' | 'deny';
  params?: Record<string, string | undefined>;
  /** Do not add an S256 challenge. */
  noPkce?: boolean;
}

export interface SignInResult {
  browser: Browser;
  landing: Landing;
  pages: Array<'signin' | 'consent'>;
  verifier: string | undefined;
  redirectUri: string;
  state: string;
  clientId: string;
}

/** Walks authorize → sign-in form → consent like a person, stopping at the loopback redirect. */
export async function signIn(zoom: ZoomSandbox, options: SignInOptions = {}): Promise<SignInResult> {
  const browser = options.browser ?? new Browser(zoom.describe().oauthOrigin);
  const params = { ...options.params };
  let verifier: string | undefined;
  if (!options.noPkce && !('code_challenge' in params)) {
    verifier = randomVerifier();
    params.code_challenge = s256(verifier);
    params.code_challenge_method = 'S256';
  }
  const url = authorizeUrl(zoom, params);
  const pages: SignInResult['pages'] = [];
  let landing = await browser.navigate(url);
  while (landing.kind === 'page' && pages.length < 4) {
    const forms = parseForms(landing.html);
    const login = forms.find((form) => 'email' in form.inputs && form.buttons.includes('Sign in'));
    const allow = forms.find((form) => form.buttons.includes('Allow'));
    const deny = forms.find((form) => form.buttons.includes('Deny'));
    if (login !== undefined) {
      if (pages.includes('signin')) break;
      pages.push('signin');
      landing = await browser.submit(landing.url, login.action, {
        ...login.inputs,
        email: options.username ?? 'zoe@example.com',
        password: options.password ?? 'sandbox',
      });
    } else if (allow !== undefined && deny !== undefined) {
      pages.push('consent');
      const form = options.consent === 'deny' ? deny : allow;
      landing = await browser.submit(landing.url, form.action, form.inputs);
    } else {
      break;
    }
  }
  return {
    browser,
    landing,
    pages,
    verifier,
    redirectUri: url.searchParams.get('redirect_uri') ?? '',
    state: url.searchParams.get('state') ?? '',
    clientId: url.searchParams.get('client_id') ?? '',
  };
}

export function codeOf(result: SignInResult): string {
  if (result.landing.kind !== 'callback') throw new Error(`sign-in stopped at ${result.landing.url.href} (${result.landing.status})`);
  const code = result.landing.url.searchParams.get('code');
  if (code === null) throw new Error(`no code in ${result.landing.url.href}`);
  return code;
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}

async function toJson(response: Response): Promise<JsonResponse> {
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // some tests expect non-JSON bodies
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** How the client authenticates: Basic (confidential), public client id in the body, secret in the body, or nothing. */
export type ClientAuth = 'basic' | 'public' | 'body-secret' | 'none';

export function basicHeader(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

/** POSTs a form to /oauth/token or /oauth/revoke with the chosen client authentication. */
export async function oauthPost(zoom: ZoomSandbox, path: '/oauth/token' | '/oauth/revoke', params: Record<string, string>, auth: ClientAuth = 'basic', query = ''): Promise<JsonResponse> {
  const { oauthOrigin, clientId, clientSecret } = zoom.describe();
  const body = new URLSearchParams(params);
  const headers = new Headers({ 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' });
  if (auth === 'basic') headers.set('authorization', basicHeader(clientId, clientSecret));
  if (auth === 'public' && !body.has('client_id')) body.set('client_id', zoom.publicClientId);
  if (auth === 'body-secret') {
    body.set('client_id', clientId);
    body.set('client_secret', clientSecret);
  }
  return toJson(await fetch(`${oauthOrigin}${path}${query}`, { method: 'POST', headers, body }));
}

export function exchangeCode(zoom: ZoomSandbox, result: SignInResult, overrides: Record<string, string> = {}, auth: ClientAuth = 'basic'): Promise<JsonResponse> {
  return oauthPost(
    zoom,
    '/oauth/token',
    {
      grant_type: 'authorization_code',
      code: codeOf(result),
      redirect_uri: result.redirectUri,
      ...(result.verifier === undefined ? {} : { code_verifier: result.verifier }),
      ...overrides,
    },
    auth,
  );
}

export function refresh(zoom: ZoomSandbox, refreshToken: string, auth: ClientAuth = 'basic'): Promise<JsonResponse> {
  return oauthPost(zoom, '/oauth/token', { grant_type: 'refresh_token', refresh_token: refreshToken }, auth);
}

export function revoke(zoom: ZoomSandbox, token: string, auth: ClientAuth = 'basic'): Promise<JsonResponse> {
  return oauthPost(zoom, '/oauth/revoke', { token }, auth);
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
}

/** Signs in (zoe by default) and exchanges the code. */
export async function signInForTokens(zoom: ZoomSandbox, options: SignInOptions = {}): Promise<Tokens> {
  const result = await signIn(zoom, options);
  const response = await exchangeCode(zoom, result);
  const { access_token, refresh_token, expires_in } = response.json;
  if (response.status !== 200 || typeof access_token !== 'string' || typeof refresh_token !== 'string') {
    throw new Error(`token exchange failed: ${response.status} ${response.text}`);
  }
  return { access_token, refresh_token, expires_in: Number(expires_in) };
}

/** Calls the API at `{apiBase}{path}` with a bearer token and an optional JSON body. */
export async function apiCall(
  zoom: ZoomSandbox,
  path: string,
  init: { token?: string; method?: string; body?: unknown; rawBody?: string } = {},
): Promise<JsonResponse> {
  const headers = new Headers({ accept: 'application/json' });
  if (init.token !== undefined) headers.set('authorization', `Bearer ${init.token}`);
  let body: string | undefined = init.rawBody;
  if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined) headers.set('content-type', 'application/json');
  return toJson(await fetch(`${zoom.describe().apiBase}${path}`, { method: init.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) }));
}

export function createMeeting(zoom: ZoomSandbox, token: string, body: unknown): Promise<JsonResponse> {
  return apiCall(zoom, '/users/me/meetings', { token, method: 'POST', body });
}

/** GET /users/{userId}/meetings (List meetings) with query parameters. */
export function listMeetings(zoom: ZoomSandbox, token: string, query: Record<string, string> = {}, userId = 'me'): Promise<JsonResponse> {
  const search = new URLSearchParams(query).toString();
  return apiCall(zoom, `/users/${encodeURIComponent(userId)}/meetings${search === '' ? '' : `?${search}`}`, { token });
}

/** `2026-05-01T08:00:00Z`: a start_time in Zoom's GMT form. */
export function zoomTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
