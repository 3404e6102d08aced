import { createHash, randomBytes } from 'node:crypto';
import type { MicrosoftSandbox } from '../../../../main/sandbox/microsoft/index.js';
import { Browser, type Landing } from '../../support/browser.js';
import { parseForms, type ParsedForm } from '../../support/html-forms.js';

export const SCOPES = 'openid profile offline_access User.Read OnlineMeetings.ReadWrite Calendars.ReadWrite';

export function randomVerifier(): string {
  return randomBytes(32).toString('base64url');
}

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** The app's redirect URI: 127.0.0.1, a random port, /teams/callback. */
export function loopbackRedirect(host = '127.0.0.1', path = '/teams/callback'): string {
  return `http://${host}:${40_000 + Math.floor(Math.random() * 20_000)}${path}`;
}

export function authorizeUrl(ms: MicrosoftSandbox, params: Record<string, string | undefined>, tenant?: string): URL {
  const d = ms.describe();
  const url = new URL(`${d.authority}/${tenant ?? d.tenant}/oauth2/v2.0/authorize`);
  const defaults: Record<string, string | undefined> = {
    client_id: d.clientId,
    response_type: 'code',
    response_mode: 'query',
    scope: SCOPES,
    redirect_uri: loopbackRedirect(),
    state: randomBytes(8).toString('hex'),
  };
  for (const [key, value] of Object.entries({ ...defaults, ...params })) if (value !== undefined) url.searchParams.set(key, value);
  return url;
}

export type PageKind = 'login' | 'consent' | 'admin-approval';

export interface SignInOptions {
  browser?: Browser;
  username?: string;
  password?: string;
  /** What to do on the consent page (default allow). */
  consent?: 'allow' | 'deny' | 'allow-for-org';
  /** Authorization parameters; undefined removes a default. Without code_challenge, S256 PKCE is added. */
  params?: Record<string, string | undefined>;
  noPkce?: boolean;
  tenant?: string;
}

export interface SignInResult {
  browser: Browser;
  landing: Landing;
  pages: PageKind[];
  verifier: string | undefined;
  redirectUri: string;
  state: string;
}

/** Which sign-in page this is, with the form to submit. */
export function classify(html: string): { kind: PageKind; forms: ParsedForm[] } | undefined {
  const forms = parseForms(html);
  if (forms.some((form) => 'email' in form.inputs && 'password' in form.inputs && form.buttons.includes('Sign in'))) return { kind: 'login', forms };
  if (forms.some((form) => form.buttons.includes('Allow')) && forms.some((form) => form.buttons.includes('Deny'))) return { kind: 'consent', forms };
  if (forms.some((form) => form.buttons.includes('Back to app'))) return { kind: 'admin-approval', forms };
  return undefined;
}

function formWith(forms: ParsedForm[], button: string): ParsedForm {
  const form = forms.find((candidate) => candidate.buttons.includes(button));
  if (form === undefined) throw new Error(`no form with button ${button}`);
  return form;
}

/** Walks the sign-in like a person: authorize → Sign in → Permissions requested / Need admin approval → loopback redirect. */
export async function signIn(ms: MicrosoftSandbox, options: SignInOptions = {}): Promise<SignInResult> {
  const browser = options.browser ?? new Browser(ms.describe().authority);
  const params: Record<string, string | undefined> = { ...options.params };
  let verifier: string | undefined;
  if (!options.noPkce && !('code_challenge' in params)) {
    verifier = randomVerifier();
    params.code_challenge = s256(verifier);
    params.code_challenge_method = 'S256';
  }
  const url = authorizeUrl(ms, params, options.tenant);
  const pages: PageKind[] = [];
  let landing = await browser.navigate(url);
  while (landing.kind === 'page' && pages.length < 6) {
    const page = classify(landing.html);
    if (page === undefined) break;
    if (page.kind === 'login') {
      if (pages.includes('login')) break;
      pages.push('login');
      const form = formWith(page.forms, 'Sign in');
      landing = await browser.submit(landing.url, form.action, {
        ...form.inputs,
        email: options.username ?? 'megan@contoso.example',
        password: options.password ?? 'sandbox',
      });
    } else if (page.kind === 'consent') {
      pages.push('consent');
      const choice = options.consent ?? 'allow';
      const form = formWith(page.forms, choice === 'deny' ? 'Deny' : 'Allow');
      const inputs = { ...form.inputs };
      if (choice !== 'allow-for-org') delete inputs.consentOnBehalfOfOrg;
      landing = await browser.submit(landing.url, form.action, inputs);
    } else {
      pages.push('admin-approval');
      const form = formWith(page.forms, 'Back to app');
      landing = await browser.submit(landing.url, form.action, form.inputs);
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
    // malformed bodies are part of some tests
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** POSTs a form to the token endpoint as a public client (client_id in the body, no secret). */
export async function tokenRequest(ms: MicrosoftSandbox, params: Record<string, string>, init: { headers?: Record<string, string>; tenant?: string } = {}): Promise<JsonResponse> {
  const d = ms.describe();
  const body = new URLSearchParams({ client_id: d.clientId, ...params });
  const response = await fetch(`${d.authority}/${init.tenant ?? d.tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...init.headers },
    body,
  });
  return asJson(response);
}

export function redeem(ms: MicrosoftSandbox, result: SignInResult, overrides: Record<string, string> = {}): Promise<JsonResponse> {
  return tokenRequest(ms, {
    grant_type: 'authorization_code',
    code: codeOf(result),
    redirect_uri: result.redirectUri,
    ...(result.verifier === undefined ? {} : { code_verifier: result.verifier }),
    ...overrides,
  });
}

export function refresh(ms: MicrosoftSandbox, refreshToken: string, extra: Record<string, string> = {}): Promise<JsonResponse> {
  return tokenRequest(ms, { grant_type: 'refresh_token', refresh_token: refreshToken, ...extra });
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  id_token: string;
}

/** Signs in (default megan) and redeems the code. */
export async function signInForTokens(ms: MicrosoftSandbox, options: SignInOptions = {}): Promise<Tokens & { result: SignInResult }> {
  const result = await signIn(ms, options);
  const response = await redeem(ms, result);
  if (response.status !== 200) throw new Error(`token exchange failed: ${response.status} ${response.text}`);
  const { access_token, refresh_token, id_token } = response.json;
  return { access_token: String(access_token), refresh_token: String(refresh_token), id_token: String(id_token), result };
}

/** Calls Graph below graphBase (e.g. '/me'). */
export async function graph(
  ms: MicrosoftSandbox,
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const response = await fetch(`${ms.describe().graphBase}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return asJson(response);
}

/** The error object of a Graph error body. */
export function graphError(response: JsonResponse): { code?: string; message?: string; innerError?: Record<string, unknown> } {
  return (response.json.error ?? {}) as { code?: string; message?: string; innerError?: Record<string, unknown> };
}
