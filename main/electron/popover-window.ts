import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import type { Logger } from '../ports/logger.js';
import { popoverPosition, type Rect } from './popover-position.js';
import type { TrustedSenders } from './trusted-senders.js';

export const POPOVER_SIZE = { width: 380, height: 520 };
/** A click on the tray icon right after a blur-hide is the same gesture: do not reopen. */
const REOPEN_GUARD_MS = 300;

/** The popover's webPreferences: Electron's security checklist, nothing optional left on. */
export function popoverWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
    devTools,
  };
}

/** BrowserWindow options of the frameless, tray-anchored popover. */
export function popoverWindowOptions(preloadPath: string, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    ...POPOVER_SIZE,
    show: false,
    frame: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    alwaysOnTop: false,
    backgroundColor: '#ffffff',
    title: 'Video Meetings Tray',
    webPreferences: popoverWebPreferences(preloadPath, devTools),
  };
}

export interface PopoverOptions {
  preloadPath: string;
  url: string;
  trusted: TrustedSenders;
  /** The tray icon's bounds, when the platform reports them. */
  anchor: () => Rect | null;
  logger: Logger;
  devTools: boolean;
}

/** The popover: created hidden, shown next to the tray, hidden on blur, and closed only on quit. */
export class PopoverWindow {
  private window: BrowserWindow | null = null;
  private closing = false;
  private hiddenAt = 0;

  constructor(private readonly options: PopoverOptions) {}

  /** Creates and loads the window (hidden) if it does not exist yet. */
  ensure(): BrowserWindow {
    if (this.window && !this.window.isDestroyed()) return this.window;
    // electronegativity: AUXCLICK_JS_CHECK, CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK — set in popoverWebPreferences() above (disableBlinkFeatures Auxclick, contextIsolation, sandbox)
    const window = new BrowserWindow(popoverWindowOptions(this.options.preloadPath, this.options.devTools));
    this.options.trusted.add(window.webContents);
    window.on('blur', () => this.hide());
    window.on('close', (event) => {
      if (this.closing) return;
      event.preventDefault();
      this.hide();
    });
    window.on('closed', () => {
      if (this.window === window) this.window = null;
    });
    window.loadURL(this.options.url).catch((error: unknown) => this.options.logger.log('error', 'popover.load_failed', { error }));
    this.window = window;
    return window;
  }

  show(): void {
    const window = this.ensure();
    const bounds = window.getBounds();
    const anchor = this.options.anchor();
    const cursor = screen.getCursorScreenPoint();
    const display = screen.getDisplayNearestPoint(anchor ? { x: anchor.x + anchor.width / 2, y: anchor.y + anchor.height / 2 } : cursor);
    const { x, y } = popoverPosition({ size: bounds, workArea: display.workArea, trayBounds: anchor, cursor });
    window.setPosition(x, y, false);
    window.setAlwaysOnTop(true, 'pop-up-menu');
    window.show();
    window.focus();
  }

  hide(): void {
    const window = this.window;
    if (!window || window.isDestroyed() || !window.isVisible()) return;
    this.hiddenAt = Date.now();
    window.setAlwaysOnTop(false);
    window.hide();
  }

  /** Tray-icon click: show when hidden, hide when shown. */
  toggle(): void {
    if (this.window && !this.window.isDestroyed() && this.window.isVisible()) this.hide();
    else if (Date.now() - this.hiddenAt > REOPEN_GUARD_MS) this.show();
  }

  /** Really closes the window (quit). */
  destroy(): void {
    this.closing = true;
    if (this.window && !this.window.isDestroyed()) this.window.destroy();
    this.window = null;
  }
}
