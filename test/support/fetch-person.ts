import type { UrlOpener } from '../../main/ports/url-opener.js';
import { Browser, type Landing } from '../sandbox/support/browser.js';
import { formWithButton } from '../sandbox/support/html-forms.js';

/**
 * Stands in for the person at the system browser: when the app opens a sign-in URL, it fills the
 * sandbox's real login and approval forms over HTTP and delivers the redirect to the app's loopback
 * receiver, as a browser would. `decision` lets a test decline instead.
 */
export class FetchPerson implements UrlOpener {
  readonly opened: string[] = [];
  /** Settles when the last walk through the pages is over (with the loopback answer's status). */
  walk: Promise<number> = Promise.resolve(0);

  /** Lets a test alter the redirect before it reaches the app (a mix-up or tampering attack). */
  tamper: ((callback: URL) => void) | undefined;

  constructor(
    private readonly authority: string,
    private readonly user = { username: 'alice@example.com', password: 'sandbox' },
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
    const browser = new Browser(this.authority);
    let landing: Landing = await browser.navigate(url);
    for (let step = 0; step < 5 && landing.kind === 'page'; step++) {
      const login = formWithButton(landing.html, 'Log in');
      const approve = formWithButton(landing.html, this.decision === 'approve' ? 'I approve' : 'Cancel');
      if (login) landing = await browser.submit(landing.url, login.action, { ...login.inputs, ...this.user });
      else if (approve) landing = await browser.submit(landing.url, approve.action, approve.inputs);
      else throw new Error(`unexpected sandbox page (${landing.status})`);
    }
    if (landing.kind !== 'callback') throw new Error('the sign-in did not reach the app');
    this.tamper?.(landing.url);
    const answer = await fetch(landing.url, { redirect: 'manual' });
    return answer.status;
  }
}
