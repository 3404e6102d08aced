import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ThemeChoice, TrayApi } from '../../preload/contract.js';
import { LiveValueController } from './live-value-controller.js';

/**
 * Puts the chosen theme on the page: `data-theme` on <html> ('system', 'light' or 'dark'). The tokens (styles/tokens.ts)
 * map it to `color-scheme` (light, dark, or "light dark" to follow the system), which picks every colour's light or
 * dark value and styles the native controls to match. Follows the preferences as they change.
 */
export class ThemeController implements ReactiveController {
  private readonly preferences: LiveValueController<'preferencesChanged'>;
  private applied: ThemeChoice | undefined;

  constructor(
    host: ReactiveControllerHost,
    getApi: () => TrayApi | undefined,
    private readonly root: HTMLElement = document.documentElement,
  ) {
    this.preferences = new LiveValueController(host, getApi, 'preferencesChanged', (api) => api.getPreferences());
    host.addController(this);
  }

  /** The theme on the page now ('system' until the preferences have loaded). */
  get theme(): ThemeChoice {
    return this.preferences.value?.theme ?? 'system';
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
