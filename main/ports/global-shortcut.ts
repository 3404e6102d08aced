/** System-wide keyboard shortcuts (Electron's globalShortcut); the browser host has none. */
export interface GlobalShortcut {
  /** Registers the accelerator; false when it is taken by another app (the shortcut stays off). */
  register(accelerator: string, callback: () => void): boolean;
  unregisterAll(): void;
}
