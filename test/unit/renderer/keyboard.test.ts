// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { VmtApp } from '../../../renderer/components/vmt-app.js';
import { MemoryTrayApi, allViews, superOfficeView } from './support/memory-tray-api.js';
import { mountApp, settle } from './support/dom.js';
import { cardOf, nested, troubleshootButton, wizardOf } from './support/nested.js';

afterEach(() => {
  document.body.replaceChildren();
});

const escape = (target: Element, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true, ...init }));

/** The element that has the focus inside `host`'s shadow root. */
const focusedIn = (host: Element) => host.shadowRoot?.activeElement ?? null;

async function connectedApp(): Promise<VmtApp> {
  const app = await mountApp(new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true } })));
  const settings = app.shadowRoot!.querySelector<HTMLDetailsElement>('details.settings')!;
  settings.open = true;
  settings.dispatchEvent(new Event('toggle'));
  await settle(app);
  return app;
}

describe('Escape', () => {
  it('closes the Troubleshoot menu and puts the focus back on its summary', async () => {
    const app = await connectedApp();
    const menu = nested(cardOf(app, 'zoom'), 'vmt-troubleshoot-menu')!;
    const details = menu.shadowRoot!.querySelector('details')!;
    details.open = true;
    const repair = troubleshootButton(cardOf(app, 'zoom'), 'Repair');
    repair.focus();

    expect(escape(repair)).toBe(false);
    expect(details.open).toBe(false);
    expect(focusedIn(menu)).toBe(details.querySelector('summary'));
  });

  it('leaves a disclosure open when a dialog inside it took the key, and is left alone on a closed one', async () => {
    const app = await mountApp(new MemoryTrayApi([superOfficeView('connected', { administrator: true })]));
    const entry = nested(app, 'vmt-manage-users-entry')!;
    const details = entry.shadowRoot!.querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await settle(app);

    const taken = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
    taken.preventDefault();
    details.querySelector('summary')!.dispatchEvent(taken);
    expect(details.open).toBe(true);

    escape(details.querySelector('summary')!);
    expect(details.open).toBe(false);
    // Closed, it lets the key go on to whatever is around it.
    expect(escape(details.querySelector('summary')!)).toBe(true);
  });

  it('closes a removal wizard that is not running and gives the focus back to the connection’s card', async () => {
    const app = await connectedApp();
    troubleshootButton(cardOf(app, 'superoffice'), 'Remove…').click();
    await settle(app);
    const wizard = wizardOf(app, 'superoffice')!;
    expect(focusedIn(wizard)?.id).toBe('wizard-heading');

    escape(focusedIn(wizard)!);
    await settle(app);
    expect(wizardOf(app, 'superoffice')).toBeUndefined();
    const card = cardOf(app, 'superoffice');
    expect(focusedIn(card)?.getAttribute('data-action')).toBe('sign-out');
  });

  it('does not close a running removal wizard (Cancel ends it)', async () => {
    const app = await connectedApp();
    troubleshootButton(cardOf(app, 'zoom'), 'Remove…').click();
    await settle(app);
    const wizard = wizardOf(app, 'zoom')!;
    wizard.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="start"]')!.click();
    await settle(app);

    escape(wizard.shadowRoot!.querySelector('h3')!);
    await settle(app);
    expect(wizardOf(app, 'zoom')).toBeDefined();
  });
});
