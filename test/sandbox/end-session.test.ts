import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../main/sandbox/server.js';
import { parseForms } from './support/html-forms.js';
import { signIn } from './support/oauth.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

describe('end session (single sign-out)', () => {
  it('asks for confirmation, ends the SuperID session, and the next sign-in shows the login page again', async () => {
    const so = sandbox.superoffice;
    const first = await signIn(so, { username: 'alice@example.com' });
    expect(first.landing.kind).toBe('callback');
    const { browser } = first;

    const page = await browser.navigate(`${so.authority}/login/common/oauth/logout`);
    expect(page.kind).toBe('page');
    if (page.kind !== 'page') return;
    expect(page.html).toContain('SuperOffice SANDBOX');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const [form] = parseForms(page.html);
    expect(form?.method).toBe('post');
    expect(form?.inputs.xsrf).toBeTruthy();
    expect(page.html).toContain('form="op.logoutForm"');

    const done = await browser.submit(page.url, form?.action ?? '', { ...form?.inputs, logout: 'yes' });
    expect(done.kind).toBe('page');
    expect(done.kind === 'page' ? done.html : '').toContain('You are logged out');

    const again = await signIn(so, { browser, username: 'alice@example.com' });
    expect(again.pages).toEqual(['login']);
  });
});
