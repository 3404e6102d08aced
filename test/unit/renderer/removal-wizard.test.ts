// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionId } from '../../../preload/contract.js';
import type { RemovalWizard } from '../../../renderer/components/removal-wizard.js';
import { MemoryTrayApi, allViews, wizardView } from './support/memory-tray-api.js';
import { alertText, button, buttonNames, mountApp, settle, text } from './support/dom.js';
import { cardOf, stepLines, troubleshootButton, wizardOf } from './support/nested.js';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

async function openWizard(id: ConnectionId, api = new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true }, jitsi: { status: 'disconnected' } }))) {
  const app = await mountApp(api);
  troubleshootButton(cardOf(app, id), 'Remove…').click();
  await settle(app);
  const wizard = (): RemovalWizard => {
    const found = wizardOf(app, id);
    if (!found) throw new Error(`no wizard for ${id}`);
    return found;
  };
  const press = async (name: string) => {
    button(wizard(), name).click();
    await settle(app);
  };
  return { api, app, wizard, press };
}

const step = (wizard: RemovalWizard, number: number) => wizard.shadowRoot!.querySelector<HTMLLIElement>(`.step[data-step="${number}"]`)!;
const checkbox = (wizard: RemovalWizard) => step(wizard, 3).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
const summary = (wizard: RemovalWizard) => [...wizard.shadowRoot!.querySelectorAll('.summary li')].map((li) => text(li));
const live = (wizard: RemovalWizard) => text(wizard.shadowRoot!.querySelector('[role="status"][aria-live="polite"]'));

