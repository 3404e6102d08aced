import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronUrlOpener } from '../../../main/electron/electron-url-opener.js';

const shell = vi.hoisted(() => ({ openExternal: vi.fn(async (_url: string, _options?: unknown) => {}) }));

vi.mock('electron', () => ({ shell, default: { shell } }));

const ALLOWED = ['https://online.superoffice.com', 'http://127.0.0.1:4000'];

describe('Electron URL opener', () => {
  beforeEach(() => shell.openExternal.mockClear());

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://online.superoffice.com/login',
    'http://example.com:4000/',
    'http://127.0.0.1:4001/authorize',
    'https://evil.example/login',
    'https://online.superoffice.com.evil.example/',
    'https://user:pass@online.superoffice.com/',
    'smb://server/share',
    'not a url',
  ])('refuses %s without calling shell.openExternal', async (url) => {
    const log = vi.fn();
    await expect(createElectronUrlOpener(ALLOWED, { log }).open(url)).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('warn', 'opener.refused', expect.any(Object));
  });

  it.each(['https://online.superoffice.com/login/common/oauth/authorize?client_id=x', 'http://127.0.0.1:4000/authorize?state=s'])(
    'opens allow-listed %s in the system browser',
    async (url) => {
      await expect(createElectronUrlOpener(ALLOWED, { log: vi.fn() }).open(url)).resolves.toBe(true);
      expect(shell.openExternal).toHaveBeenCalledWith(url, expect.anything());
    },
  );

  it('reports false when the OS cannot open the browser', async () => {
    shell.openExternal.mockRejectedValueOnce(new Error('no handler'));
    const log = vi.fn();
    await expect(createElectronUrlOpener(ALLOWED, { log }).open('https://online.superoffice.com/x')).resolves.toBe(false);
    expect(log).toHaveBeenCalledWith('error', 'opener.failed', expect.any(Object));
  });
});
