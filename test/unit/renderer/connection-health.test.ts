// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionCard } from '../../../renderer/components/connection-card.js';
import type { ConnectionHealth } from '../../../renderer/components/connection-health.js';
import type { ProviderPicker } from '../../../renderer/components/provider-picker.js';
import type { VmtApp } from '../../../renderer/components/vmt-app.js';
import { MemoryTrayApi, allViews, providerView, superOfficeView } from './support/memory-tray-api.js';
import { inShadow, mountApp, settle, text } from './support/dom.js';

afterEach(() => {
  document.body.replaceChildren();
});

const health = (app: VmtApp) => inShadow<ConnectionHealth>(app, 'vmt-connection-health');
const lines = (app: VmtApp) => [...health(app).shadowRoot!.querySelectorAll<HTMLButtonElement>('button.line')];
const settings = (app: VmtApp) => inShadow<HTMLDetailsElement>(app, 'details.settings');

describe('popover order', () => {
  it('health strip, then the agenda, then Settings with the connections and Preferences', async () => {
    const app = await mountApp(new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true } })));
    const main = app.shadowRoot!.querySelector('main')!;
    expect([...main.children].map((child) => child.localName)).toEqual(['vmt-connection-health', 'vmt-agenda', 'details']);
    expect(text(settings(app).querySelector('summary'))).toBe('Settings');
    expect(settings(app).querySelector('section[aria-labelledby="crm-heading"] vmt-connection-card')).not.toBeNull();
    expect(settings(app).querySelector('vmt-provider-picker')).not.toBeNull();
    expect(settings(app).querySelector('section[aria-labelledby="preferences-heading"] vmt-preferences')).not.toBeNull();
  });
});

describe('<vmt-connection-health>', () => {
  it('shows SuperOffice and the active provider with status dot and short label', async () => {
    const app = await mountApp(
      new MemoryTrayApi(allViews({ teams: { status: 'needs-reauth', active: true }, zoom: { status: 'connected' } })),
    );
    expect(lines(app).map((line) => line.dataset.connection)).toEqual(['superoffice', 'teams']);
    expect(lines(app).map((line) => text(line))).toEqual(['SuperOffice CRM Online Connected', 'Microsoft Teams Sign-in expired']);
    expect(lines(app).map((line) => line.getAttribute('aria-label'))).toEqual([
      'SuperOffice CRM Online: Connected',
      'Microsoft Teams: Sign-in expired',
    ]);
    expect(lines(app).map((line) => line.querySelector('.dot')!.getAttribute('data-status'))).toEqual(['connected', 'needs-reauth']);
    expect(health(app).shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).toBe('Connection health');
  });

  it('says when no provider is chosen, and follows connectionChanged', async () => {
    const api = new MemoryTrayApi(allViews());
    const app = await mountApp(api);
    expect(lines(app).map((line) => text(line))).toEqual(['SuperOffice CRM Online Connected', 'Video meetings No provider chosen']);

    api.emitChange(providerView('zoom', 'connecting', { active: true }));
    await settle(app);
    expect(text(lines(app)[1])).toBe('Zoom Signing in…');
  });

  it('shows only SuperOffice when the core lists no providers', async () => {
    const app = await mountApp(new MemoryTrayApi([superOfficeView('error')]));
    expect(lines(app).map((line) => text(line))).toEqual(['SuperOffice CRM Online Problem']);
  });

  it('a line opens Settings and moves the focus to that connection', async () => {
    const app = await mountApp(new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true } })));
    expect(settings(app).open).toBe(false);

    lines(app)[1]!.click();
    await settle(app);
    expect(settings(app).open).toBe(true);
    const zoomCard = inShadow<ConnectionCard>(app, 'section[aria-labelledby="video-heading"] > vmt-connection-card');
    expect(app.shadowRoot!.activeElement).toBe(zoomCard);
    expect(text(zoomCard.shadowRoot!.activeElement)).toBe('Sign out');

    lines(app)[0]!.click();
    await settle(app);
    const soCard = inShadow<ConnectionCard>(app, 'section[aria-labelledby="crm-heading"] vmt-connection-card');
    expect(app.shadowRoot!.activeElement).toBe(soCard);
  });

  it('without an active provider, the video line focuses the provider picker', async () => {
    const app = await mountApp(new MemoryTrayApi(allViews()));
    lines(app)[1]!.click();
    await settle(app);
    const picker = inShadow<ProviderPicker>(app, 'vmt-provider-picker');
    expect(app.shadowRoot!.activeElement).toBe(picker);
    expect((picker.shadowRoot!.activeElement as HTMLInputElement).value).toBe('zoom');
  });
});

describe('Settings', () => {
  it('starts open when SuperOffice is not connected, and stays open once it connects', async () => {
    const api = new MemoryTrayApi([superOfficeView('disconnected')]);
    const app = await mountApp(api);
    expect(settings(app).open).toBe(true);
    api.emitChange(superOfficeView('connected'));
    await settle(app);
    expect(settings(app).open).toBe(true);
  });

  it('starts closed when SuperOffice is connected; the user can open it', async () => {
    const app = await mountApp(new MemoryTrayApi([superOfficeView('connected')]));
    expect(settings(app).open).toBe(false);
    settings(app).open = true;
    await settle(app);
    app.requestUpdate();
    await settle(app);
    expect(settings(app).open).toBe(true);
  });
});
