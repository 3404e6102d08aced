import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../main/sandbox/server.js';
import { Browser } from './support/browser.js';
import { formWithButton, parseForms } from './support/html-forms.js';
import { authorizeUrl, exchangeCode, randomVerifier, s256, signIn } from './support/oauth.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

async function openLoginPage(params: Record<string, string> = {}) {
  const so = sandbox.superoffice;
  const browser = new Browser(so.authority);
  const verifier = randomVerifier();
  const landing = await browser.navigate(authorizeUrl(so, { code_challenge: s256(verifier), code_challenge_method: 'S256', ...params }));
  if (landing.kind !== 'page') throw new Error('expected the login page');
  return { browser, landing };
}

describe('login page', () => {
  it('is a real HTML form with labelled username and password inputs and a "Log in" button', async () => {
    const { landing } = await openLoginPage();
    expect(landing.status).toBe(200);
    expect(landing.url.pathname).toMatch(/^\/login\/interaction\/[\w-]+$/);
    expect(landing.headers.get('content-type')).toContain('text/html');
    const form = formWithButton(landing.html, 'Log in');
    expect(form).toBeDefined();
    expect(form?.method).toBe('post');
    expect(form?.action).toBe(`${landing.url.pathname}/login`);
    expect(Object.keys(form?.inputs ?? {}).sort()).toEqual(['password', 'username']);
    expect(landing.html).toMatch(/<label for="username">[^<]+<\/label>/);
    expect(landing.html).toMatch(/<label for="password">[^<]+<\/label>/);
    expect(landing.html).toContain('id="username" name="username"');
    expect(landing.html).toContain('type="password" id="password" name="password"');
  });

  it('says it is the SuperOffice SANDBOX and lists the users and the password', async () => {
    const { landing } = await openLoginPage();
    expect(landing.html).toContain('SuperOffice SANDBOX');
    for (const user of sandbox.superoffice.users) {
      expect(landing.html).toContain(user.username);
      expect(landing.html).toContain(user.fullName);
    }
    expect(landing.html).toContain('<code>sandbox</code>');
  });

  it('sends a strict CSP without scripts and no-store', async () => {
    const { landing } = await openLoginPage();
    const csp = landing.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self' http://127.0.0.1:*");
    expect(csp).not.toContain('script-src');
    expect(landing.html).not.toMatch(/<script/i);
    expect(landing.headers.get('cache-control')).toBe('no-store');
  });

  it('prefills login_hint, escaped', async () => {
    const { landing } = await openLoginPage({ login_hint: '"><script>alert(1)</script>' });
    expect(landing.html).not.toContain('<script>alert(1)</script>');
    expect(landing.html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('re-shows the form with an error after a wrong password, keeping the user name', async () => {
    const { browser, landing } = await openLoginPage();
    const form = formWithButton(landing.html, 'Log in');
    const again = await browser.submit(landing.url, form?.action ?? '', { username: 'alice@example.com', password: 'wrong' });
    expect(again.kind).toBe('page');
    if (again.kind !== 'page') return;
    expect(again.status).toBe(200);
    expect(again.html).toContain('role="alert"');
    expect(again.html).toContain('The user name or password is incorrect.');
    expect(again.html).toContain('value="alice@example.com"');
    // and the right password still works afterwards
    const retry = await browser.submit(again.url, formWithButton(again.html, 'Log in')?.action ?? '', {
      username: 'alice@example.com',
      password: 'sandbox',
    });
    expect(retry.kind === 'page' && formWithButton(retry.html, 'I approve') !== undefined).toBe(true);
  });

  it('rejects unknown users the same way', async () => {
    const result = await signIn(sandbox.superoffice, { username: 'mallory@example.com' });
    expect(result.landing.kind).toBe('page');
    expect(result.landing.kind === 'page' ? result.landing.html : '').toContain('The user name or password is incorrect.');
  });

  it('accepts the user name in any letter case', async () => {
    const result = await signIn(sandbox.superoffice, { username: 'BOB@Example.com' });
    expect(result.landing.kind).toBe('callback');
  });

  it('refuses form posts from a browser without the interaction cookie', async () => {
    const { landing } = await openLoginPage();
    const form = formWithButton(landing.html, 'Log in');
    const stranger = new Browser(sandbox.superoffice.authority);
    const result = await stranger.submit(landing.url, form?.action ?? '', { username: 'alice@example.com', password: 'sandbox' });
    expect(result.kind).toBe('page');
    expect(result.kind === 'page' ? result.status : 0).toBe(400);
  });
});

describe('app approval page', () => {
  it('offers "I approve" and "Cancel" after the first login, naming the user and tenant', async () => {
    const so = sandbox.superoffice;
    const { browser, landing } = await openLoginPage();
    const page = await browser.submit(landing.url, formWithButton(landing.html, 'Log in')?.action ?? '', {
      username: 'admin@example.com',
      password: 'sandbox',
    });
    expect(page.kind).toBe('page');
    if (page.kind !== 'page') return;
    const forms = parseForms(page.html);
    expect(forms.map((form) => form.buttons)).toEqual([['I approve'], ['Cancel']]);
    expect(page.html).toContain('Ada Admin');
    expect(page.html).toContain('Cust12345');
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self' http://127.0.0.1:*");
    expect(so.clientId).toBe('sandbox-video-meetings-tray');
  });

  it('Cancel redirects to the app with error=access_denied and the state', async () => {
    await sandbox.superoffice.revokeAllGrants('bob@example.com');
    const result = await signIn(sandbox.superoffice, { username: 'bob@example.com', approval: 'cancel' });
    expect(result.pages).toEqual(['login', 'approval']);
    expect(result.landing.kind).toBe('callback');
    if (result.landing.kind !== 'callback') return;
    const params = result.landing.url.searchParams;
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('error_description')).toBeTruthy();
    expect(params.get('state')).toBe(result.state);
    expect(params.has('code')).toBe(false);
  });
});

describe('remembered approval and SuperID session', () => {
  it('skips the approval page on the next sign-in, even from a fresh browser', async () => {
    const so = sandbox.superoffice;
    const first = await signIn(so, { username: 'alice@example.com' });
    expect(first.pages).toEqual(['login', 'approval']);
    const second = await signIn(so, { username: 'alice@example.com' });
    expect(second.pages).toEqual(['login']);
    expect((await exchangeCode(so, second)).status).toBe(200);
  });

  it('signs in silently in the same browser (session + approval)', async () => {
    const so = sandbox.superoffice;
    const first = await signIn(so, { username: 'alice@example.com' });
    const again = await signIn(so, { browser: first.browser });
    expect(again.pages).toEqual([]);
    expect(again.landing.kind).toBe('callback');
    expect((await exchangeCode(so, again)).status).toBe(200);
  });

  it('shows the login page again with prompt=login', async () => {
    const so = sandbox.superoffice;
    const first = await signIn(so, { username: 'alice@example.com' });
    const again = await signIn(so, { browser: first.browser, username: 'alice@example.com', params: { prompt: 'login' } });
    expect(again.pages).toEqual(['login']);
    expect(again.landing.kind).toBe('callback');
  });
});
