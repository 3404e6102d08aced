// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryTrayApi, superOfficeView } from './support/memory-tray-api.js';
import { alertText, button, card, cards, mountApp, settle, text } from './support/dom.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<vmt-app>', () => {
  it('shows the app name and a clearly labelled Sandbox badge', async () => {
    const app = await mountApp(new MemoryTrayApi());
    const header = app.shadowRoot!.querySelector('header')!;
    expect(text(header.querySelector('h1'))).toBe('Video Meetings Tray');
    const badge = header.querySelector('.env')!;
    expect(badge.classList.contains('sandbox')).toBe(true);
    expect(badge.getAttribute('data-environment')).toBe('sandbox');
    expect(text(badge)).toBe('Environment: Sandbox');
    expect(text(badge.querySelector('bdi'))).toBe('Sandbox');
  });

  it('labels a real environment without the sandbox styling', async () => {
    const api = new MemoryTrayApi();
    api.appInfo = { ...api.appInfo, environment: 'online', environmentLabel: 'SuperOffice Online' };
    const app = await mountApp(api);
    const badge = app.shadowRoot!.querySelector('.env')!;
    expect(badge.classList.contains('sandbox')).toBe(false);
    expect(text(badge)).toContain('SuperOffice Online');
  });

  it('renders one card per listed connection', async () => {
    const app = await mountApp(new MemoryTrayApi([superOfficeView('connected')]));
    expect(cards(app)).toHaveLength(1);
    expect(card(app).connection?.status).toBe('connected');
  });

  it('shows why app info could not be loaded', async () => {
    const api = new MemoryTrayApi();
    api.failNext('getAppInfo', { code: 'internal', message: 'The app core is not ready.', remedy: 'Restart the app.' });
    const app = await mountApp(api);
    expect(alertText(app)).toContain('The app core is not ready.');
    expect(alertText(app)).toContain('Restart the app.');
    expect(text(app.shadowRoot!.querySelector('h1'))).toBe('Video Meetings Tray');
  });

  it('shows a failed connection list with its remedy, and Try again loads it again', async () => {
    const api = new MemoryTrayApi();
    api.failNext('listConnections', { code: 'keychain_locked', message: 'The keychain is locked.', remedy: 'Unlock it.' });
    const app = await mountApp(api);
    expect(cards(app)).toHaveLength(0);
    expect(alertText(app)).toContain('The keychain is locked.');
    expect(alertText(app)).toContain('Unlock it.');

    button(app, 'Try again').click();
    await settle(app);
    expect(api.callsOf('listConnections')).toHaveLength(2);
    expect(cards(app)).toHaveLength(1);
  });

  it('says so while the list loads', async () => {
    const api = new MemoryTrayApi();
    api.holdNext('listConnections');
    const app = await mountApp(api);
    expect(text(app.shadowRoot!.querySelector('main'))).toContain('Loading connections…');
    api.heldCalls('listConnections')[0]!.release();
    await settle(app);
    expect(cards(app)).toHaveLength(1);
  });

  it('subscribes once while connected and unsubscribes when removed', async () => {
    const api = new MemoryTrayApi();
    const app = await mountApp(api);
    expect(api.listenerCount('connectionChanged')).toBe(1);

    app.remove();
    expect(api.listenerCount('connectionChanged')).toBe(0);

    document.body.append(app);
    await settle(app);
    expect(api.listenerCount('connectionChanged')).toBe(1);
    expect(api.callsOf('listConnections')).toHaveLength(2);
  });

  it('picks up an API that is set after the element is connected', async () => {
    const app = document.createElement('vmt-app');
    document.body.append(app);
    await settle(app);
    expect(cards(app)).toHaveLength(0);

    const api = new MemoryTrayApi();
    app.api = api;
    await settle(app);
    expect(api.listenerCount('connectionChanged')).toBe(1);
    expect(cards(app)).toHaveLength(1);
    expect(text(app.shadowRoot!.querySelector('.env'))).toContain('Sandbox');
  });

  it('takes an event that arrives while the list is loading over the older list', async () => {
    const api = new MemoryTrayApi([superOfficeView('disconnected')]);
    api.holdNext('listConnections');
    const app = await mountApp(api);
    const [held] = api.heldCalls('listConnections');
    api.emit('connectionChanged', superOfficeView('connected'));
    held!.release({ ok: true, value: [superOfficeView('disconnected')] });
    await settle(app);
    expect(card(app).connection?.status).toBe('connected');
  });
});
