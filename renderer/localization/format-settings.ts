import type { HourCycleChoice } from '../../preload/contract.js';

/** How dates and times are shown: the locale tag (undefined = the runtime's default) and the clock. */
export interface FormatSettings {
  locale: string | undefined;
  hourCycle: HourCycleChoice;
}

/** Dispatched on window when the format settings change, so views that show dates and times render again. */
export class FormatSettingsChangedEvent extends Event {
  static readonly type = 'vmt-format-settings-changed';

  constructor() {
    super(FormatSettingsChangedEvent.type);
  }
}

let current: FormatSettings = { locale: undefined, hourCycle: 'system' };

/** The format settings in effect (set by the locale controller from the preferences). */
export function formatSettings(): FormatSettings {
  return current;
}

/** Replaces the format settings; announces the change (when there is one) unless `announce` is false. */
export function setFormatSettings(next: FormatSettings, announce = true): boolean {
  if (next.locale === current.locale && next.hourCycle === current.hourCycle) return false;
  current = { ...next };
  if (announce) window.dispatchEvent(new FormatSettingsChangedEvent());
  return true;
}

declare global {
  interface WindowEventMap {
    [FormatSettingsChangedEvent.type]: FormatSettingsChangedEvent;
  }
}
