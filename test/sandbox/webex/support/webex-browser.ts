import { Browser, type Landing } from '../../support/browser.js';
import { CookieJar } from '../../support/cookie-jar.js';

/**
 * The shared fetch-walker across Webex's two hosts: webexapis.com (/v1/authorize) redirects to the
 * identity broker; both are "inside" the sandbox, so the walk continues until a redirect leaves both
 * (the app's loopback redirect URI) or a page is reached. One cookie jar for both hosts.
 */
export class WebexBrowser {
  readonly jar = new CookieJar();
  readonly #browsers = new Map<string, Browser>();

  constructor(origins: ReadonlyArray<string>) {
    for (const origin of origins) this.#browsers.set(new URL(origin).origin, new Browser(origin, this.jar));
  }

  async navigate(url: URL | string, init: { method?: string; form?: URLSearchParams } = {}): Promise<Landing> {
    let target = new URL(url);
    let request = init;
    for (let hop = 0; hop < 10; hop++) {
      const browser = this.#browsers.get(target.origin);
      if (browser === undefined) throw new Error(`not a sandbox origin: ${target.origin}`);
      const landing = await browser.navigate(target, request);
      if (landing.kind === 'callback' && this.#browsers.has(landing.url.origin)) {
        target = landing.url;
        request = {};
        continue;
      }
      return landing;
    }
    throw new Error('too many cross-host redirects');
  }

  submit(page: URL, action: string, fields: Record<string, string>): Promise<Landing> {
    return this.navigate(new URL(action, page), { method: 'POST', form: new URLSearchParams(fields) });
  }
}
