import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Appearance, themeOf } from '../../../main/electron/appearance.js';

/**
 * Electron's nativeTheme as the OS drives it: `system` is the OS's dark mode, `taskbar` Windows' taskbar
 * theme; shouldUseDarkColors follows themeSource when it is forced, as in Electron.
 */
const os = vi.hoisted(() => ({ system: false, taskbar: false }));
const nativeTheme = vi.hoisted(() => {
  const listeners = new Set<() => void>();
  return {
    themeSource: 'system' as 'system' | 'light' | 'dark',
    get shouldUseDarkColors() {
      return this.themeSource === 'system' ? os.system : this.themeSource === 'dark';
    },
    get shouldUseDarkColorsForSystemIntegratedUI() {
      return os.taskbar;
    },
    on: (_event: 'updated', listener: () => void) => listeners.add(listener),
    removeListener: (_event: 'updated', listener: () => void) => listeners.delete(listener),
    emitUpdated: () => listeners.forEach((listener) => listener()),
    listeners,
  };
});
vi.mock('electron', () => ({ nativeTheme, default: { nativeTheme } }));

describe('appearance', () => {
  beforeEach(() => {
    Object.assign(os, { system: false, taskbar: false });
    nativeTheme.themeSource = 'system';
    nativeTheme.listeners.clear();
  });

  it('applies the theme preference to nativeTheme.themeSource', () => {
    const appearance = new Appearance({ platform: 'linux', onTrayVariant: vi.fn() });
    for (const theme of ['dark', 'light', 'system'] as const) {
      appearance.applyTheme(theme);
      expect(nativeTheme.themeSource).toBe(theme);
    }
  });

  it('reads the theme from preferences, falling back to system', () => {
    expect(themeOf({ theme: 'dark' })).toBe('dark');
    expect(themeOf({ theme: 'purple' })).toBe('system');
    expect(themeOf(null)).toBe('system');
  });

  it('macOS: always template images, whatever the theme', () => {
    os.system = true;
    const onTrayVariant = vi.fn();
    const appearance = new Appearance({ platform: 'darwin', onTrayVariant });
    expect(appearance.trayVariant).toBe('template');
    nativeTheme.emitUpdated();
    appearance.applyTheme('light');
    expect(onTrayVariant).not.toHaveBeenCalled();
  });

  it('Windows: follows the taskbar theme, not the app theme, and switches when it changes', () => {
    const onTrayVariant = vi.fn();
    const appearance = new Appearance({ platform: 'win32', onTrayVariant });
    expect(appearance.trayVariant).toBe('light-panel');
    appearance.applyTheme('dark');
    expect(appearance.trayVariant).toBe('light-panel');
    os.taskbar = true;
    nativeTheme.emitUpdated();
    expect(appearance.trayVariant).toBe('dark-panel');
    expect(onTrayVariant.mock.calls).toEqual([['dark-panel']]);
  });

  it('Linux: follows the system dark preference; a forced app theme keeps the last system value', () => {
    os.system = true;
    const onTrayVariant = vi.fn();
    const appearance = new Appearance({ platform: 'linux', onTrayVariant });
    expect(appearance.trayVariant).toBe('dark-panel');
    appearance.applyTheme('light'); // the app is light, the panel is still dark
    expect(appearance.trayVariant).toBe('dark-panel');
    appearance.applyTheme('system');
    os.system = false;
    nativeTheme.emitUpdated();
    expect(appearance.trayVariant).toBe('light-panel');
    expect(onTrayVariant.mock.calls).toEqual([['light-panel']]);
  });

  it('stop() stops listening', () => {
    const onTrayVariant = vi.fn();
    new Appearance({ platform: 'win32', onTrayVariant }).stop();
    os.taskbar = true;
    nativeTheme.emitUpdated();
    expect(onTrayVariant).not.toHaveBeenCalled();
    expect(nativeTheme.listeners.size).toBe(0);
  });
});
