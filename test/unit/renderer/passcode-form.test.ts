// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionView, PasscodeProviderId } from '../../../preload/contract.js';
import type { ConnectionCard } from '../../../renderer/components/connection-card.js';
import type { VmtApp } from '../../../renderer/components/vmt-app.js';
import { MemoryTrayApi, PASSCODE_RULES, allViews } from './support/memory-tray-api.js';
import { button, inShadow, mountApp, settle, text } from './support/dom.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const videoCard = (app: VmtApp) =>
  inShadow<ConnectionCard>(app, 'section[aria-labelledby="video-heading"] vmt-connection-card');
const form = (app: VmtApp) => inShadow(videoCard(app), 'vmt-passcode-form');
const field = (app: VmtApp) => inShadow<HTMLInputElement>(form(app), 'input');
const notice = (app: VmtApp) => inShadow(form(app), '.notice');

async function mountProvider(id: PasscodeProviderId, view: Partial<ConnectionView> = {}) {
  const api = new MemoryTrayApi(allViews({ [id]: { status: 'connected', active: true, ...view } }));
  const app = await mountApp(api);
  return { api, app };
}

async function type(app: VmtApp, value: string): Promise<void> {
  field(app).value = value;
  field(app).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(app);
}

async function press(app: VmtApp, name: string): Promise<void> {
  button(form(app), name).click();
  await settle(app);
}

