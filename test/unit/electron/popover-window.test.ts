import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PopoverWindow, popoverWebPreferences, POPOVER_SIZE } from '../../../main/electron/popover-window.js';
import { TrustedSenders } from '../../../main/electron/trusted-senders.js';

const fake = vi.hoisted(() => ({
  windows: [] as unknown[],
  cursor: { x: 1800, y: 10 },
  workArea: { x: 0, y: 32, width: 1920, height: 1048 },
}));

vi.mock('electron', () => {
  let nextId = 1;
  class BrowserWindow {
    readonly listeners = new Map<string, (event: { preventDefault(): void }) => void>();
    readonly webContents = { id: nextId++, once: vi.fn(), isDestroyed: () => false };
    visible = false;
    destroyed = false;
    onTop = false;
    position: [number, number] | null = null;
    loaded: string | null = null;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      fake.windows.push(this);
    }
    on(event: string, listener: (event: { preventDefault(): void }) => void) {
      this.listeners.set(event, listener);
      return this;
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    getBounds() {
      return { x: 0, y: 0, width: this.options.width ?? 0, height: this.options.height ?? 0 };
    }
    setPosition(x: number, y: number) {
      this.position = [x, y];
    }
    setAlwaysOnTop(flag: boolean) {
      this.onTop = flag;
    }
    show() {
      this.visible = true;
    }
    focus() {}
    hide() {
      this.visible = false;
    }
    isVisible() {
      return this.visible;
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  const screen = {
    getCursorScreenPoint: () => fake.cursor,
    getDisplayNearestPoint: vi.fn(() => ({ workArea: fake.workArea })),
  };
  return { BrowserWindow, screen, default: { BrowserWindow, screen } };
});

interface FakeWindow {
  options: BrowserWindowConstructorOptions;
  listeners: Map<string, (event: { preventDefault(): void }) => void>;
  webContents: { id: number };
  visible: boolean;
  destroyed: boolean;
  onTop: boolean;
  position: [number, number] | null;
  loaded: string | null;
}

function setup(anchor: () => { x: number; y: number; width: number; height: number } | null = () => null) {
  const trusted = new TrustedSenders();
  const popover = new PopoverWindow({
    preloadPath: '/app/dist/preload/electron.cjs',
    url: 'app://bundle/index.html',
    trusted,
    anchor,
    logger: { log: vi.fn() },
    devTools: false,
  });
  const window = () => fake.windows.at(-1) as FakeWindow;
  return { popover, trusted, window };
}

describe('popover window', () => {
  beforeEach(() => {
    fake.windows.length = 0;
    vi.useRealTimers();
  });

  it('has hardened webPreferences', () => {
    expect(popoverWebPreferences('/p.cjs', false)).toEqual(
      expect.objectContaining({
        preload: '/p.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        devTools: false,
      }),
    );
    expect(popoverWebPreferences('/p.cjs', false)).not.toHaveProperty('enableBlinkFeatures');
  });

  it('creates a hidden, frameless, fixed-size window off the taskbar, loads the app and trusts its webContents', () => {
    const { popover, trusted, window } = setup();
    popover.ensure();
    const { options } = window();
    expect(options).toMatchObject({ show: false, frame: false, resizable: false, skipTaskbar: true, ...POPOVER_SIZE });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: '/app/dist/preload/electron.cjs' });
    expect(window().loaded).toBe('app://bundle/index.html');
    expect(trusted.has(window().webContents.id)).toBe(true);
    expect(popover.ensure()).toBe(popover.ensure());
    expect(fake.windows).toHaveLength(1);
  });

  it('shows next to the tray icon when its bounds are known, on top while shown', () => {
    const { popover, window } = setup(() => ({ x: 1500, y: 0, width: 22, height: 24 }));
    popover.show();
    expect(window().visible).toBe(true);
    expect(window().onTop).toBe(true);
    expect(window().position).toEqual([1321, 32]);
  });

  it('without tray bounds, shows in the work-area corner near the cursor', () => {
    const { popover, window } = setup();
    popover.show();
    expect(window().position).toEqual([1920 - 380 - 4, 36]);
  });

  it('hides on blur and on close, and really closes only on destroy', () => {
    const { popover, window } = setup();
    popover.show();
    window().listeners.get('blur')!({ preventDefault() {} });
    expect(window().visible).toBe(false);
    expect(window().onTop).toBe(false);

    popover.show();
    const close = { prevented: false, preventDefault() { this.prevented = true; } };
    window().listeners.get('close')!(close);
    expect(close.prevented).toBe(true);
    expect(window().visible).toBe(false);

    popover.destroy();
    expect(window().destroyed).toBe(true);
  });

  it('toggle hides a shown popover and ignores the click that caused the blur-hide', () => {
    vi.useFakeTimers();
    const { popover, window } = setup();
    popover.toggle();
    expect(window().visible).toBe(true);
    popover.toggle();
    expect(window().visible).toBe(false);
    popover.toggle();
    expect(window().visible).toBe(false);
    vi.advanceTimersByTime(1000);
    popover.toggle();
    expect(window().visible).toBe(true);
  });

  it('recreates the window after it was destroyed', () => {
    const { popover } = setup();
    const first = popover.ensure();
    popover.destroy();
    expect(popover.ensure()).not.toBe(first);
  });
});
