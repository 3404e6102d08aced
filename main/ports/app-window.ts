/** The app's own window (the Electron host's popover); absent where the host has none to bring forward. */
export interface AppWindow {
  /** Shows the window and gives it focus. */
  show(): void;
}
