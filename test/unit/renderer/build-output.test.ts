// @vitest-environment node
// Builds the renderer with its real Vite config (into a temporary folder) and checks the output:
// nothing inline that the CSP would block, and the bundle works (Lit's legacy decorators included).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY } from '../../../preload/contract.js';
import { MemoryTrayApi, superOfficeView } from './support/memory-tray-api.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const configFile = fileURLToPath(new URL('../../../renderer/vite.config.ts', import.meta.url));
let outDir = '';
let html = '';
let scripts: string[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'vmt-renderer-'));
  await build({ configFile, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  html = readFileSync(join(outDir, 'index.html'), 'utf8');
  scripts = readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('renderer build', () => {
  it('has the CSP meta (all but frame-ancestors, which a <meta> cannot carry), the title and only external module scripts', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(CSP.replace(" frame-ancestors 'none';", ''));
    expect(html).toContain('<title>Video Meetings Tray</title>');
    const scriptTags = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) {
      expect(tag).toMatch(/\ssrc="\.\/assets\/[^"]+\.js"/);
      expect(tag).toMatch(/>\s*<\/script>$/);
    }
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('emits no modulepreload polyfill and no inlined data', () => {
    const code = scripts.map((name) => readFileSync(join(outDir, 'assets', name), 'utf8')).join('\n');
    expect(code).not.toContain('modulepreload');
    expect(html).not.toMatch(/(src|href)="data:/i);
  });

  it('runs: legacy decorators define the elements, provide and consume the API', async () => {
    const window = new Window({ url: 'http://127.0.0.1/' });
    try {
      const api = new MemoryTrayApi([superOfficeView('connected')]);
      (window as unknown as Record<string, unknown>)[API_KEY] = api;
      window.document.body.innerHTML = '<vmt-app></vmt-app>';
      for (const name of scripts) window.eval(readFileSync(join(outDir, 'assets', name), 'utf8'));

      const app = window.document.querySelector('vmt-app') as unknown as HTMLElement & { updateComplete: Promise<boolean> };
      expect(window.customElements.get('vmt-app')).toBeTruthy();
      for (const name of ['vmt-connection-card', 'vmt-provider-picker', 'vmt-other-providers', 'vmt-test-meeting', 'vmt-passcode-form',
        'vmt-connection-health', 'vmt-agenda', 'vmt-preferences']) {
        expect(window.customElements.get(name), name).toBeTruthy();
      }
      for (let round = 0; round < 5; round++) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        await app.updateComplete;
      }
      const card = app.shadowRoot?.querySelector('vmt-connection-card') as
        | (HTMLElement & { updateComplete: Promise<boolean> })
        | null;
      expect(card).toBeTruthy();
      await card!.updateComplete;
      expect(app.shadowRoot!.querySelector('.env')?.textContent).toContain('Sandbox');
      expect(card!.shadowRoot!.querySelector('[role="status"]')?.textContent).toContain(
        'Connected to Cust12345 as Alice Andersen',
      );
      // @consume worked: the card's Sign out button is enabled because it has the API.
      const signOut = card!.shadowRoot!.querySelector('button') as HTMLButtonElement;
      expect(signOut.textContent?.trim()).toBe('Sign out');
      expect(signOut.disabled).toBe(false);
      signOut.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(api.callsOf('disconnect')).toEqual([['superoffice']]);
    } finally {
      await window.happyDOM.close();
    }
  });
});
