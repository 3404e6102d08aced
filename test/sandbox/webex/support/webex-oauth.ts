import { createHash, randomBytes } from 'node:crypto';
import type { WebexSandbox } from '../../../../main/sandbox/webex/index.js';
import type { Landing } from '../../support/browser.js';
import { parseForms } from '../../support/html-forms.js';
import { WebexBrowser } from './webex-browser.js';

export const REDIRECT_URI = 'http://127.0.0.1:53682/webex/callback';
export const SCOPES = 'spark:people_read meeting:schedules_write meeting:schedules_read';

export const randomVerifier = (): string => randomBytes(32).toString('base64url');
export const s256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

export function newBrowser(webex: WebexSandbox): WebexBrowser {
  return new WebexBrowser([webex.apiOrigin, webex.brokerOrigin]);
}

/** {apiBase}/authorize as the app builds it; undefined values remove a default. */
export function authorizeUrl(webex: WebexSandbox, params: Record<string, string | undefined> = {}): URL {
  const { apiBase, clientId } = webex.describe();
  const url = new URL(`${apiBase}/authorize`);
  const defaults = { client_id: clientId, response_type: 'code', redirect_uri: REDIRECT_URI, scope: SCOPES, state: randomBytes(8).toString('hex') };
  for (const [key, value] of Object.entries({ ...defaults, ...params })) if (value !== undefined) url.searchParams.set(key, value);
  return url;
}

export interface SignInOptions {
  browser?: WebexBrowser;
  email?: string;
  password?: string;
  consent?: 'allow' | 'deny';
  params?: Record<string, string | undefined>;
  /** Skip adding S256 PKCE. */
  noPkce?: boolean;
}

export interface SignInResult {
  browser: WebexBrowser;
  landing: Landing;
  pages: Array<'login' | 'consent'>;
  verifier: string | undefined;
  redirectUri: string;
  state: string;
}

/** Walks authorize → sign-in form → permission dialog → loopback redirect, like a person in a browser. */
export async function signIn(webex: WebexSandbox, options: SignInOptions = {}): Promise<SignInResult> {
  const browser = options.browser ?? newBrowser(webex);
  const params = { ...options.params };
  let verifier: string | undefined;
  if (!options.noPkce && !('code_challenge' in params)) {
    verifier = randomVerifier();
    params.code_challenge = s256(verifier);
    params.code_challenge_method = 'S256';
  }
  const url = authorizeUrl(webex, params);
  const pages: SignInResult['pages'] = [];
  let landing = await browser.navigate(url);
  let logins = 0;
  while (landing.kind === 'page' && pages.length < 4) {
    const forms = parseForms(landing.html);
    const login = forms.find((form) => 'email' in form.inputs && form.buttons.includes('Sign in'));
    const allow = forms.find((form) => form.buttons.includes('Allow'));
    const deny = forms.find((form) => form.buttons.includes('Deny'));
    if (login !== undefined) {
      if (logins++ > 0) break;
      pages.push('login');
      landing = await browser.submit(landing.url, login.action, {
        ...login.inputs,
        email: options.email ?? webex.users[0]?.email ?? '',
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
  return { browser, landing, pages, verifier, redirectUri: url.searchParams.get('redirect_uri') ?? '', state: url.searchParams.get('state') ?? '' };
}

/** The callback's query, failing loudly when the walk stopped at a page. */
export function callbackParams(result: SignInResult): URLSearchParams {
  if (result.landing.kind !== 'callback') throw new Error(`sign-in stopped at ${result.landing.url.href} (${result.landing.status})`);
  return result.landing.url.searchParams;
}

export function codeOf(result: SignInResult): string {
  const code = callbackParams(result).get('code');
  if (code === null) throw new Error(`no code in ${result.landing.kind === 'callback' ? result.landing.url.href : ''}`);
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
    // left empty: some tests expect non-JSON bodies
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** POST {apiBase}/access_token with client_id and client_secret in the form (unless given). */
export async function tokenRequest(webex: WebexSandbox, params: Record<string, string>): Promise<JsonResponse> {
  const { apiBase, clientId, clientSecret } = webex.describe();
  const body = new URLSearchParams({ client_id: clientId, client_secret: clientSecret, ...params });
  const response = await fetch(`${apiBase}/access_token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body,
  });
  return toJson(response);
}

export function exchangeCode(webex: WebexSandbox, result: SignInResult, overrides: Record<string, string> = {}): Promise<JsonResponse> {
  return tokenRequest(webex, {
    grant_type: 'authorization_code',
    code: codeOf(result),
    redirect_uri: result.redirectUri,
    ...(result.verifier === undefined ? {} : { code_verifier: result.verifier }),
    ...overrides,
  });
}

export function refresh(webex: WebexSandbox, refreshToken: string): Promise<JsonResponse> {
  return tokenRequest(webex, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  refresh_token_expires_in: number;
}

export async function signInForTokens(webex: WebexSandbox, options: SignInOptions = {}): Promise<Tokens> {
  const response = await exchangeCode(webex, await signIn(webex, options));
  if (response.status !== 200) throw new Error(`token exchange failed: ${response.status} ${response.text}`);
  const { access_token, refresh_token, expires_in, refresh_token_expires_in } = response.json;
  if (typeof access_token !== 'string' || typeof refresh_token !== 'string') throw new Error(`incomplete: ${response.text}`);
  return { access_token, refresh_token, expires_in: Number(expires_in), refresh_token_expires_in: Number(refresh_token_expires_in) };
}

/** A REST call on {apiBase}{path}; a body is sent as JSON. */
export async function api(
  webex: WebexSandbox,
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const all: Record<string, string> = { accept: 'application/json', ...headers };
  if (token !== undefined) all.authorization = `Bearer ${token}`;
  if (body !== undefined) all['content-type'] = 'application/json';
  const response = await fetch(`${webex.describe().apiBase}${path}`, { method, headers: all, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return toJson(response);
}

/** A valid Create a Meeting body starting `minutesAhead` from now, lasting an hour, with an explicit offset. */
export function meetingBody(overrides: Record<string, unknown> = {}, minutesAhead = 60): Record<string, unknown> {
  const start = new Date(Date.now() + minutesAhead * 60_000);
  const end = new Date(start.getTime() + 60 * 60_000);
  return { title: 'Sandbox meeting', start: start.toISOString(), end: end.toISOString(), ...overrides };
}
