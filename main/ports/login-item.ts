/** Starting the app when the user logs in (Electron's login items; on Linux an XDG autostart entry). */
export interface LoginItem {
  /** Adds or removes the app from the programs started at login. */
  apply(enabled: boolean): void;
}
