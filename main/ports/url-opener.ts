/** Opens a URL outside the app: the system browser (Electron) or a new tab (browser host). */
export interface UrlOpener {
  /** Resolves false when nothing could open it (e.g. no browser page connected yet). */
  open(url: string): Promise<boolean>;
}
