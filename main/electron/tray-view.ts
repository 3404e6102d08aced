import { Menu, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { TrayAction, TrayMenuItem, TrayModel } from '../core/tray-model.js';
import type { TrayView } from '../ports/tray-view.js';
import type { Rect } from './popover-position.js';
import type { TrayIcons } from './tray-icons.js';

export interface ElectronTrayViewOptions {
  icons: TrayIcons;
  /** Tooltip and menu shown until the core renders its first model. */
  appName: string;
  onAction: (action: TrayAction) => void;
  /** Click on the icon (macOS/Windows; on Linux the menu is the way in). */
  onClick: () => void;
  /** Defaults to process.platform; decides title text (macOS) versus minutes drawn into the icon. */
  platform?: NodeJS.Platform;
}

/** Converts the core's menu model to an Electron menu template, submenus included (pure). */
export function menuTemplate(items: readonly TrayMenuItem[], onAction: (action: TrayAction) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'label':
        return { label: item.label, enabled: false };
      case 'action':
        return { label: item.label, enabled: item.enabled, click: () => onAction(item.action) };
      case 'submenu':
        return { label: item.label, enabled: item.items.length > 0, submenu: menuTemplate(item.items, onAction) };
    }
  });
}

/**
 * TrayView over Electron's Tray. Every render sets the context menu again (menu item changes need it).
 * macOS shows the model's title next to a template icon; Windows and Linux have no title text, so the
 * minutes left are drawn into the icon instead.
 */
export class ElectronTrayView implements TrayView {
  private readonly tray: Tray;
  private readonly titleText: boolean;
  private image: NativeImage;
  private icons: TrayIcons;
  private model: TrayModel | null = null;
  private title = '';

  constructor(private readonly options: ElectronTrayViewOptions) {
    this.titleText = (options.platform ?? process.platform) === 'darwin';
    this.icons = options.icons;
    this.image = this.icons.image('idle');
    this.tray = new Tray(this.image);
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
    this.model = model;
    const image = this.icons.image(model.icon, this.titleText ? undefined : model.minutesLeft);
    // The same image again would make some Linux trays redraw (flicker) for nothing.
    if (image !== this.image) {
      this.tray.setImage(image);
      this.image = image;
    }
    if (this.titleText) {
      const title = model.title ?? '';
      if (title !== this.title) {
        // Digits of equal width, so the menu bar does not jiggle as the minutes count down.
        this.tray.setTitle(title, { fontType: 'monospacedDigit' });
        this.title = title;
      }
    }
    this.tray.setToolTip(model.tooltip);
    this.tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(model.menu, this.options.onAction)));
  }

  /** Switches to another icon set (e.g. when the panel turns dark) and redraws the current state with it. */
  setIcons(icons: TrayIcons): void {
    if (icons === this.icons) return;
    this.icons = icons;
    if (this.model) this.render(this.model);
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
