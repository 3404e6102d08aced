import type { UrlOpener } from '../../main/ports/url-opener.js';
import { CookieJar } from '../sandbox/support/cookie-jar.js';
import { formWithButton } from '../sandbox/support/html-forms.js';

type Landing = { kind: 'page'; url: URL; status: number; html: string } | { kind: 'callback'; url: URL };

/** Follows redirects with a cookie jar across the provider's hosts, stopping at the app's redirect URI. */
class WalkingBrowser {
  private readonly jar = new CookieJar();
  constructor(private readonly redirectOrigin: string) {}

  async navigate(start: URL, init: { method?: string; form?: URLSearchParams } = {}): Promise<Landing> {
    let url = start;
    let method = init.method ?? 'GET';
    let body = init.form;
    for (let hop = 0; hop < 20; hop++) {
      if (url.origin === this.redirectOrigin) return { kind: 'callback', url };
      const headers = new Headers({ accept: 'text/html' });
      const cookie = this.jar.header(url);
      if (cookie) headers.set('cookie', cookie);
      if (body) headers.set('content-type', 'application/x-www-form-urlencoded');
      const response = await fetch(url, { method, headers, redirect: 'manual', ...(body ? { body: body.toString() } : {}) });
      this.jar.store(url, response.headers.getSetCookie());
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

  submit(page: URL, action: string, fields: Record<string, string>): Promise<Landing> {
    return this.navigate(new URL(action, page), { method: 'POST', form: new URLSearchParams(fields) });
  }
}

export interface Credentials {
  username: string;
  password: string;
}

/**
 * Stands in for the person at the system browser: when the app opens a sign-in URL, it fills the
 * sandbox's real login and consent forms over HTTP (SuperOffice: "Log in" / "I approve"; providers:
 * "Sign in" / "Allow") and delivers the redirect to the app's loopback receiver, as a browser would.
 */
export class FetchPerson implements UrlOpener {
  readonly opened: string[] = [];
  /** Settles when the last walk through the pages is over (with the loopback answer's status). */
  walk: Promise<number> = Promise.resolve(0);
  /** Lets a test alter the redirect before it reaches the app (a mix-up or tampering attack). */
  tamper: ((callback: URL) => void) | undefined;
  /** Extra form fields for the consent page (e.g. unticking a scope). */
  consentFields: ((fields: Record<string, string>) => Record<string, string>) | undefined;

  constructor(
    public user: Credentials = { username: 'alice@example.com', password: 'sandbox' },
    public decision: 'approve' | 'cancel' | 'ignore' = 'approve',
  ) {}

  async open(url: string): Promise<boolean> {
    this.opened.push(url);
    if (this.decision !== 'ignore') {
      this.walk = this.signIn(url);
      // Tests that care await `walk`; one that fails unobserved (the app gave up first) is not an error.
      this.walk.catch(() => undefined);
    }
    return true;
  }

  private async signIn(url: string): Promise<number> {
    if (new URL(url).pathname.includes('/video-meetings/authorise')) return this.authoriseVideoMeetings(url);
    const redirectUri = new URL(url).searchParams.get('redirect_uri');
    if (!redirectUri) throw new Error('the sign-in URL has no redirect_uri');
    const browser = new WalkingBrowser(new URL(redirectUri).origin);
    let landing: Landing = await browser.navigate(new URL(url));
    for (let step = 0; step < 6 && landing.kind === 'page'; step++) {
      const superOfficeLogin = formWithButton(landing.html, 'Log in');
      const providerLogin = formWithButton(landing.html, 'Sign in');
      // A page with no way to approve (e.g. "Need admin approval") only lets the person go back to the app.
      const consent =
        (this.decision === 'approve'
          ? (formWithButton(landing.html, 'I approve') ?? formWithButton(landing.html, 'Allow'))
          : (formWithButton(landing.html, 'Cancel') ?? formWithButton(landing.html, 'Deny'))) ?? formWithButton(landing.html, 'Back to app');
      if (superOfficeLogin) {
        landing = await browser.submit(landing.url, superOfficeLogin.action, { ...superOfficeLogin.inputs, username: this.user.username, password: this.user.password });
      } else if (providerLogin) {
        landing = await browser.submit(landing.url, providerLogin.action, { ...providerLogin.inputs, email: this.user.username, password: this.user.password });
      } else if (consent) {
        const fields = this.decision === 'approve' ? (this.consentFields?.(consent.inputs) ?? consent.inputs) : consent.inputs;
        landing = await browser.submit(landing.url, consent.action, fields);
      } else {
        throw new Error(`unexpected sandbox page (${landing.status}) at ${landing.url.pathname}`);
      }
    }
    if (landing.kind !== 'callback') throw new Error('the sign-in did not reach the app');
    this.tamper?.(landing.url);
    const answer = await fetch(landing.url, { redirect: 'manual' });
    return answer.status;
  }

  /** SuperOffice's LoginUrl for its own video meetings: one page, "Authorise" or "Cancel", no redirect back. */
  private async authoriseVideoMeetings(url: string): Promise<number> {
    const browser = new WalkingBrowser('http://no-callback.invalid');
    const landing = await browser.navigate(new URL(url));
    if (landing.kind !== 'page') throw new Error('the authorise page redirected');
    const form = formWithButton(landing.html, this.decision === 'approve' ? 'Authorise' : 'Cancel');
    if (!form) throw new Error(`unexpected sandbox page (${landing.status}) at ${landing.url.pathname}`);
    const done = await browser.submit(landing.url, form.action, form.inputs);
    return done.kind === 'page' ? done.status : 0;
  }
}
