// @vitest-environment node
// Builds the renderer with its real Vite config (into a temporary folder) and checks the output:
// nothing inline that the CSP would block, the translations in chunks of their own, and the bundle works
// (Lit's legacy decorators included, a language loaded on demand).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { build, type Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY } from '../../../preload/contract.js';
import { MemoryTrayApi, superOfficeView } from './support/memory-tray-api.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const configFile = fileURLToPath(new URL('../../../renderer/vite.config.ts', import.meta.url));
let outDir = '';
let runDir = '';
let html = '';
let scripts: string[] = [];

/**
 * happy-dom cannot compile Vite's preload helper (it reads import.meta.resolve), which wraps every dynamic import:
 * the build that runs in happy-dom has a pass-through helper instead. The chunks have no dependencies to preload.
 */
const passThroughPreload: Plugin = {
  name: 'pass-through-preload',
  enforce: 'pre',
  resolveId: (id) => (id === '\0vite/preload-helper.js' ? id : undefined),
  load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
};

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'vmt-renderer-'));
  await build({ configFile, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  html = readFileSync(join(outDir, 'index.html'), 'utf8');
  scripts = readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
  runDir = mkdtempSync(join(tmpdir(), 'vmt-renderer-run-'));
  await build({ configFile, logLevel: 'silent', build: { outDir: runDir, emptyOutDir: true }, plugins: [passThroughPreload] });
}, 60_000);

afterAll(() => {
  for (const dir of [outDir, runDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Waits (up to 5 s) until `condition` holds; the module scripts load over HTTP. */
async function until(condition: () => boolean): Promise<void> {
  for (let wait = 0; wait < 500 && !condition(); wait++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

/** Serves a build folder over HTTP on 127.0.0.1, as the browser host does (module scripts need a real origin). */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    try {
      const body = readFileSync(join(dir, path === '/' ? 'index.html' : decodeURIComponent(path)));
      response.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'text/html' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

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
    // The polyfill scans the page's <link rel="modulepreload"> (Vite's preload helper, which only feature-detects it, stays).
    expect(code).not.toContain('link[rel="modulepreload"]');
    expect(html).not.toMatch(/(src|href)="data:/i);
  });

  it('keeps each language in a chunk of its own, loaded on demand, and the entry small', () => {
    const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const read = (name: string) => readFileSync(join(outDir, 'assets', name), 'utf8');
    expect(read(entry!)).toContain('Settings');
    expect(read(entry!)).not.toContain('Innstillinger');
    for (const [locale, settings] of [['nb', 'Innstillinger'], ['sv', 'Inställningar'], ['da', 'Indstillinger'], ['de', 'Einstellungen'], ['nl', 'Instellingen']]) {
      const chunk = scripts.find((name) => name.startsWith(`${locale}-`));
      expect(chunk, locale).toBeDefined();
      expect(read(chunk!)).toContain(settings);
    }
    expect(gzipSync(read(entry!)).length).toBeLessThan(60_000);
  });

  it('runs: legacy decorators define the elements, provide and consume the API, and a language loads on demand', async () => {
    const { server, url } = await serve(runDir);
    const window = new Window({ url, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
    try {
      const api = new MemoryTrayApi([superOfficeView('connected')]);
      (window as unknown as Record<string, unknown>)[API_KEY] = api;
      window.document.write(readFileSync(join(runDir, 'index.html'), 'utf8'));
      await until(() => !!window.customElements.get('vmt-app'));

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

      // Another language: its chunk loads and every view follows.
      const summary = () => app.shadowRoot!.querySelector('details.settings > summary')?.textContent?.trim();
      expect(summary()).toBe('Settings');
      api.emitPreferences({ ...api.preferences, language: 'nb' });
      await until(() => summary() === 'Innstillinger');
      expect(window.document.documentElement.lang).toBe('nb');
    } finally {
      await window.happyDOM.close();
      server.close();
    }
  });
});
