// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { GoogleReset } from '../../../renderer/components/google-reset.js';
import { MemoryTrayApi, allViews } from './support/memory-tray-api.js';
import { alertText, button, buttonNames, mountApp, settle, statusText, text } from './support/dom.js';
import { cardOf, diagnosis, nested, troubleshootButton, wizardOf } from './support/nested.js';

afterEach(() => {
  document.body.replaceChildren();
});

const RAW = { code: 'consent_revoked' as const, message: 'Zoom refused the token (4700).', remedy: 'Raw remedy.' };

describe('<vmt-connection-card> with a diagnosis', () => {
  it('shows the cause and the remedy instead of the raw error, and one remedy button', async () => {
    const api = new MemoryTrayApi(
      allViews({
        zoom: {
          status: 'error',
          active: true,
          error: RAW,
          diagnosis: diagnosis({ kind: 'consent-revoked', cause: 'Access for this app was removed at Zoom.', remedy: 'Repair signs you in again.', action: 'repair', actionLabel: 'Repair' }),
        },
      }),
    );
    const app = await mountApp(api);
    const card = cardOf(app, 'zoom');
    const alert = card.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.classList.contains('diagnosis')).toBe(true);
    expect(alert.getAttribute('data-kind')).toBe('consent-revoked');
    expect(text(alert.querySelector('.cause'))).toBe('Access for this app was removed at Zoom.');
    expect(text(alert.querySelector('.remedy'))).toBe('Repair signs you in again.');
    expect(alertText(card)).not.toContain('4700');
    expect(buttonNames(card)).toEqual(['Repair']);
    const remedy = button(card, 'Repair');
    expect(remedy.classList.contains('primary')).toBe(true);
    expect(remedy.dataset.action).toBe('repair');

    remedy.click();
    await settle(app);
    expect(api.callsOf('repairConnection')).toEqual([['zoom']]);
    expect(api.callsOf('connect')).toEqual([]);
    expect(statusText(cardOf(app, 'zoom'))).toBe('Connected to Zoom. Logged in as Zoe Zoom, connected to Cust12345');
    expect(cardOf(app, 'zoom').shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });

  it('"reconnect" signs in again (connect), with Sign out still next to it', async () => {
    const api = new MemoryTrayApi(allViews({ zoom: { status: 'needs-reauth', active: true, diagnosis: diagnosis({ kind: 'other-device', actionLabel: 'Sign in again' }) } }));
    const app = await mountApp(api);
    const card = cardOf(app, 'zoom');
    expect(alertText(card)).toContain('Zoom no longer accepts your sign-in');
    expect(buttonNames(card)).toEqual(['Sign out', 'Sign in again']);
    expect(button(card, 'Sign in again').dataset.action).toBe('reconnect');
    button(card, 'Sign in again').click();
    await settle(app);
    expect(api.callsOf('connect')).toEqual([['zoom']]);
    expect(api.callsOf('repairConnection')).toEqual([]);
  });

  it('"retry" tries again (connect) with the label the core gives', async () => {
    const api = new MemoryTrayApi(
      allViews({
        superoffice: {
          status: 'error',
          error: { code: 'network', message: 'fetch failed: ECONNREFUSED', remedy: 'raw' },
          diagnosis: diagnosis({ kind: 'offline', cause: 'SuperOffice CRM Online could not be reached: you appear to be offline.', remedy: 'Check your network connection.', action: 'retry', actionLabel: 'Try again' }),
        },
      }),
    );
    const app = await mountApp(api);
    const card = cardOf(app, 'superoffice');
    expect(alertText(card)).toBe('SuperOffice CRM Online could not be reached: you appear to be offline. Check your network connection.');
    button(card, 'Try again').click();
    await settle(app);
    expect(api.callsOf('connect')).toEqual([['superoffice']]);
  });

  it('keeps the Cancel of a running sign-in as the main button, whatever the diagnosis', async () => {
    const api = new MemoryTrayApi(allViews({ zoom: { status: 'connecting', active: true, nextAction: 'cancel', diagnosis: diagnosis() } }));
    const app = await mountApp(api);
    expect(buttonNames(cardOf(app, 'zoom'))).toEqual(['Cancel']);
  });

  it('shows a failed remedy call next to the diagnosis when it is another problem', async () => {
    const api = new MemoryTrayApi(allViews({ zoom: { status: 'needs-reauth', active: true, diagnosis: diagnosis() } }));
    const app = await mountApp(api);
    api.failNext('connect', { code: 'browser_unavailable', message: 'No web browser could be opened.', remedy: 'Set a default browser.' });
    button(cardOf(app, 'zoom'), 'Sign in again').click();
    await settle(app);
    const alerts = [...cardOf(app, 'zoom').shadowRoot!.querySelectorAll('[role="alert"]')].map((each) => text(each));
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toContain('Zoom no longer accepts your sign-in');
    expect(alerts[1]).toContain('No web browser could be opened.');
  });
});

