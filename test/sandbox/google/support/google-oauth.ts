import { createHash, randomBytes } from 'node:crypto';
import type { GoogleSandbox } from '../../../../main/sandbox/google/index.js';
import { Browser, type Landing } from '../../support/browser.js';
import { parseForms } from '../../support/html-forms.js';

export const REDIRECT_URI = 'http://127.0.0.1:53682/oauth/google/callback';
export const CALENDAR_EVENTS = 'https://www.googleapis.com/auth/calendar.events';
export const DEFAULT_SCOPE = `openid email profile ${CALENDAR_EVENTS}`;

export function randomVerifier(): string {
  return randomBytes(32).toString('base64url');
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export interface Endpoints {
  issuer: string;
  authorization: string;
  token: string;
  revocation: string;
  userinfo: string;
  jwks: string;
  calendar: string;
}

/** Reads the endpoints the way the app does: from the discovery document (and describe()). */
export async function endpoints(google: GoogleSandbox): Promise<Endpoints> {
  const { issuer, calendarApiBase } = google.describe();
  const doc = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<string, string>;
  return {
    issuer,
    authorization: doc.authorization_endpoint ?? '',
    token: doc.token_endpoint ?? '',
    revocation: doc.revocation_endpoint ?? '',
    userinfo: doc.userinfo_endpoint ?? '',
    jwks: doc.jwks_uri ?? '',
    calendar: calendarApiBase,
  };
}

/** The authorization URL as a desktop app builds it (undefined values remove a default). */
export function authorizeUrl(google: GoogleSandbox, params: Record<string, string | undefined>): URL {
  const url = new URL(`${google.describe().issuer}/o/oauth2/v2/auth`);
  const defaults: Record<string, string | undefined> = {
    client_id: google.describe().clientId,
    response_type: 'code',
    scope: DEFAULT_SCOPE,
    redirect_uri: REDIRECT_URI,
    access_type: 'offline',
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
  /** Scopes whose consent checkbox the user unticks. */
  untick?: string[];
  params?: Record<string, string | undefined>;
  /** Skip adding S256 PKCE. */
  noPkce?: boolean;
}

export interface SignInResult {
  browser: Browser;
  landing: Landing;
  pages: Array<'login' | 'consent'>;
  verifier: string | undefined;
  redirectUri: string;
  state: string;
}

/** Walks the sign-in like a person: authorize → "Sign in" form → consent ("Allow"/"Deny") → loopback redirect. */
export async function signIn(google: GoogleSandbox, options: SignInOptions = {}): Promise<SignInResult> {
  const browser = options.browser ?? new Browser(google.describe().issuer);
  const params: Record<string, string | undefined> = { ...options.params };
  let verifier: string | undefined;
  if (!options.noPkce && !('code_challenge' in params)) {
    verifier = randomVerifier();
    params.code_challenge = s256(verifier);
    params.code_challenge_method = 'S256';
  }
  const url = authorizeUrl(google, params);
  const pages: SignInResult['pages'] = [];
  let landing = await browser.navigate(url);
  let logins = 0;
  while (landing.kind === 'page' && pages.length < 6) {
    const forms = parseForms(landing.html);
    const login = forms.find((form) => form.buttons.includes('Sign in'));
    const allow = forms.find((form) => form.buttons.includes('Allow'));
    const deny = forms.find((form) => form.buttons.includes('Deny'));
    if (login !== undefined) {
      if (logins++ > 0) break;
      pages.push('login');
      landing = await browser.submit(landing.url, login.action, {
        ...login.inputs,
        email: options.username ?? google.users[0]?.username ?? '',
        password: options.password ?? 'sandbox',
      });
    } else if (allow !== undefined && deny !== undefined) {
      pages.push('consent');
      if (options.consent === 'deny') {
        landing = await browser.submit(landing.url, deny.action, deny.inputs);
      } else {
        const fields = { ...allow.inputs };
        for (const scope of options.untick ?? []) delete fields[scope];
        landing = await browser.submit(landing.url, allow.action, fields);
      }
    } else {
      break;
    }
  }
  return { browser, landing, pages, verifier, redirectUri: url.searchParams.get('redirect_uri') ?? '', state: url.searchParams.get('state') ?? '' };
}

export function callbackOf(result: SignInResult): URL {
  if (result.landing.kind !== 'callback') throw new Error(`sign-in stopped at a page: ${result.landing.url.href} (${result.landing.status})`);
  return result.landing.url;
}

export function codeOf(result: SignInResult): string {
  const code = callbackOf(result).searchParams.get('code');
  if (code === null) throw new Error(`no code in ${callbackOf(result).href}`);
  return code;
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}

async function asJson(response: Response): Promise<JsonResponse> {
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // left empty for malformed bodies
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** POSTs to the token endpoint: client_secret_post by default, 'basic', or 'no-secret' (client_id only). */
export async function tokenRequest(
  google: GoogleSandbox,
  params: Record<string, string>,
  auth: 'post' | 'basic' | 'no-secret' = 'post',
): Promise<JsonResponse> {
  const { clientId, clientSecret } = google.describe();
  const body = new URLSearchParams(params);
  const headers = new Headers({ 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' });
  if (auth === 'post') {
    if (!body.has('client_id')) body.set('client_id', clientId);
    if (!body.has('client_secret')) body.set('client_secret', clientSecret);
  } else if (auth === 'basic') {
    headers.set('authorization', `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`);
  } else {
    body.set('client_id', clientId);
  }
  const { token } = await endpoints(google);
  return asJson(await fetch(token, { method: 'POST', headers, body }));
}

export function exchangeCode(google: GoogleSandbox, result: SignInResult, overrides: Record<string, string> = {}): Promise<JsonResponse> {
  return tokenRequest(google, {
    grant_type: 'authorization_code',
    code: codeOf(result),
    redirect_uri: result.redirectUri,
    ...(result.verifier === undefined ? {} : { code_verifier: result.verifier }),
    ...overrides,
  });
}

export function refresh(google: GoogleSandbox, refreshToken: string): Promise<JsonResponse> {
  return tokenRequest(google, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

export interface Tokens {
  access_token: string;
  refresh_token: string | undefined;
  id_token: string | undefined;
  scope: string;
  expires_in: number;
}

/** Signs in (default gina, offline access, all scopes) and exchanges the code. */
export async function signInForTokens(google: GoogleSandbox, options: SignInOptions = {}): Promise<Tokens> {
  const result = await signIn(google, options);
  const response = await exchangeCode(google, result);
  if (response.status !== 200) throw new Error(`token exchange failed: ${response.status} ${response.text}`);
  const { access_token, refresh_token, id_token, scope, expires_in } = response.json;
  if (typeof access_token !== 'string') throw new Error(`no access token: ${response.text}`);
  return {
    access_token,
    refresh_token: typeof refresh_token === 'string' ? refresh_token : undefined,
    id_token: typeof id_token === 'string' ? id_token : undefined,
    scope: String(scope),
    expires_in: Number(expires_in),
  };
}

/** POST /revoke with `token=` in the form body (or the query string). */
export async function revoke(google: GoogleSandbox, token: string, where: 'body' | 'query' = 'body'): Promise<JsonResponse> {
  const { revocation } = await endpoints(google);
  if (where === 'query') return asJson(await fetch(`${revocation}?token=${encodeURIComponent(token)}`, { method: 'POST' }));
  return asJson(await fetch(revocation, { method: 'POST', body: new URLSearchParams({ token }) }));
}

/** A Calendar API call below calendarApiBase. */
export async function calendar(
  google: GoogleSandbox,
  accessToken: string | undefined,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<JsonResponse> {
  const headers = new Headers({ accept: 'application/json' });
  if (accessToken !== undefined) headers.set('authorization', `Bearer ${accessToken}`);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  const response = await fetch(`${google.describe().calendarApiBase}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });
  return asJson(response);
}
