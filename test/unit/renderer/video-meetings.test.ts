// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionView } from '../../../preload/contract.js';
import type { ConnectionCard } from '../../../renderer/components/connection-card.js';
import type { VmtApp } from '../../../renderer/components/vmt-app.js';
import { MemoryTrayApi, allViews, providerView } from './support/memory-tray-api.js';
import { alertText, button, buttonNames, inShadow, mountApp, settle, statusText, text } from './support/dom.js';

afterEach(() => {
  document.body.replaceChildren();
});

const videoSection = (app: VmtApp) => inShadow(app, 'section[aria-labelledby="video-heading"]');
const picker = (app: VmtApp) => inShadow(app, 'vmt-provider-picker');
const radios = (app: VmtApp) => [...picker(app).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const radio = (app: VmtApp, id: string) => inShadow<HTMLInputElement>(picker(app), `input[type="radio"][value="${id}"]`);
const videoCard = (app: VmtApp) => videoSection(app).querySelector<ConnectionCard>('vmt-connection-card');
const others = (app: VmtApp) => videoSection(app).querySelector('vmt-other-providers');

/** The accessible name of a radio: the text of its <label for>. */
const radioName = (input: HTMLInputElement) => text((input.getRootNode() as ShadowRoot).querySelector(`label[for="${input.id}"]`));

async function choose(app: VmtApp, id: string): Promise<void> {
  radio(app, id).click();
  await settle(app);
}

describe('popover sections', () => {
  it('has a SuperOffice section with its card, a Video meetings section and Preferences', async () => {
    const app = await mountApp(new MemoryTrayApi(allViews()));
    const root = app.shadowRoot!;
    const headings = [...root.querySelectorAll('section > h2')].map((h) => text(h));
    expect(headings).toEqual(['SuperOffice', 'Video meetings', 'Preferences']);
    const crm = inShadow(app, 'section[aria-labelledby="crm-heading"]');
    expect(crm.querySelectorAll('vmt-connection-card')).toHaveLength(1);
    expect(crm.querySelector<ConnectionCard>('vmt-connection-card')!.connection?.id).toBe('superoffice');
    expect(text(root.getElementById('video-heading'))).toBe('Video meetings');
  });

  it('leaves out the Video meetings section when the core lists no providers', async () => {
    const app = await mountApp(new MemoryTrayApi());
    expect(app.shadowRoot!.querySelector('section[aria-labelledby="video-heading"]')).toBeNull();
  });
});

describe('<vmt-provider-picker>', () => {
  it('is a radio group labelled "Provider for new meetings" listing the five providers with their status', async () => {
    const app = await mountApp(new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true }, teams: { status: 'error' } })));
    const group = inShadow(picker(app), '[role="radiogroup"]');
    const labelId = group.getAttribute('aria-labelledby')!;
    expect(text(picker(app).shadowRoot!.getElementById(labelId))).toBe('Provider for new meetings');

    expect(radios(app).map((input) => input.value)).toEqual(['zoom', 'google', 'teams', 'webex', 'jitsi']);
    expect(radios(app).map((input) => input.name)).toEqual(Array(5).fill('provider'));
    expect(radios(app).map(radioName)).toEqual([
      'Zoom Connected',
      'Google Meet Not connected',
      'Microsoft Teams Problem',
      'Webex Not connected',
      'Jitsi Meet No account needed',
    ]);
    const dots = [...picker(app).shadowRoot!.querySelectorAll('.dot')];
    expect(dots.map((dot) => dot.getAttribute('data-status'))).toEqual(['connected', 'disconnected', 'error', 'disconnected', 'disconnected']);
    expect(radios(app).map((input) => input.checked)).toEqual([true, false, false, false, false]);
  });

  it('lists SuperOffice video meetings as a sixth choice where the tenant offers them', async () => {
    const app = await mountApp(new MemoryTrayApi(allViews({ 'superoffice-video': { status: 'connected', needsAccount: false } })));
    expect(radios(app).map((input) => input.value)).toEqual(['zoom', 'google', 'teams', 'webex', 'jitsi', 'superoffice-video']);
    expect(radios(app).map(radioName).at(-1)).toMatch(/^SuperOffice video meetings/);
  });

  it('choosing a provider calls setActiveProvider and shows its card; the previous one stays signed in', async () => {
    const api = new MemoryTrayApi(
      allViews({ zoom: { status: 'connected', active: true }, google: { status: 'connected' } }),
    );
    const app = await mountApp(api);
    expect(videoCard(app)!.connection?.id).toBe('zoom');

    await choose(app, 'google');
    expect(api.callsOf('setActiveProvider')).toEqual([['google']]);
    expect(api.callsOf('disconnect')).toEqual([]);
    expect(radio(app, 'google').checked).toBe(true);
    expect(radio(app, 'zoom').checked).toBe(false);
    expect(videoCard(app)!.connection?.id).toBe('google');
    expect(text(inShadow(videoCard(app)!, 'h3'))).toBe('Google Meet');
    expect(statusText(videoCard(app)!)).toBe('Logged in as Gina Google and connected to Google');
    // Zoom is not active any more but still signed in.
    expect(text(others(app))).toContain('Zoom');
  });

  it('keeps the choice shown while the core answers, and reverts with the reason when it fails', async () => {
    const api = new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true } }));
    const app = await mountApp(api);
    api.holdNext('setActiveProvider');
    await choose(app, 'webex');
    expect(radio(app, 'webex').checked).toBe(true);
    expect(inShadow(picker(app), '[role="radiogroup"]').getAttribute('aria-busy')).toBe('true');

    api.heldCalls('setActiveProvider')[0]!.release({
      ok: false,
      error: { code: 'provider_unavailable', message: 'Webex is not available right now.', remedy: 'Try again in a minute.' },
    });
    await settle(app);
    expect(radio(app, 'zoom').checked).toBe(true);
    expect(radio(app, 'webex').checked).toBe(false);
    expect(alertText(picker(app))).toBe('Webex is not available right now. Try again in a minute.');
    expect(videoCard(app)!.connection?.id).toBe('zoom');
  });

  it('with no active provider: nothing checked, a hint and no provider card', async () => {
    const app = await mountApp(new MemoryTrayApi(allViews()));
    expect(radios(app).some((input) => input.checked)).toBe(false);
    expect(videoCard(app)).toBeNull();
    expect(text(videoSection(app).querySelector('.hint'))).toBe('Choose the provider to create new meetings with.');
  });

  it('Jitsi Meet is connected as soon as it is chosen, with a test meeting and no passcode', async () => {
    const api = new MemoryTrayApi(allViews());
    const app = await mountApp(api);
    await choose(app, 'jitsi');
    const card = videoCard(app)!;
    expect(statusText(card)).toBe('Connected to Jitsi Meet. Logged in as Alice Andersen and connected to Cust12345');
    expect(card.shadowRoot!.querySelector('vmt-test-meeting')).not.toBeNull();
    expect(card.shadowRoot!.querySelector('vmt-passcode-form')).toBeNull();
    expect(buttonNames(card)).toEqual(['Sign out']);
  });
});

