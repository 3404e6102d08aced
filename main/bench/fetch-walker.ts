import type { UrlOpener } from '../ports/url-opener.js';

/**
 * The person at the browser, played over HTTP (fetch) for the benchmarks: follows redirects with a cookie
 * jar, fills the sandbox's SuperOffice login form ("Log in") and approves the app ("I approve"), then
 * delivers the redirect to the app's loopback receiver, as a browser would. A minimal copy of the tests'
 * walker (test/support/fetch-person.ts): product code (main/) does not import test/.
 */

interface StoredCookie {
  name: string;
  value: string;
  path: string;
  origin: string;
}

class CookieJar {
  readonly #cookies = new Map<string, StoredCookie>();

  store(url: URL, setCookieHeaders: ReadonlyArray<string>): void {
    for (const header of setCookieHeaders) {
      const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      let path = '/';
      let expired = false;
      for (const attribute of attributes) {
        const [key = '', value = ''] = attribute.split('=');
        const lower = key.toLowerCase();
        if (lower === 'path') path = value;
        if (lower === 'max-age' && Number(value) <= 0) expired = true;
        if (lower === 'expires' && Date.parse(value) <= Date.now()) expired = true;
      }
      const name = pair.slice(0, eq);
      const key = `${url.origin} ${path} ${name}`;
      if (expired) this.#cookies.delete(key);
      else this.#cookies.set(key, { name, value: pair.slice(eq + 1), path, origin: url.origin });
    }
  }

  header(url: URL): string {
    return [...this.#cookies.values()]
      .filter((cookie) => cookie.origin === url.origin && (url.pathname === cookie.path || url.pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`)))
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }
}

interface ParsedForm {
  action: string;
  inputs: Record<string, string>;
  buttons: string[];
}

const decode = (value: string): string =>
  value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-zA-Z_:.-]+)(?:\s*=\s*"([^"]*)")?/g)) {
    if (match[1] !== undefined) result[match[1].toLowerCase()] = decode(match[2] ?? '');
  }
  return result;
}

/** The form of the page that has a button with this text (parsed just well enough for the sandbox's markup). */
function formWithButton(html: string, text: string): ParsedForm | undefined {
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const body = match[2] ?? '';
    const buttons = [...body.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/gi)].map((button) => decode((button[1] ?? '').trim()));
    if (!buttons.includes(text)) continue;
    const inputs: Record<string, string> = {};
    for (const input of body.matchAll(/<input\b([^>]*)>/gi)) {
      const attrs = attributes(input[1] ?? '');
      if (attrs.name !== undefined) inputs[attrs.name] = attrs.value ?? '';
    }
    return { action: attributes(match[1] ?? '').action ?? '', inputs, buttons };
  }
  return undefined;
}

type Landing = { kind: 'page'; url: URL; status: number; html: string } | { kind: 'callback'; url: URL };

async function navigate(jar: CookieJar, redirectOrigin: string, start: URL, form?: URLSearchParams): Promise<Landing> {
  let url = start;
  let method = form ? 'POST' : 'GET';
  let body = form;
  for (let hop = 0; hop < 20; hop++) {
    if (url.origin === redirectOrigin) return { kind: 'callback', url };
    const headers = new Headers({ accept: 'text/html' });
    const cookie = jar.header(url);
    if (cookie) headers.set('cookie', cookie);
    if (body) headers.set('content-type', 'application/x-www-form-urlencoded');
    const response = await fetch(url, { method, headers, redirect: 'manual', ...(body ? { body: body.toString() } : {}) });
    jar.store(url, response.headers.getSetCookie());
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.arrayBuffer();
      url = new URL(location, url);
      if (response.status !== 307 && response.status !== 308) {
        method = 'GET';
        body = undefined;
      }
      continue;
    }
    return { kind: 'page', url, status: response.status, html: await response.text() };
  }
  throw new Error('too many redirects');
}

/** One walk through the sign-in pages, timed: the person's part ends when the redirect is sent to the app. */
export interface Walk {
  /** performance.now() when the app asked to open the sign-in page. */
  openedAt: number;
  /** performance.now() when the browser sent the redirect to the app's loopback receiver. */
  callbackAt: number;
  /** The loopback receiver's answer. */
  status: number;
}

/** A UrlOpener that signs in on the sandbox's SuperOffice pages over HTTP. */
export class FetchWalker implements UrlOpener {
  readonly walks: Walk[] = [];
  last: Promise<Walk> | undefined;

  constructor(private readonly user = { username: 'alice@example.com', password: 'sandbox' }) {}

  async open(url: string): Promise<boolean> {
    const openedAt = performance.now();
    this.last = this.walk(url, openedAt);
    this.last.catch(() => undefined);
    return true;
  }

  private async walk(url: string, openedAt: number): Promise<Walk> {
    const redirectUri = new URL(url).searchParams.get('redirect_uri');
    if (!redirectUri) throw new Error('the sign-in URL has no redirect_uri');
    const jar = new CookieJar();
    const origin = new URL(redirectUri).origin;
    let landing = await navigate(jar, origin, new URL(url));
    for (let step = 0; step < 6 && landing.kind === 'page'; step++) {
      const login = formWithButton(landing.html, 'Log in');
      const consent = formWithButton(landing.html, 'I approve');
      const form = login ? { ...login, inputs: { ...login.inputs, username: this.user.username, password: this.user.password } } : consent;
      if (!form) throw new Error(`unexpected sandbox page (${landing.status}) at ${landing.url.pathname}`);
      landing = await navigate(jar, origin, new URL(form.action, landing.url), new URLSearchParams(form.inputs));
    }
    if (landing.kind !== 'callback') throw new Error('the sign-in did not reach the app');
    const callbackAt = performance.now();
    const answer = await fetch(landing.url, { redirect: 'manual' });
    await answer.arrayBuffer();
    const walk = { openedAt, callbackAt, status: answer.status };
    this.walks.push(walk);
    return walk;
  }
}
