import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FormatSettingsChangedEvent } from '../localization/format-settings.js';

/** Renders the host again when the date and time formats change (another clock, or another region's formats). */
export class FormatSettingsController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener(FormatSettingsChangedEvent.type, this.onChange);
  }

  hostDisconnected(): void {
    window.removeEventListener(FormatSettingsChangedEvent.type, this.onChange);
  }

  private readonly onChange = (): void => this.host.requestUpdate();
}
