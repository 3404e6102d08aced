import type { GlobalShortcut } from '../ports/global-shortcut.js';

/**
 * The browser host's GlobalShortcut: none. A web page only sees keys while it has focus, and the
 * Node side has no portable way to take a system-wide shortcut, so every registration reports
 * "not available" (false) and the core leaves the shortcut off.
 */
export class WebGlobalShortcut implements GlobalShortcut {
  register(_accelerator: string, _callback: () => void): boolean {
    return false;
  }

  unregisterAll(): void {}
}
