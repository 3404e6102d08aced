// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VmtApp } from '../../../renderer/components/vmt-app.js';
import { MemoryTrayApi, allViews } from './support/memory-tray-api.js';
import { alertText, button, inShadow, mountApp, settle, text } from './support/dom.js';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const diagnostics = (app: VmtApp) => inShadow(app, 'details.settings vmt-copy-diagnostics');

async function press(app: VmtApp): Promise<void> {
  button(diagnostics(app), 'Copy diagnostics').click();
  await settle(app);
}

describe('Copy diagnostics', () => {
  it('sits at the bottom of Settings and copies the core’s report, announced politely', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const api = new MemoryTrayApi(allViews());
    const app = await mountApp(api);
    const settings = inShadow(app, 'details.settings');
    expect(settings.lastElementChild?.contains(diagnostics(app))).toBe(true);

    await press(app);
    expect(api.callsOf('getDiagnostics')).toEqual([[]]);
    expect(writeText).toHaveBeenCalledWith(api.diagnostics);
    const status = diagnostics(app).shadowRoot!.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(text(status)).toBe('Diagnostics copied');
  });

  it('shows the report to copy by hand when the clipboard refuses', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: async () => Promise.reject(new Error('denied')) } as unknown as Clipboard);
    const api = new MemoryTrayApi(allViews());
    const app = await mountApp(api);
    await press(app);
    expect(alertText(diagnostics(app))).toContain('The clipboard could not be used.');
    const area = diagnostics(app).shadowRoot!.querySelector('textarea')!;
    expect(area.readOnly).toBe(true);
    expect(area.value).toBe(api.diagnostics);
  });

  it('shows why the report could not be made, and is busy meanwhile', async () => {
    const api = new MemoryTrayApi(allViews());
    const app = await mountApp(api);
    api.holdNext('getDiagnostics');
    await press(app);
    expect(button(diagnostics(app), 'Copying…').getAttribute('aria-disabled')).toBe('true');
    api.heldCalls('getDiagnostics')[0]!.release({ ok: false, error: { code: 'internal', message: 'The report could not be made.', remedy: 'Try again.' } });
    await settle(app);
    expect(alertText(diagnostics(app))).toContain('The report could not be made.');
    expect(button(diagnostics(app), 'Copy diagnostics').getAttribute('aria-disabled')).toBe('false');
  });
});
