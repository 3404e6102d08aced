import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronGlobalShortcut } from '../../../main/electron/electron-global-shortcut.js';

const fake = vi.hoisted(() => ({
  registered: new Map<string, () => void>(),
  /** Accelerators another app holds: Electron's register "succeeds" silently or returns false. */
  taken: new Set<string>(),
  silentlyTaken: new Set<string>(),
}));

vi.mock('electron', () => {
  const globalShortcut = {
    register: vi.fn((accelerator: string, callback: () => void) => {
      if (!/^(CommandOrControl|Alt|Shift)(\+(Alt|Shift))*\+[A-Z0-9]$/.test(accelerator)) throw new Error(`Failed to parse accelerator "${accelerator}"`);
      if (fake.taken.has(accelerator)) return false;
      if (fake.silentlyTaken.has(accelerator)) return true;
      fake.registered.set(accelerator, callback);
      return true;
    }),
    isRegistered: vi.fn((accelerator: string) => fake.registered.has(accelerator)),
    unregister: vi.fn((accelerator: string) => void fake.registered.delete(accelerator)),
    unregisterAll: vi.fn(() => fake.registered.clear()),
  };
  return { globalShortcut, default: { globalShortcut } };
});

describe('Electron global shortcut', () => {
  beforeEach(() => {
    fake.registered.clear();
    fake.taken.clear();
    fake.silentlyTaken.clear();
  });

  it('registers an accelerator and runs the callback when pressed', () => {
    const callback = vi.fn();
    expect(createElectronGlobalShortcut({ log: vi.fn() }).register('CommandOrControl+Shift+J', callback)).toBe(true);
    fake.registered.get('CommandOrControl+Shift+J')!();
    expect(callback).toHaveBeenCalledOnce();
  });

  it('is false when another app has it (Electron says so, or silently does not register)', () => {
    const log = vi.fn();
    const shortcut = createElectronGlobalShortcut({ log });
    fake.taken.add('CommandOrControl+Shift+J');
    fake.silentlyTaken.add('Alt+Shift+M');
    expect(shortcut.register('CommandOrControl+Shift+J', vi.fn())).toBe(false);
    expect(shortcut.register('Alt+Shift+M', vi.fn())).toBe(false);
    expect(log).toHaveBeenCalledWith('warn', 'shortcut.taken', { accelerator: 'CommandOrControl+Shift+J' });
  });

  it('is false for an invalid or empty accelerator instead of throwing', () => {
    const log = vi.fn();
    const shortcut = createElectronGlobalShortcut({ log });
    expect(shortcut.register('Hyper+Nope+J', vi.fn())).toBe(false);
    expect(shortcut.register('  ', vi.fn())).toBe(false);
    expect(log).toHaveBeenCalledWith('warn', 'shortcut.invalid', expect.objectContaining({ accelerator: 'Hyper+Nope+J' }));
  });

  it('registering its own accelerator again replaces the callback', () => {
    const shortcut = createElectronGlobalShortcut({ log: vi.fn() });
    const first = vi.fn();
    const second = vi.fn();
    expect(shortcut.register('Alt+Shift+J', first)).toBe(true);
    expect(shortcut.register('Alt+Shift+J', second)).toBe(true);
    fake.registered.get('Alt+Shift+J')!();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
  });

  it('a throwing callback is logged, not thrown into Electron', () => {
    const log = vi.fn();
    createElectronGlobalShortcut({ log }).register('Alt+Shift+J', () => {
      throw new Error('boom');
    });
    expect(() => fake.registered.get('Alt+Shift+J')!()).not.toThrow();
    expect(log).toHaveBeenCalledWith('error', 'shortcut.callback_failed', expect.objectContaining({ accelerator: 'Alt+Shift+J' }));
  });

  it('unregisterAll releases every shortcut', () => {
    const shortcut = createElectronGlobalShortcut({ log: vi.fn() });
    shortcut.register('Alt+Shift+J', vi.fn());
    shortcut.register('Alt+Shift+K', vi.fn());
    shortcut.unregisterAll();
    expect(fake.registered.size).toBe(0);
  });
});
