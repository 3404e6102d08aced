/** Which part of Settings to bring into view: the SuperOffice card or the active video provider. */
export type SettingsTarget = 'superoffice' | 'video';

/** Fired (bubbling, composed) to open Settings and move the focus to a connection (e.g. the SuperOffice Connect button). */
export class ShowSettingsEvent extends Event {
  static readonly type = 'vmt-show-settings';
  readonly settingsTarget: SettingsTarget;

  constructor(target: SettingsTarget) {
    super(ShowSettingsEvent.type, { bubbles: true, composed: true });
    this.settingsTarget = target;
  }
}

declare global {
  interface HTMLElementEventMap {
    'vmt-show-settings': ShowSettingsEvent;
  }
}