describe('active provider card', () => {
  it('shows state, who is signed in, since when, last successful call and Sign out', async () => {
    const app = await mountApp(new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true } })));
    const card = videoCard(app)!;
    expect(text(inShadow(card, 'h3'))).toBe('Zoom');
    expect(statusText(card)).toBe('Connected to Zoom. Logged in as Zoe Zoom, connected to Cust12345');
    const details = text(inShadow(card, '.details'));
    expect(details).toContain('Signed in as Zoe Zoom (zoe@example.com)');
    expect(details).toContain('Connected since');
    expect(details).toContain('Last successful call 5 minutes ago');
    expect(buttonNames(card)).toEqual(['Sign out']);
  });

  it('a disconnected provider offers Connect (and no test meeting); Connect signs in to that provider', async () => {
    const api = new MemoryTrayApi(allViews({ teams: { active: true } }));
    const app = await mountApp(api);
    const card = videoCard(app)!;
    expect(statusText(card)).toBe('Not connected');
    expect(card.shadowRoot!.querySelector('vmt-test-meeting')).toBeNull();
    button(card, 'Connect').click();
    await settle(app);
    expect(api.callsOf('connect')).toEqual([['teams']]);
    expect(statusText(videoCard(app)!)).toBe('Connected to Teams. Logged in as Adele Vance, connected to Cust12345');
    expect(videoCard(app)!.shadowRoot!.querySelector('vmt-test-meeting')).not.toBeNull();
  });

  it('needs-reauth: Sign in again, with the account named', async () => {
    const app = await mountApp(new MemoryTrayApi(allViews({ webex: { status: 'needs-reauth', active: true } })));
    const card = videoCard(app)!;
    expect(buttonNames(card)).toEqual(['Sign out', 'Sign in again']);
    expect(text(inShadow(card, '.details'))).toContain('Signed in as Wendy Webex');
  });
});

