import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  createAppRequestHandler,
  isAppUrl,
  registerAppSchemePrivileges,
  RENDERER_CSP,
  resolveAppFile,
  serveAppProtocol,
} from '../../../main/electron/app-protocol.js';

const protocol = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }));
vi.mock('electron', () => ({ protocol, default: { protocol } }));

const base = mkdtempSync(join(tmpdir(), 'vmt-app-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>tray</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'outside the renderer');
mkdirSync(join(base, 'renderer-evil'));
writeFileSync(join(base, 'renderer-evil', 'x.js'), 'sibling with a common prefix');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const handler = createAppRequestHandler(root);
const get = (url: string) => handler({ url, method: 'GET' });

describe('app:// protocol', () => {
  it('registers app:// as a standard, secure scheme and serves it with protocol.handle', () => {
    registerAppSchemePrivileges();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    serveAppProtocol(root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves renderer files with the CSP header and a content type', async () => {
    const response = await get('app://bundle/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>tray</title>');
    const script = await get('app://bundle/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('serves index.html for the bare origin', async () => {
    expect((await get('app://bundle/')).status).toBe(200);
    expect(resolveAppFile(root, 'app://bundle')).toBe(join(root, 'index.html'));
  });

  it('the CSP forbids inline script, plugins, framing, base and form targets', () => {
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'none'"]) {
      expect(RENDERER_CSP).toContain(directive);
    }
    expect(RENDERER_CSP).not.toContain('unsafe');
  });

  it.each([
    'app://bundle/../../etc/passwd',
    'app://bundle/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/..%2F..%2Fsecret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/..%5Csecret.txt',
    'app://bundle/%2e%2e%2frenderer-evil%2fx.js',
    'app://bundle/index.html%00.js',
    'app://bundle/%E0%A4%A',
    'app://bundle/missing.js',
    'app://bundle/assets',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('answers 404 for %s, with the CSP header', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it('never resolves a path outside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://bundle/..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveAppFile(root, 'app://bundle/%2e%2e%2frenderer-evil%2fx.js')).toBeNull();
    // Dot segments are normalized by the URL parser first, so this stays inside (and is then missing).
    expect(resolveAppFile(root, 'app://bundle/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handler({ url: 'app://bundle/index.html', method: 'POST' })).status).toBe(405);
    const head = await handler({ url: 'app://bundle/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('isAppUrl compares scheme and host (Node gives app: URLs the origin "null")', () => {
    expect(new URL('app://bundle/x').origin).toBe('null');
    expect(isAppUrl('app://bundle/index.html')).toBe(true);
    expect(isAppUrl('app://bundle.evil/index.html')).toBe(false);
    expect(isAppUrl('app://user@bundle/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('data:text/html,hi')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});
