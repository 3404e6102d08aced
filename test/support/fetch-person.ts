import type { UrlOpener } from '../../main/ports/url-opener.js';
import { Browser, type Landing } from '../sandbox/support/browser.js';
import { formWithButton } from '../sandbox/support/html-forms.js';

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
    const browser = new Browser(new URL(url).origin);
    let landing: Landing = await browser.navigate(url);
    for (let step = 0; step < 6 && landing.kind === 'page'; step++) {
      const superOfficeLogin = formWithButton(landing.html, 'Log in');
      const providerLogin = formWithButton(landing.html, 'Sign in');
      const consent =
        this.decision === 'approve'
          ? (formWithButton(landing.html, 'I approve') ?? formWithButton(landing.html, 'Allow'))
          : (formWithButton(landing.html, 'Cancel') ?? formWithButton(landing.html, 'Deny'));
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
}