describe('<vmt-other-providers>', () => {
  const signedIn = () =>
    allViews({
      zoom: { status: 'connected', active: true },
      google: { status: 'connected' },
      webex: { status: 'needs-reauth' },
      teams: { status: 'disconnected' },
    });

  it('lists the other providers that are still signed in, each with Sign out', async () => {
    const app = await mountApp(new MemoryTrayApi(signedIn()));
    const list = others(app)!;
    expect(text(inShadow(list, 'h3'))).toBe('Also signed in');
    const rows = [...list.shadowRoot!.querySelectorAll('li')];
    expect(rows.map((row) => row.getAttribute('data-provider'))).toEqual(['google', 'webex']);
    expect(text(rows[0])).toBe('Google Meet — Gina Google Sign out');
    const signOut = rows[0]!.querySelector('button')!;
    expect(signOut.getAttribute('aria-label')).toBe('Sign out of Google Meet');
    expect(buttonNames(list)).toEqual(['Sign out', 'Sign out']);
  });

  it('Sign out disconnects that provider only and drops it from the list', async () => {
    const api = new MemoryTrayApi(signedIn());
    const app = await mountApp(api);
    api.holdNext('disconnect');
    others(app)!.shadowRoot!.querySelector<HTMLButtonElement>('li[data-provider="google"] button')!.click();
    await settle(app);
    const pending = others(app)!.shadowRoot!.querySelector<HTMLButtonElement>('li[data-provider="google"] button')!;
    expect(text(pending)).toBe('Signing out…');
    expect(pending.getAttribute('aria-disabled')).toBe('true');

    api.heldCalls('disconnect')[0]!.release();
    await settle(app);
    expect(api.callsOf('disconnect')).toEqual([['google']]);
    expect([...others(app)!.shadowRoot!.querySelectorAll('li')].map((row) => row.getAttribute('data-provider'))).toEqual(['webex']);
    expect(videoCard(app)!.connection?.id).toBe('zoom');
    expect(videoCard(app)!.connection?.status).toBe('connected');
  });

  it('shows why a sign-out failed', async () => {
    const api = new MemoryTrayApi(signedIn());
    const app = await mountApp(api);
    api.failNext('disconnect', { code: 'keychain_locked', message: 'The keychain is locked.', remedy: 'Unlock it, then try again.' });
    button(others(app)!, 'Sign out').click();
    await settle(app);
    expect(alertText(others(app)!)).toBe('The keychain is locked. Unlock it, then try again.');
  });

  it('is left out when no other provider is signed in (Jitsi Meet has no sign-in to list)', async () => {
    const views = allViews({ zoom: { status: 'connected', active: true } }).map(
      (view): ConnectionView => (view.id === 'jitsi' ? providerView('jitsi', 'connected') : view),
    );
    const app = await mountApp(new MemoryTrayApi(views));
    expect(others(app)).toBeNull();
  });

  it('an open sign-in of another provider can be cancelled', async () => {
    const api = new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true }, teams: { status: 'connecting' } }));
    const app = await mountApp(api);
    const row = others(app)!.shadowRoot!.querySelector('li[data-provider="teams"]')!;
    expect(text(row)).toBe('Microsoft Teams — signing in… Cancel');
    row.querySelector('button')!.click();
    await settle(app);
    expect(api.callsOf('cancelConnect')).toEqual([['teams']]);
    expect(others(app)).toBeNull();
  });
});

describe('untrusted provider text', () => {
  const hostile = '<img src=x onerror=alert(1)>\u202Egnp.exe';

  it('renders hostile titles, names and status text as text in the picker, the card and the list', async () => {
    const api = new MemoryTrayApi(
      allViews({
        zoom: { status: 'connected', active: true, title: hostile, statusText: hostile, account: { displayName: hostile } },
        google: { status: 'connected', title: hostile, account: { displayName: hostile } },
      }),
    );
    const app = await mountApp(api);
    for (const host of [picker(app), videoCard(app)!, others(app)!]) {
      expect(host.shadowRoot!.querySelector('img')).toBeNull();
      expect(host.shadowRoot!.textContent).toContain(hostile);
    }
    expect(inShadow(picker(app), 'label[data-provider="zoom"] bdi').textContent).toBe(hostile);
    expect(inShadow(videoCard(app)!, '[role="status"] bdi').textContent).toBe(hostile);
  });
});
