import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Preferences, ThemeChoice } from '../../preload/contract.js';

/**
 * Puts the chosen theme on the page: `data-theme` on <html> ('system', 'light' or 'dark'). The tokens (styles/tokens.ts)
 * map it to `color-scheme` (light, dark, or "light dark" to follow the system), which picks every colour's light or
 * dark value and styles the native controls to match. Follows the preferences as they change.
 */
export class ThemeController implements ReactiveController {
  private applied: ThemeChoice | undefined;

  /** `preferences` reads the app's one live copy (undefined until loaded). */
  constructor(
    host: ReactiveControllerHost,
    private readonly preferences: () => Preferences | undefined,
    private readonly root: HTMLElement = document.documentElement,
  ) {
    host.addController(this);
  }

  /** The theme on the page now ('system' until the preferences have loaded). */
  get theme(): ThemeChoice {
    return this.preferences()?.theme ?? 'system';
  }

  hostConnected(): void {
    this.apply();
  }

  hostUpdated(): void {
    this.apply();
  }

  private apply(): void {
    const theme = this.theme;
    if (theme === this.applied && this.root.dataset.theme === theme) return;
    this.applied = theme;
    this.root.dataset.theme = theme;
  }
}
