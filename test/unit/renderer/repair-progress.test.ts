// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { VmtApp } from '../../../renderer/components/vmt-app.js';
import { MemoryTrayApi, allViews, providerView } from './support/memory-tray-api.js';
import { alertText, button, mountApp, settle, statusText, text } from './support/dom.js';
import { cardOf, nested, troubleshootButton } from './support/nested.js';

afterEach(() => {
  document.body.replaceChildren();
});

const progressOf = (app: VmtApp, id: 'zoom' | 'teams' | 'superoffice') => nested(cardOf(app, id), 'vmt-repair-progress');
const rows = (app: VmtApp, id: 'zoom' | 'teams' | 'superoffice') =>
  [...(progressOf(app, id)?.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => ({
    title: text(li.querySelector('.title')),
    state: text(li.querySelector('.state')),
    dataState: li.getAttribute('data-state'),
    detail: text(li.querySelector('.detail')),
  }));
const announcement = (app: VmtApp, id: 'zoom' | 'teams' | 'superoffice') => progressOf(app, id)!.shadowRoot!.querySelector('[role="status"]')!;

describe('repair progress on the card', () => {
  it('lists the steps in order with their state in words and what they did, while the repair runs', async () => {
    const api = new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true } }));
    const app = await mountApp(api);
    api.holdNext('repairConnection');
    troubleshootButton(cardOf(app, 'zoom'), 'Repair').click();
    await settle(app);

    const list = progressOf(app, 'zoom')!.shadowRoot!.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).toBe('Repair steps');
    expect(rows(app, 'zoom')).toEqual([
      { title: 'Remove this computer’s Zoom configuration', state: 'Done', dataState: 'done', detail: 'Sign-in and cached identity removed from this computer.' },
      { title: 'Revoke the app’s access at Zoom', state: 'Done', dataState: 'done', detail: 'Revoked at Zoom.' },
      { title: 'Sign in to Zoom again', state: 'In progress', dataState: 'running', detail: '' },
    ]);
    expect(text(progressOf(app, 'zoom')!.shadowRoot!.querySelector('h4'))).toBe('Repairing…');
    const live = announcement(app, 'zoom');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(text(live)).toBe('Sign in to Zoom again: In progress');
    // The card follows the core: signing in, with Cancel for the browser sign-in; nothing else can start meanwhile.
    expect(statusText(cardOf(app, 'zoom'))).toBe('Signing in… Continue in your browser.');
    expect(button(cardOf(app, 'zoom'), 'Cancel').disabled).toBe(false);
    // No Close while it runs.
    expect(progressOf(app, 'zoom')!.shadowRoot!.querySelector('[data-action="dismiss-repair"]')).toBeNull();

    api.heldCalls('repairConnection')[0]!.release();
    await settle(app);
    expect(rows(app, 'zoom').map((row) => row.state)).toEqual(['Done', 'Done', 'Done']);
    expect(rows(app, 'zoom')[2]!.detail).toBe('Signed in as Zoe Zoom.');
    expect(text(progressOf(app, 'zoom')!.shadowRoot!.querySelector('h4'))).toBe('Repair finished');
    expect(text(announcement(app, 'zoom'))).toBe('Repair finished: Zoom is connected again.');
    expect(statusText(cardOf(app, 'zoom'))).toBe('Connected to Zoom. Logged in as Zoe Zoom, connected to Cust12345');

    button(progressOf(app, 'zoom')!, 'Close').click();
    await settle(app);
    expect(progressOf(app, 'zoom')).toBeUndefined();
  });

  it('shows a finished repair said again in another language, without announcing it again', async () => {
    const api = new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true } }));
    const app = await mountApp(api);
    const done = { id: 'zoom' as const, state: 'done' as const, steps: [{ id: 'sign-in' as const, title: 'Sign in to Zoom again', state: 'done' as const, detail: 'Signed in as Zoe Zoom.' }] };
    api.emit('repairProgress', { ...done, state: 'running', steps: [{ ...done.steps[0]!, state: 'running' }] });
    await settle(app);
    api.emit('repairProgress', done);
    await settle(app);
    expect(text(announcement(app, 'zoom'))).toBe('Repair finished: Zoom is connected again.');
    api.emit('repairProgress', { ...done, steps: [{ ...done.steps[0]!, title: 'Logg på Zoom igjen', detail: 'Pålogget som Zoe Zoom.' }] });
    await settle(app);
    expect(rows(app, 'zoom')).toEqual([{ title: 'Logg på Zoom igjen', state: 'Done', dataState: 'done', detail: 'Pålogget som Zoe Zoom.' }]);
    expect(text(announcement(app, 'zoom'))).toBe('Repair finished: Zoom is connected again.');
  });

  it('shows a skipped revocation with its reason (Teams has no per-app revocation)', async () => {
    const api = new MemoryTrayApi(allViews({ teams: { status: 'connected', active: true } }));
    const app = await mountApp(api);
    troubleshootButton(cardOf(app, 'teams'), 'Repair').click();
    await settle(app);
    expect(rows(app, 'teams')[1]).toEqual({ title: 'Revoke the app’s access at Microsoft Teams', state: 'Skipped', dataState: 'skipped', detail: 'Microsoft Teams has no per-app revocation.' });
  });

  it('adds the tenant check for SuperOffice', async () => {
    const api = new MemoryTrayApi(allViews());
    const app = await mountApp(api);
    troubleshootButton(cardOf(app, 'superoffice'), 'Repair').click();
    await settle(app);
    expect(rows(app, 'superoffice').map((row) => `${row.title}: ${row.state}`)).toEqual([
      'Remove this computer’s SuperOffice CRM Online configuration: Done',
      'Revoke the app’s access at SuperOffice CRM Online: Done',
      'Sign in to SuperOffice CRM Online again: Done',
      'Check tenant and customer ID: Done',
    ]);
  });

  it('shows a failed repair: the step that failed, the error, and the failure on the card', async () => {
    const api = new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true } }));
    const app = await mountApp(api);
    api.failNext('repairConnection', { code: 'keychain_locked', message: 'The keychain is locked.', remedy: 'Unlock it, then try again.' });
    troubleshootButton(cardOf(app, 'zoom'), 'Repair').click();
    await settle(app);
    expect(rows(app, 'zoom')[0]).toMatchObject({ state: 'Failed', dataState: 'failed', detail: 'The keychain is locked.' });
    expect(text(progressOf(app, 'zoom')!.shadowRoot!.querySelector('h4'))).toBe('Repair did not finish');
    expect(alertText(progressOf(app, 'zoom')!)).toContain('Unlock it, then try again.');
    expect(text(announcement(app, 'zoom'))).toBe('Repair did not finish: The keychain is locked.');
    expect(alertText(cardOf(app, 'zoom'))).toContain('The keychain is locked.');
  });

  it('follows a repair started elsewhere (e.g. the tray), and only for its own connection', async () => {
    const api = new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true } }));
    const app = await mountApp(api);
    api.emit('repairProgress', { id: 'google', state: 'running', steps: [{ id: 'remove-local', title: 'Google', state: 'running' }] });
    await settle(app);
    expect(progressOf(app, 'zoom')).toBeUndefined();
    api.emit('repairProgress', { id: 'zoom', state: 'running', steps: [{ id: 'remove-local', title: 'Remove', state: 'running' }] });
    api.emitChange(providerView('zoom', 'disconnected', { active: true }));
    await settle(app);
    expect(rows(app, 'zoom')).toEqual([{ title: 'Remove', state: 'In progress', dataState: 'running', detail: '' }]);
    expect(api.listenerCount('repairProgress')).toBeGreaterThan(0);
    app.remove();
    expect(api.listenerCount('repairProgress')).toBe(0);
  });
});
