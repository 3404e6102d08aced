import { createHash, randomBytes } from 'node:crypto';
import type { SuperOfficeSandbox } from '../../../main/sandbox/server.js';
import { Browser, type Landing } from './browser.js';
import { parseForms } from './html-forms.js';

export const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:53682';

export function randomVerifier(): string {
  return randomBytes(32).toString('base64url');
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** The authorization URL as the app builds it: code flow, scope openid, S256 PKCE unless overridden. */
export function authorizeUrl(sandbox: SuperOfficeSandbox, params: Record<string, string | undefined>): URL {
  const url = new URL(`${sandbox.authority}/login/common/oauth/authorize`);
  const defaults: Record<string, string | undefined> = {
    client_id: sandbox.clientId,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: DEFAULT_REDIRECT_URI,
    state: randomBytes(8).toString('hex'),
  };
  for (const [key, value] of Object.entries({ ...defaults, ...params })) if (value !== undefined) url.searchParams.set(key, value);
  return url;
}

export interface SignInOptions {
  browser?: Browser;
  username?: string;
  password?: string;
  approval?: 'approve' | 'cancel';
  /** Authorization parameters; undefined values remove a default. Without code_challenge, S256 PKCE is added. */
  params?: Record<string, string | undefined>;
  /** Skip adding PKCE. */
  noPkce?: boolean;
}

export interface SignInResult {
  browser: Browser;
  /** The last landing: a callback to the loopback URI, or the page the walk stopped at. */
  landing: Landing;
  /** Which pages the walk went through, in order. */
  pages: Array<'login' | 'approval'>;
  verifier: string | undefined;
  redirectUri: string;
  state: string;
}

/** Walks the sign-in like a person in a browser: authorize → login form → approval → loopback redirect. */
export async function signIn(sandbox: SuperOfficeSandbox, options: SignInOptions = {}): Promise<SignInResult> {
  const browser = options.browser ?? new Browser(sandbox.authority);
  const params: Record<string, string | undefined> = { ...options.params };
  let verifier: string | undefined;
  if (!options.noPkce && !('code_challenge' in params)) {
    verifier = randomVerifier();
    params.code_challenge = s256(verifier);
    params.code_challenge_method = 'S256';
  }
  const url = authorizeUrl(sandbox, params);
  const pages: SignInResult['pages'] = [];
  let landing = await browser.navigate(url);
  let loginAttempts = 0;
  while (landing.kind === 'page' && pages.length < 6) {
    const forms = parseForms(landing.html);
    const login = forms.find((form) => 'username' in form.inputs && form.buttons.includes('Log in'));
    const approve = forms.find((form) => form.buttons.includes('I approve'));
    const cancel = forms.find((form) => form.buttons.includes('Cancel'));
    if (login !== undefined) {
      if (loginAttempts++ > 0) break;
      pages.push('login');
      landing = await browser.submit(landing.url, login.action, {
        ...login.inputs,
        username: options.username ?? sandbox.users[0]?.username ?? '',
        password: options.password ?? 'sandbox',
      });
    } else if (approve !== undefined && cancel !== undefined) {
      pages.push('approval');
      const form = options.approval === 'cancel' ? cancel : approve;
      landing = await browser.submit(landing.url, form.action, form.inputs);
    } else {
      break;
    }
  }
  return { browser, landing, pages, verifier, redirectUri: url.searchParams.get('redirect_uri') ?? '', state: url.searchParams.get('state') ?? '' };
}

/** The code from a successful sign-in, failing loudly otherwise. */
export function codeOf(result: SignInResult): string {
  if (result.landing.kind !== 'callback') throw new Error(`sign-in stopped at a page: ${result.landing.url.href} (${result.landing.status})`);
  const code = result.landing.url.searchParams.get('code');
  if (code === null) throw new Error(`no code in ${result.landing.url.href}`);
  return code;
}

export interface TokenResponse {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}

/** POSTs to the token endpoint; the client authenticates with client_secret_post unless told otherwise. */
export async function tokenRequest(
  sandbox: SuperOfficeSandbox,
  params: Record<string, string>,
  auth: 'post' | 'basic' | 'none' = 'post',
  signal?: AbortSignal,
): Promise<TokenResponse> {
  const body = new URLSearchParams(params);
  const headers = new Headers({ 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' });
  if (auth === 'post') {
    if (!body.has('client_id')) body.set('client_id', sandbox.clientId);
    if (!body.has('client_secret')) body.set('client_secret', sandbox.clientSecret);
  } else if (auth === 'basic') {
    headers.set('authorization', `Basic ${Buffer.from(`${encodeURIComponent(sandbox.clientId)}:${encodeURIComponent(sandbox.clientSecret)}`).toString('base64')}`);
  } else {
    body.set('client_id', sandbox.clientId);
  }
  const response = await fetch(`${sandbox.authority}/login/common/oauth/tokens`, { method: 'POST', headers, body, ...(signal === undefined ? {} : { signal }) });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // left empty: some tests expect malformed bodies
  }
  return { status: response.status, headers: response.headers, text, json };
}

export function exchangeCode(sandbox: SuperOfficeSandbox, result: SignInResult, overrides: Record<string, string> = {}): Promise<TokenResponse> {
  return tokenRequest(sandbox, {
    grant_type: 'authorization_code',
    code: codeOf(result),
    redirect_uri: result.redirectUri,
    ...(result.verifier === undefined ? {} : { code_verifier: result.verifier }),
    ...overrides,
  });
}

export function refresh(sandbox: SuperOfficeSandbox, refreshToken: string): Promise<TokenResponse> {
  return tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  id_token: string;
  expires_in: number;
  token_type: string;
}

/** Signs in (default user alice) and exchanges the code: the happy path most tests start from. */
export async function signInForTokens(sandbox: SuperOfficeSandbox, options: SignInOptions = {}): Promise<Tokens> {
  const result = await signIn(sandbox, options);
  const response = await exchangeCode(sandbox, result);
  if (response.status !== 200) throw new Error(`token exchange failed: ${response.status} ${response.text}`);
  const { access_token, refresh_token, id_token, expires_in, token_type } = response.json;
  if (typeof access_token !== 'string' || typeof refresh_token !== 'string' || typeof id_token !== 'string') {
    throw new Error(`incomplete token response: ${response.text}`);
  }
  return { access_token, refresh_token, id_token, expires_in: Number(expires_in), token_type: String(token_type) };
}

export async function revoke(sandbox: SuperOfficeSandbox, token: string, hint?: string): Promise<Response> {
  const body = new URLSearchParams({ token, client_id: sandbox.clientId, client_secret: sandbox.clientSecret });
  if (hint !== undefined) body.set('token_type_hint', hint);
  return fetch(`${sandbox.authority}/login/common/oauth/revoke`, { method: 'POST', body });
}

/** GET currentPrincipal on the tenant's numbered host (or `base` when given). */
export function currentPrincipal(sandbox: SuperOfficeSandbox, accessToken: string | undefined, base?: string): Promise<Response> {
  const root = base ?? sandbox.tenantEndpoint('Cust12345');
  return fetch(`${root}/api/v1/User/currentPrincipal`, {
    headers: { accept: 'application/json', ...(accessToken === undefined ? {} : { authorization: `Bearer ${accessToken}` }) },
  });
}
