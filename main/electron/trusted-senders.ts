import type { WebContents } from 'electron';

/**
 * The webContents allowed to call the core over IPC (GitHub Desktop's trusted-ipc-sender):
 * added when the popover is created, removed when its webContents is destroyed.
 */
export class TrustedSenders {
  private readonly contents = new Map<number, WebContents>();

  add(webContents: WebContents): void {
    const { id } = webContents;
    this.contents.set(id, webContents);
    webContents.once('destroyed', () => this.contents.delete(id));
  }

  has(id: number): boolean {
    const webContents = this.contents.get(id);
    return !!webContents && !webContents.isDestroyed();
  }

  /** The trusted webContents that are still alive. */
  live(): WebContents[] {
    return [...this.contents.values()].filter((webContents) => !webContents.isDestroyed());
  }
}