describe('<vmt-removal-wizard>', () => {
  it('lists the four steps with stable numbers, titles, states and instructions; Start begins at step 1', async () => {
    const { api, wizard, press } = await openWizard('zoom');
    expect(text(wizard().shadowRoot!.querySelector('h3'))).toBe('Remove Zoom');
    expect(stepLines(wizard())).toEqual([
      'Step 1 Disconnect in the app (To do)',
      'Step 2 Revoke access (To do)',
      'Step 3 Uninstall at Zoom (To do)',
      'Step 4 Done (To do)',
    ]);
    expect(wizard().shadowRoot!.querySelector('ol.steps')!.children).toHaveLength(4);
    // The provider's own uninstall steps are a numbered list.
    const uninstall = step(wizard(), 3).querySelector('ol.instructions')!;
    expect([...uninstall.querySelectorAll('li')].map((li) => text(li))).toEqual(['Sign in to the provider’s site.', 'Find "Video Meetings Tray".', 'Remove it, then confirm.']);
    expect(buttonNames(wizard())).toEqual(['Open Zoom Marketplace → Installed Apps', 'Copy steps', 'Close', 'Start']);

    await press('Start');
    expect(api.callsOf('removalWizardAction')).toEqual([['zoom', 'start']]);
    expect(step(wizard(), 1).getAttribute('aria-current')).toBe('step');
    expect(stepLines(wizard())[0]).toBe('Step 1 Disconnect in the app (Current step)');
    expect(text(wizard().shadowRoot!.querySelector('.where'))).toBe('Step 1 of 4: Disconnect in the app');
    expect(buttonNames(wizard())).toContain('Next: Disconnect in the app');
    expect(buttonNames(wizard())).toContain('Cancel');
    expect(buttonNames(wizard())).not.toContain('Back');
    expect(buttonNames(wizard())).not.toContain('Close');
    expect(live(wizard())).toBe('Step 1 of 4: Disconnect in the app');
  });

  it('Next runs each step and shows its outcome, Back goes back, the checkbox confirms step 3, Finish shows the summary', async () => {
    const { api, app, wizard, press } = await openWizard('zoom');
    await press('Start');
    await press('Next: Disconnect in the app');
    expect(text(step(wizard(), 1).querySelector('.outcome'))).toBe('Zoom is no longer used for new meetings.');
    expect(stepLines(wizard()).slice(0, 2)).toEqual(['Step 1 Disconnect in the app (Done)', 'Step 2 Revoke access (Current step)']);

    await press('Back');
    expect(text(wizard().shadowRoot!.querySelector('.where'))).toBe('Step 1 of 4: Disconnect in the app');
    await press('Next: Disconnect in the app');
    expect(checkbox(wizard()).disabled).toBe(true);
    await press('Next: Revoke access');
    expect(text(step(wizard(), 2).querySelector('.outcome'))).toContain('revocation verified');
    expect(api.views.get('zoom')?.status).toBe('disconnected');

    // Step 3: open the provider's page, tick "I have done this".
    await press('Open Zoom Marketplace → Installed Apps');
    expect(api.openedPages).toEqual(['zoom-installed-apps']);
    expect(live(wizard())).toBe('Opened in your browser.');
    const box = checkbox(wizard());
    expect(text(box.closest('label'))).toBe('I have done this');
    expect(box.disabled).toBe(false);
    box.click();
    await settle(app);
    expect(api.callsOf('removalWizardAction').at(-1)).toEqual(['zoom', 'confirm']);
    expect(checkbox(wizard()).checked).toBe(true);
    checkbox(wizard()).click();
    await settle(app);
    expect(api.callsOf('removalWizardAction').at(-1)).toEqual(['zoom', 'unconfirm']);
    checkbox(wizard()).click();
    await settle(app);

    await press('Finish');
    expect(text(wizard().shadowRoot!.querySelector('.where'))).toBe('Finished.');
    expect(stepLines(wizard())).toEqual([
      'Step 1 Disconnect in the app (Done)',
      'Step 2 Revoke access (Done)',
      'Step 3 Uninstall at Zoom (Done)',
      'Step 4 Done (Done)',
    ]);
    expect(text(wizard().shadowRoot!.querySelector('.summary h4'))).toBe('Summary');
    expect(summary(wizard())).toEqual([
      'Step 1: Zoom is no longer used for new meetings.',
      'Step 2: Revoked at Zoom. A refresh with the old sign-in was refused: revocation verified.',
      'Step 3: You removed the app at Zoom.',
      'Nothing is left to do: Zoom is removed.',
    ]);
    expect(live(wizard())).toBe('Finished. The summary says what was removed where.');
    // The focus stays in the wizard: the finished wizard's heading.
    expect(wizard().shadowRoot!.activeElement?.localName).toBe('h3');
    expect(buttonNames(wizard())).toEqual(expect.arrayContaining(['Back', 'Close', 'Start again']));

    await press('Close');
    expect(wizardOf(app, 'zoom')).toBeUndefined();
  });

  it('Cancel after step 2 ends the wizard with a summary of what was already removed', async () => {
    const { wizard, press } = await openWizard('superoffice');
    await press('Start');
    await press('Next: Disconnect in the app');
    await press('Next: Revoke access');
    await press('Cancel');
    expect(text(wizard().shadowRoot!.querySelector('.where'))).toBe('Cancelled.');
    expect(summary(wizard())).toEqual([
      'Cancelled at step 3. Nothing else was changed.',
      'Step 1: SuperOffice CRM Online is no longer used for new meetings.',
      'Step 2: Revoked at SuperOffice CRM Online. A refresh with the old sign-in was refused: revocation verified.',
    ]);
    expect(live(wizard())).toBe('Cancelled. The summary says what was already removed.');
    expect(buttonNames(wizard())).toContain('Start again');
  });

  it('Copy steps puts the steps text on the clipboard and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const { api, wizard, press } = await openWizard('zoom');
    await press('Copy steps');
    expect(api.callsOf('removalWizardText')).toEqual([['zoom']]);
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Step 3 of 4: Uninstall at Zoom'));
    expect(live(wizard())).toBe('Steps copied');
  });

  it('shows the steps to copy by hand when the clipboard refuses', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: async () => Promise.reject(new Error('denied')) } as unknown as Clipboard);
    const { wizard, press } = await openWizard('zoom');
    await press('Copy steps');
    expect(alertText(wizard())).toContain('The clipboard could not be used.');
    const area = wizard().shadowRoot!.querySelector('textarea')!;
    expect(area.readOnly).toBe(true);
    expect(area.value).toContain('Step 1 of 4: Disconnect in the app');
  });

  it('is busy while a call runs (aria-disabled, no second call) and shows a failure with its remedy', async () => {
    const { api, app, wizard, press } = await openWizard('zoom');
    await press('Start');
    api.holdNext('removalWizardAction');
    await press('Next: Disconnect in the app');
    expect(wizard().shadowRoot!.querySelector('.wizard')!.getAttribute('aria-busy')).toBe('true');
    const buttons = [...wizard().shadowRoot!.querySelectorAll<HTMLButtonElement>('.buttons button')];
    expect(buttons.map((each) => each.getAttribute('aria-disabled'))).toEqual(buttons.map(() => 'true'));
    button(wizard(), 'Cancel').click();
    await settle(app);
    expect(api.callsOf('removalWizardAction')).toEqual([['zoom', 'start'], ['zoom', 'next']]);
    api.heldCalls('removalWizardAction')[0]!.release();
    await settle(app);
    expect(stepLines(wizard())[0]).toBe('Step 1 Disconnect in the app (Done)');

    api.failNext('removalWizardAction', { code: 'network', message: 'Zoom could not be reached.', remedy: 'Press Next to try again.' });
    await press('Next: Revoke access');
    expect(alertText(wizard())).toContain('Zoom could not be reached.');
    expect(alertText(wizard())).toContain('Press Next to try again.');
    expect(text(wizard().shadowRoot!.querySelector('.where'))).toBe('Step 2 of 4: Revoke access');
  });

  it('shows an unfinished wizard again after a reload, where it was, without "Remove…"', async () => {
    const api = new MemoryTrayApi(allViews({ zoom: { status: 'disconnected' } }));
    const started = wizardView('zoom');
    api.wizards.set('zoom', {
      ...started,
      status: 'in-progress',
      current: 3,
      steps: started.steps.map((each) =>
        each.number < 3 ? { ...each, state: 'done' as const, outcome: `Outcome ${each.number}` } : each.number === 3 ? { ...each, state: 'current' as const } : each,
      ),
    });
    const app = await mountApp(api);
    const wizard = wizardOf(app, 'zoom')!;
    expect(wizard).toBeDefined();
    expect(text(wizard.shadowRoot!.querySelector('.where'))).toBe('Step 3 of 4: Uninstall at Zoom');
    expect(stepLines(wizard)[1]).toBe('Step 2 Revoke access (Done)');
    expect(buttonNames(wizard)).toContain('Finish');
    expect(wizardOf(app, 'superoffice')).toBeUndefined();
  });

  it('follows wizardChanged events (e.g. the same wizard in another window)', async () => {
    const { api, app, wizard } = await openWizard('superoffice');
    api.emit('wizardChanged', { ...wizardView('superoffice'), status: 'cancelled', summary: ['Cancelled at step 1. Nothing else was changed.'] });
    await settle(app);
    expect(summary(wizard())).toEqual(['Cancelled at step 1. Nothing else was changed.']);
  });

  it('Jitsi Meet: nothing to uninstall, so step 3 has no page and no checkbox', async () => {
    const api = new MemoryTrayApi(allViews({ jitsi: { status: 'connected', active: true } }));
    const { wizard, press } = await openWizard('jitsi', api);
    expect(step(wizard(), 3).querySelector('input')).toBeNull();
    expect(text(step(wizard(), 3).querySelector('.instructions'))).toBe('Jitsi Meet has nothing to uninstall.');
    await press('Start');
    await press('Next: Disconnect in the app');
    await press('Next: Revoke access');
    await press('Finish');
    expect(stepLines(wizard())[2]).toBe('Step 3 Uninstall at Jitsi Meet (Not needed)');
  });
});