describe('<vmt-passcode-form>', () => {
  it('Zoom and Webex cards have a labelled passcode field with the setting, its maximum length and its rules', async () => {
    for (const id of ['zoom', 'webex'] as const) {
      const { app } = await mountProvider(id, { passcode: { value: 'Abc123', rules: PASSCODE_RULES, maxLength: 10 } });
      const input = field(app);
      const label = inShadow(form(app), `label[for="${input.id}"]`);
      expect(text(label)).toBe('Meeting passcode');
      expect(input.type).toBe('text');
      expect(input.value).toBe('Abc123');
      expect(input.getAttribute('maxlength')).toBe('10');
      expect(input.getAttribute('autocomplete')).toBe('off');
      expect(input.getAttribute('aria-invalid')).toBe('false');
      const rules = inShadow(form(app), 'ul.rules');
      expect([...rules.querySelectorAll('li')].map((li) => text(li))).toEqual(PASSCODE_RULES);
      expect(input.getAttribute('aria-describedby')).toBe(rules.id);
      expect(text(button(form(app), 'Generate'))).toBe('Generate');
      expect(text(button(form(app), 'Save'))).toBe('Save');
      document.body.replaceChildren();
    }
  });

  it('is not shown for providers without a passcode setting', async () => {
    const api = new MemoryTrayApi(allViews({ google: { status: 'connected', active: true } }));
    const app = await mountApp(api);
    expect(videoCard(app).shadowRoot!.querySelector('vmt-passcode-form')).toBeNull();
  });

  it('Generate puts a passcode into the field without saving it', async () => {
    const { api, app } = await mountProvider('zoom');
    api.holdNext('generatePasscode');
    await press(app, 'Generate');
    expect(text(button(form(app), 'Generating…'))).toBe('Generating…');
    api.heldCalls('generatePasscode')[0]!.release();
    await settle(app);

    expect(api.callsOf('generatePasscode')).toEqual([['zoom']]);
    expect(field(app).value).toBe('Gen3rated1');
    expect(api.callsOf('savePasscode')).toEqual([]);
    expect(api.views.get('zoom')!.passcode!.value).toBe('');
    expect(text(notice(app))).toBe('New passcode filled in. Save to use it.');
  });

  it('a generated passcode is saved with Save', async () => {
    const { api, app } = await mountProvider('webex');
    await press(app, 'Generate');
    await press(app, 'Save');
    expect(api.callsOf('savePasscode')).toEqual([['webex', 'Gen3rated1']]);
  });

  it("Save shows the core's invalid_passcode message at the field, with aria-invalid and aria-describedby", async () => {
    const { api, app } = await mountProvider('zoom');
    await type(app, 'abc def!');
    api.failNext('savePasscode', {
      code: 'invalid_passcode',
      message: 'The passcode may only contain letters, digits and @ - _ *; "!" and spaces are not allowed.',
      remedy: 'Change it or press Generate.',
    });
    await press(app, 'Save');

    expect(api.callsOf('savePasscode')).toEqual([['zoom', 'abc def!']]);
    const input = field(app);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby')!.split(' ');
    const error = inShadow(form(app), '.field-error');
    expect(describedBy).toContain(error.id);
    expect(describedBy).toContain(inShadow(form(app), 'ul.rules').id);
    expect(text(error)).toBe(
      'The passcode may only contain letters, digits and @ - _ *; "!" and spaces are not allowed. Change it or press Generate.',
    );
    expect(input.value).toBe('abc def!');
    expect(text(notice(app))).toBe('');

    // Editing the field clears the complaint until the next Save.
    await type(app, 'abcdef');
    expect(field(app).getAttribute('aria-invalid')).toBe('false');
    expect(form(app).shadowRoot!.querySelector('.field-error')).toBeNull();
  });

  it('an empty field is refused without a call', async () => {
    const { api, app } = await mountProvider('zoom');
    await type(app, '   ');
    await press(app, 'Save');
    expect(api.callsOf('savePasscode')).toEqual([]);
    expect(field(app).getAttribute('aria-invalid')).toBe('true');
    expect(text(inShadow(form(app), '.field-error'))).toBe('Enter a passcode, or press Generate.');
  });

  it('a successful Save says "Saved" in a polite live region and the card takes the new setting', async () => {
    const { api, app } = await mountProvider('zoom');
    const live = notice(app);
    expect(live.getAttribute('role')).toBe('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(text(live)).toBe('');

    await type(app, 'Secret42');
    api.holdNext('savePasscode');
    await press(app, 'Save');
    expect(text(button(form(app), 'Saving…'))).toBe('Saving…');
    expect(button(form(app), 'Saving…').getAttribute('aria-disabled')).toBe('true');
    api.heldCalls('savePasscode')[0]!.release();
    await settle(app);

    expect(api.callsOf('savePasscode')).toEqual([['zoom', 'Secret42']]);
    expect(notice(app)).toBe(live);
    expect(text(live)).toBe('Saved');
    expect(videoCard(app).connection?.passcode?.value).toBe('Secret42');
    expect(field(app).value).toBe('Secret42');
    expect(field(app).getAttribute('aria-invalid')).toBe('false');

    // Typing again takes "Saved" away.
    await type(app, 'Secret43');
    expect(text(live)).toBe('');
  });

  it('Enter in the field saves too', async () => {
    const { api, app } = await mountProvider('zoom');
    await type(app, 'Enter123');
    inShadow<HTMLFormElement>(form(app), 'form').requestSubmit();
    await settle(app);
    expect(api.callsOf('savePasscode')).toEqual([['zoom', 'Enter123']]);
  });

  it('other failures are an alert, not a complaint about the passcode', async () => {
    const { api, app } = await mountProvider('webex');
    await type(app, 'Fine123');
    api.failNext('savePasscode', { code: 'network', message: 'Webex could not be reached.', remedy: 'Check your connection.' });
    await press(app, 'Save');
    expect(field(app).getAttribute('aria-invalid')).toBe('false');
    expect(text(inShadow(form(app), '.alert[role="alert"]'))).toBe('Webex could not be reached. Check your connection.');
  });

  it('never logs the passcode', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
    const { api, app } = await mountProvider('zoom');
    await press(app, 'Generate');
    api.failNext('savePasscode', { code: 'invalid_passcode', message: 'Too long.' });
    await press(app, 'Save');
    await type(app, 'Logged42');
    await press(app, 'Save');
    const logged = spies.flatMap((spy) => spy.mock.calls.flat()).map(String).join('\n');
    expect(logged).not.toContain('Gen3rated1');
    expect(logged).not.toContain('Logged42');
  });

  it('renders hostile rules and messages as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u202Egnp.exe';
    const { api, app } = await mountProvider('zoom', { passcode: { value: hostile, rules: [hostile], maxLength: 64 } });
    api.failNext('savePasscode', { code: 'invalid_passcode', message: hostile });
    await press(app, 'Save');
    const root = form(app).shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('ul.rules li')!.textContent).toBe(hostile);
    expect(root.querySelector('.field-error bdi')!.textContent).toBe(hostile);
    expect(field(app).value).toBe(hostile);
  });
});
