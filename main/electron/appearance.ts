import { nativeTheme } from 'electron';
import { THEMES, type ThemeChoice } from '../../preload/contract.js';
import type { TrayIconVariant } from './tray-icons.js';

/** The theme named in a preferences value, or 'system' when it names none. */
export function themeOf(preferences: unknown): ThemeChoice {
  const theme = typeof preferences === 'object' && preferences !== null ? (preferences as { theme?: unknown }).theme : undefined;
  return THEMES.find((choice) => choice === theme) ?? 'system';
}

/**
 * The app's theme and the tray icons' panel. The preference sets nativeTheme.themeSource (the popover's
 * prefers-color-scheme follows). The tray icon follows the panel, not the app: template images on macOS
 * (the menu bar tints them); on Windows the taskbar's own theme (shouldUseDarkColorsForSystemIntegratedUI,
 * which themeSource does not change); on Linux the system's dark preference as last seen while the app
 * followed the system (a forced app theme would otherwise flip the tray icon). Switches on 'updated'.
 */
export class Appearance {
  private systemDark: boolean;
  private variant: TrayIconVariant;
  private readonly onUpdated = (): void => this.update();

  constructor(private readonly options: { platform: NodeJS.Platform; onTrayVariant: (variant: TrayIconVariant) => void }) {
    this.systemDark = nativeTheme.shouldUseDarkColors;
    this.variant = this.currentVariant();
    nativeTheme.on('updated', this.onUpdated);
  }

  /** The tray icon variant for the panel as it is now. */
  get trayVariant(): TrayIconVariant {
    return this.variant;
  }

  /** Applies the user's theme choice to the app's windows. */
  applyTheme(theme: ThemeChoice): void {
    if (nativeTheme.themeSource !== theme) nativeTheme.themeSource = theme;
    this.update();
  }

  stop(): void {
    nativeTheme.removeListener('updated', this.onUpdated);
  }

  private update(): void {
    if (nativeTheme.themeSource === 'system') this.systemDark = nativeTheme.shouldUseDarkColors;
    const variant = this.currentVariant();
    if (variant === this.variant) return;
    this.variant = variant;
    this.options.onTrayVariant(variant);
  }

  private currentVariant(): TrayIconVariant {
    const { platform } = this.options;
    if (platform === 'darwin') return 'template';
    const dark = platform === 'win32' ? nativeTheme.shouldUseDarkColorsForSystemIntegratedUI : this.systemDark;
    return dark ? 'dark-panel' : 'light-panel';
  }
}
