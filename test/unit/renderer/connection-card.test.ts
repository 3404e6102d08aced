// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionView } from '../../../preload/contract.js';
import { MemoryTrayApi, superOfficeView } from './support/memory-tray-api.js';
import { alertText, button, buttonNames, card, mountApp, settle, statusText, text } from './support/dom.js';

afterEach(() => {
  document.body.replaceChildren();
});

async function mountCard(view: ConnectionView, api = new MemoryTrayApi([view])) {
  const app = await mountApp(api);
  return { api, app, card: () => card(app) };
}

describe('<vmt-connection-card> states', () => {
  it('disconnected: "Not connected" and a Connect button', async () => {
    const { card } = await mountCard(superOfficeView('disconnected'));
    expect(text(card().shadowRoot!.querySelector('h3'))).toBe('SuperOffice CRM Online');
    expect(statusText(card())).toBe('Not connected');
    expect(buttonNames(card())).toEqual(['Connect']);
    expect(card().shadowRoot!.querySelector('.dot')!.getAttribute('data-status')).toBe('disconnected');
    expect(card().shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });

  it('connecting: tells the user to continue in the browser, with Cancel', async () => {
    const { card } = await mountCard(superOfficeView('connecting'));
    expect(statusText(card())).toBe('Signing in… Continue in your browser.');
    expect(buttonNames(card())).toEqual(['Cancel']);
    expect(button(card(), 'Cancel').disabled).toBe(false);
    expect(card().shadowRoot!.querySelector('.dot')!.getAttribute('data-status')).toBe('connecting');
  });

  it('connected: status text, account e-mail, connected since, last successful call, Sign out', async () => {
    const view = superOfficeView('connected', {
      connectedSince: '2025-03-04T09:15:00Z',
      lastSuccessAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    });
    const { card } = await mountCard(view);
    const status = card().shadowRoot!.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(text(status)).toBe('Connected to Cust12345 as Alice Andersen');
    const details = text(card().shadowRoot!.querySelector('.details'));
    expect(details).toContain('alice@example.com');
    const since = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date('2025-03-04T09:15:00Z'),
    );
    expect(details).toContain(`Connected since ${since}`);
    expect(details).toContain('Last successful call 5 minutes ago');
    expect(buttonNames(card())).toEqual(['Sign out']);
    expect(card().shadowRoot!.querySelector('.dot')!.getAttribute('data-status')).toBe('connected');
  });

  it('connected without account or timestamps: just the status text', async () => {
    const view = superOfficeView('connected', { account: undefined, connectedSince: undefined, lastSuccessAt: 'garbage' });
    const { card } = await mountCard(view);
    expect(statusText(card())).toBe('Connected to Cust12345 as Alice Andersen');
    expect(card().shadowRoot!.querySelector('.details')).toBeNull();
  });

  it('needs-reauth: the message and "Sign in again", plus Sign out to remove it', async () => {
    const { card } = await mountCard(superOfficeView('needs-reauth'));
    expect(statusText(card())).toBe('Your sign-in to Cust12345 has expired');
    expect(buttonNames(card())).toEqual(['Sign out', 'Sign in again']);
    expect(button(card(), 'Sign in again').classList.contains('primary')).toBe(true);
  });

  it('error: message and remedy in an alert, and the next action button', async () => {
    const { card } = await mountCard(superOfficeView('error'));
    expect(statusText(card())).toBe('Could not reach SuperOffice');
    expect(alertText(card())).toContain('SuperOffice could not be reached.');
    expect(alertText(card())).toContain('Check your internet connection, then try again.');
    expect(buttonNames(card())).toEqual(['Try again']);
    expect(card().shadowRoot!.querySelector('.dot')!.getAttribute('data-status')).toBe('error');
  });

  it('error whose next action is reconnect: "Sign in again"', async () => {
    const view = superOfficeView('error', {
      nextAction: 'reconnect',
      error: { code: 'invalid_grant', message: 'SuperOffice no longer accepts this sign-in.' },
    });
    const { card } = await mountCard(view);
    expect(alertText(card())).toBe('SuperOffice no longer accepts this sign-in.');
    expect(buttonNames(card())).toEqual(['Sign in again']);
  });
});