describe('Google guided reset', () => {
  async function mountGoogle() {
    const api = new MemoryTrayApi(
      allViews({
        google: {
          status: 'needs-reauth',
          active: true,
          error: { code: 'invalid_grant', message: 'invalid_grant' },
          diagnosis: diagnosis({ cause: 'Google Meet no longer accepts your sign-in.', remedy: 'Remove the app’s access on Google’s permissions page, then authorise it again.', action: 'google-permissions', actionLabel: 'Reset access at Google' }),
        },
      }),
    );
    const app = await mountApp(api);
    button(cardOf(app, 'google'), 'Reset access at Google').click();
    await settle(app);
    const panel = nested<GoogleReset>(cardOf(app, 'google'), 'vmt-google-reset');
    if (!panel) throw new Error('no Google reset panel');
    return { api, app, panel };
  }

  it('explains what to remove and where, with the page button, the checkbox, Continue and Cancel', async () => {
    const { api, app, panel } = await mountGoogle();
    expect(api.callsOf('repairConnection')).toEqual([]);
    const content = text(panel);
    expect(content).toContain('Google’s own grant for this app is broken. Remove the app’s access at Google, then authorise it again.');
    expect([...panel.shadowRoot!.querySelectorAll('.entry')].map((each) => text(each))).toEqual(['Video Meetings Tray', 'SuperOffice VideoMeetings']);
    // The focus moves to the panel, so it is read from the top.
    expect(panel.shadowRoot!.activeElement?.localName).toBe('h4');

    button(panel, 'Open Google’s permissions page').click();
    await settle(app);
    expect(api.openedPages).toEqual(['google-permissions']);
    expect(text(panel.shadowRoot!.querySelector('.opened'))).toBe('Opened in your browser.');
  });

  it('enables Continue only once "I removed the app’s access at Google" is ticked; Continue repairs Google', async () => {
    const { api, app, panel } = await mountGoogle();
    const continueButton = button(panel, 'Continue');
    expect(continueButton.disabled).toBe(true);
    continueButton.click();
    await settle(app);
    expect(api.callsOf('repairConnection')).toEqual([]);

    const box = panel.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(text(box.closest('label'))).toBe('I removed the app’s access at Google');
    box.click();
    await settle(app);
    expect(button(panel, 'Continue').disabled).toBe(false);
    box.click();
    await settle(app);
    expect(button(panel, 'Continue').disabled).toBe(true);
    box.click();
    await settle(app);

    button(panel, 'Continue').click();
    await settle(app);
    expect(api.callsOf('repairConnection')).toEqual([['google']]);
    const card = cardOf(app, 'google');
    expect(card.shadowRoot!.querySelector('vmt-google-reset')).toBeNull();
    expect(statusText(card)).toBe('Logged in as Gina Google and connected to Google');
    expect(text(nested(card, 'vmt-repair-progress'))).toContain('Repair finished');
  });

  it('Cancel closes the panel without repairing and gives the focus back to the remedy button', async () => {
    const { api, app, panel } = await mountGoogle();
    button(panel, 'Cancel').click();
    await settle(app);
    const card = cardOf(app, 'google');
    expect(card.shadowRoot!.querySelector('vmt-google-reset')).toBeNull();
    expect(api.callsOf('repairConnection')).toEqual([]);
    expect(card.shadowRoot!.activeElement?.textContent?.trim()).toBe('Reset access at Google');
  });
});

describe('Troubleshoot: Repair and Remove…', () => {
  it('is on connected, needs-reauth and error cards; Repair only where there is an account', async () => {
    const api = new MemoryTrayApi(allViews({ superoffice: { status: 'connected' }, jitsi: { status: 'connected', active: true } }));
    const app = await mountApp(api);
    const menu = (id: 'superoffice' | 'jitsi') => nested(cardOf(app, id), 'vmt-troubleshoot-menu')!;
    expect(text(menu('superoffice').shadowRoot!.querySelector('summary'))).toBe('Troubleshoot');
    expect(buttonNames(menu('superoffice'))).toEqual(['Repair', 'Remove…']);
    expect(buttonNames(menu('jitsi'))).toEqual(['Remove…']);

    api.emitChange({ ...api.views.get('superoffice')!, status: 'disconnected', nextAction: 'connect', account: undefined });
    await settle(app);
    expect(nested(cardOf(app, 'superoffice'), 'vmt-troubleshoot-menu')).toBeUndefined();
  });

  it('Repair runs the repair of that connection', async () => {
    const api = new MemoryTrayApi(allViews({ webex: { status: 'connected', active: true } }));
    const app = await mountApp(api);
    troubleshootButton(cardOf(app, 'webex'), 'Repair').click();
    await settle(app);
    expect(api.callsOf('repairConnection')).toEqual([['webex']]);
  });

  it('Remove… opens the wizard under the section and moves the focus to its heading', async () => {
    const api = new MemoryTrayApi(allViews({ teams: { status: 'connected', active: true } }));
    const app = await mountApp(api);
    expect(wizardOf(app, 'teams')).toBeUndefined();
    troubleshootButton(cardOf(app, 'teams'), 'Remove…').click();
    await settle(app);
    const wizard = wizardOf(app, 'teams')!;
    expect(wizard.closest('section')!.getAttribute('aria-labelledby')).toBe('video-heading');
    const heading = wizard.shadowRoot!.querySelector('h3')!;
    expect(text(heading)).toBe('Remove Microsoft Teams');
    expect(wizard.shadowRoot!.activeElement).toBe(heading);
    expect(api.callsOf('getRemovalWizard')).toContainEqual(['teams']);
  });
});
