import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AppInfo, Preferences } from '../../preload/contract.js';
import { applyLocale } from '../localization/apply-locale.js';

/**
 * Keeps the page in the chosen language and clock (preferences.language and hourCycle). 'system' follows the operating
 * system's language in the Electron host (AppInfo.systemLocale) and the browser's languages in the browser host; until
 * the app info has loaded, the browser's.
 */
export class LocaleController implements ReactiveController {
  private applied = '';

  /** `preferences` reads the app's one live copy (undefined until loaded). */
  constructor(
    host: ReactiveControllerHost,
    private readonly preferences: () => Preferences | undefined,
    private readonly getAppInfo: () => AppInfo | undefined,
    private readonly root: HTMLElement = document.documentElement,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.apply();
  }

  hostUpdated(): void {
    this.apply();
  }

  /** The system's language tags: the OS's in the Electron host, the browser's otherwise. */
  private systemTags(): readonly string[] {
    const info = this.getAppInfo();
    if (info?.host === 'electron' && info.systemLocale) return [info.systemLocale];
    return navigator.languages.length ? navigator.languages : [navigator.language];
  }

  private apply(): void {
    const inputs = {
      language: this.preferences()?.language ?? 'system',
      hourCycle: this.preferences()?.hourCycle ?? 'system',
      systemTags: this.systemTags(),
    };
    const key = JSON.stringify(inputs);
    if (key === this.applied) return;
    this.applied = key;
    // A language whose translations fail to load stays as it was (lit-localize reports it); nothing to do here.
    void applyLocale(inputs, this.root).catch(() => undefined);
  }
}