describe('<vmt-connection-card> actions', () => {
  it('Connect calls connect("superoffice") and shows Cancel while the sign-in is pending', async () => {
    const { api, app, card } = await mountCard(superOfficeView('disconnected'));
    api.holdNext('connect');
    button(card(), 'Connect').click();
    await settle(app);

    expect(api.callsOf('connect')).toEqual([['superoffice']]);
    expect(statusText(card())).toBe('Signing in… Continue in your browser.');
    expect(buttonNames(card())).toEqual(['Cancel']);
    expect(button(card(), 'Cancel').disabled).toBe(false);

    api.heldCalls('connect')[0]!.release();
    await settle(app);
    expect(statusText(card())).toBe('Connected to Cust12345 as Alice Andersen');
    expect(buttonNames(card())).toEqual(['Sign out']);
  });

  it('shows the signing-in state from the click on, even before the core reports it', async () => {
    const { api, app, card } = await mountCard(superOfficeView('disconnected'));
    api.holdNext('connect');
    // Swallow the core's "connecting" event, so only the pending call shows the state.
    const emit = api.emitChange.bind(api);
    api.emitChange = (view) => {
      if (view.status !== 'connecting') emit(view);
    };
    button(card(), 'Connect').click();
    await settle(app);
    expect(card().connection?.status).toBe('disconnected');
    expect(buttonNames(card())).toEqual(['Cancel']);
  });

  it('Cancel calls cancelConnect and ends quietly (a cancelled sign-in is no error)', async () => {
    const { api, app, card } = await mountCard(superOfficeView('disconnected'));
    api.holdNext('connect');
    button(card(), 'Connect').click();
    await settle(app);

    button(card(), 'Cancel').click();
    await settle(app);
    expect(api.callsOf('cancelConnect')).toEqual([['superoffice']]);
    expect(statusText(card())).toBe('Not connected');
    expect(buttonNames(card())).toEqual(['Connect']);
    expect(button(card(), 'Connect').disabled).toBe(false);
    expect(card().shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });

  it('keeps Cancel clickable but disables it while the cancel call itself runs', async () => {
    const { api, app, card } = await mountCard(superOfficeView('connecting'));
    api.holdNext('cancelConnect');
    button(card(), 'Cancel').click();
    await settle(app);
    expect(button(card(), 'Cancel').disabled).toBe(true);
    expect(statusText(card())).toBe('Cancelling sign-in…');
    api.heldCalls('cancelConnect')[0]!.release();
    await settle(app);
    expect(buttonNames(card())).toEqual(['Connect']);
  });

  it('Sign out calls disconnect, disables the button while pending, then offers Connect', async () => {
    const { api, app, card } = await mountCard(superOfficeView('connected'));
    api.holdNext('disconnect');
    button(card(), 'Sign out').click();
    await settle(app);
    expect(api.callsOf('disconnect')).toEqual([['superoffice']]);
    expect(button(card(), 'Sign out').disabled).toBe(true);
    expect(statusText(card())).toBe('Signing out…');

    api.heldCalls('disconnect')[0]!.release();
    await settle(app);
    expect(statusText(card())).toBe('Not connected');
    expect(buttonNames(card())).toEqual(['Connect']);
  });

  it('Sign in again and Try again both call connect', async () => {
    const { api, app, card } = await mountCard(superOfficeView('needs-reauth'));
    button(card(), 'Sign in again').click();
    await settle(app);
    api.emitChange(superOfficeView('error'));
    await settle(app);
    button(card(), 'Try again').click();
    await settle(app);
    expect(api.callsOf('connect')).toEqual([['superoffice'], ['superoffice']]);
  });

  it('shows a failed Result inline: message and remedy', async () => {
    const { api, app, card } = await mountCard(superOfficeView('disconnected'));
    api.failNext('connect', {
      code: 'browser_unavailable',
      message: 'No web browser could be opened.',
      remedy: 'Set a default browser, then try again.',
    });
    button(card(), 'Connect').click();
    await settle(app);
    expect(alertText(card())).toContain('No web browser could be opened.');
    expect(alertText(card())).toContain('Set a default browser, then try again.');
    expect(statusText(card())).toBe('Not connected');
    expect(button(card(), 'Connect').disabled).toBe(false);

    // The next call clears it.
    button(card(), 'Connect').click();
    await settle(app);
    expect(card().shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows a generic error when the host breaks the contract by throwing', async () => {
    const { api, app, card } = await mountCard(superOfficeView('connected'));
    api.disconnect = () => Promise.reject(new Error('<b>internal stack</b>'));
    button(card(), 'Sign out').click();
    await settle(app);
    expect(alertText(card())).toContain('Something went wrong while talking to the app.');
    expect(alertText(card())).not.toContain('internal stack');
  });

  it("applies a call's returned view even when no event follows", async () => {
    const { api, app, card } = await mountCard(superOfficeView('connected'));
    api.emitChange = (view) => {
      api.views.set(view.id, view); // the core stays silent
    };
    button(card(), 'Sign out').click();
    await settle(app);
    expect(statusText(card())).toBe('Not connected');
    expect(buttonNames(card())).toEqual(['Connect']);
  });

  it('follows connectionChanged events', async () => {
    const { api, app, card } = await mountCard(superOfficeView('disconnected'));
    api.emitChange(superOfficeView('connecting'));
    await settle(app);
    expect(buttonNames(card())).toEqual(['Cancel']);
    api.emitChange(superOfficeView('connected', { statusText: 'Connected to Cust999 as Bob' }));
    await settle(app);
    expect(statusText(card())).toBe('Connected to Cust999 as Bob');
    api.emitChange(superOfficeView('error'));
    await settle(app);
    expect(alertText(card())).toContain('SuperOffice could not be reached.');
  });
});

describe('<vmt-connection-card> untrusted text', () => {
  const hostile = '<img src=x onerror=alert(1)>\u202Egnp.exe\u2066x\u2069';

  it('renders hostile status text as text, creating no element', async () => {
    const { card } = await mountCard(superOfficeView('connected', { statusText: hostile }));
    const root = card().shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[role="status"]')!.textContent).toContain(hostile);
    // Bidi controls stay confined to their own isolate.
    expect(root.querySelector('[role="status"] bdi')!.textContent).toBe(hostile);
  });

  it('renders hostile title, account and error text as text', async () => {
    const view = superOfficeView('error', {
      title: hostile,
      account: { displayName: hostile, email: hostile },
      error: { code: 'server_error', message: hostile, remedy: hostile },
    });
    const { card } = await mountCard(view);
    const root = card().shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h3')!.textContent).toContain(hostile);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain(hostile);
  });
});
