import { CookieJar } from './cookie-jar.js';

/** Where a navigation ended: an HTML page on the sandbox, or a redirect to the app's loopback listener. */
export type Landing =
  | { kind: 'page'; url: URL; status: number; html: string; headers: Headers }
  | { kind: 'callback'; url: URL; from: URL };

/**
 * A tiny fetch-based browser: keeps cookies, follows redirects by hand, and stops at the first redirect
 * that leaves the sandbox's authority origin (the app's loopback redirect URI; nothing listens there).
 */
export class Browser {
  readonly jar: CookieJar;
  readonly #authority: string;

  constructor(authority: string, jar = new CookieJar()) {
    this.#authority = new URL(authority).origin;
    this.jar = jar;
  }

  async navigate(url: URL | string, init: { method?: string; form?: URLSearchParams } = {}): Promise<Landing> {
    let current = new URL(url);
    let method = init.method ?? 'GET';
    let body: URLSearchParams | undefined = init.form;
    for (let hop = 0; hop < 20; hop++) {
      const headers = new Headers({ accept: 'text/html' });
      const cookie = this.jar.header(current);
      if (cookie !== '') headers.set('cookie', cookie);
      if (body !== undefined) headers.set('content-type', 'application/x-www-form-urlencoded');
      const response = await fetch(current, { method, headers, redirect: 'manual', ...(body === undefined ? {} : { body: body.toString() }) });
      this.jar.store(current, response.headers.getSetCookie());
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.arrayBuffer();
        const next = new URL(location, current);
        if (next.origin !== this.#authority) return { kind: 'callback', url: next, from: current };
        current = next;
        if (response.status !== 307 && response.status !== 308) {
          method = 'GET';
          body = undefined;
        }
        continue;
      }
      return { kind: 'page', url: current, status: response.status, html: await response.text(), headers: response.headers };
    }
    throw new Error('too many redirects');
  }

  /** Submits a parsed form (its inputs merged with `fields`) relative to the page it came from. */
  submit(page: URL, action: string, fields: Record<string, string>): Promise<Landing> {
    return this.navigate(new URL(action, page), { method: 'POST', form: new URLSearchParams(fields) });
  }
}
