import { Menu, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { TrayAction, TrayIconState, TrayMenuItem, TrayModel } from '../core/tray-model.js';
import type { TrayView } from '../ports/tray-view.js';
import type { Rect } from './popover-position.js';

export interface ElectronTrayViewOptions {
  icons: Record<TrayIconState, NativeImage>;
  /** Tooltip and menu shown until the core renders its first model. */
  appName: string;
  onAction: (action: TrayAction) => void;
  /** Click on the icon (macOS/Windows; on Linux the menu is the way in). */
  onClick: () => void;
}

/** Converts the core's menu model to an Electron menu template (pure). */
export function menuTemplate(items: readonly TrayMenuItem[], onAction: (action: TrayAction) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'label':
        return { label: item.label, enabled: false };
      case 'action':
        return { label: item.label, enabled: item.enabled, click: () => onAction(item.action) };
    }
  });
}

/** TrayView over Electron's Tray. Every render sets the context menu again (menu item changes need it). */
export class ElectronTrayView implements TrayView {
  private readonly tray: Tray;

  constructor(private readonly options: ElectronTrayViewOptions) {
    this.tray = new Tray(options.icons.idle);
    this.tray.on('click', () => options.onClick());
    // Some Linux trays show an indicator only once it has a menu: give it one right away.
    this.render({
      tooltip: options.appName,
      icon: 'idle',
      menu: [
        { kind: 'action', action: 'open', label: `Open ${options.appName}`, enabled: true },
        { kind: 'separator' },
        { kind: 'action', action: 'quit', label: 'Quit', enabled: true },
      ],
    });
  }

  render(model: TrayModel): void {
    if (this.tray.isDestroyed()) return;
    this.tray.setImage(this.options.icons[model.icon]);
    this.tray.setToolTip(model.tooltip);
    this.tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(model.menu, this.options.onAction)));
  }

  /** The icon's screen bounds, or null where the platform does not report them (Linux). */
  bounds(): Rect | null {
    if (this.tray.isDestroyed()) return null;
    try {
      const bounds = this.tray.getBounds();
      return bounds.width > 0 && bounds.height > 0 ? bounds : null;
    } catch {
      return null;
    }
  }

  destroy(): void {
    if (!this.tray.isDestroyed()) this.tray.destroy();
  }
}
