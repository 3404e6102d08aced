/**
 * Fired (not bubbling) by a small panel on its own element to ask its owner to do something the owner is in charge
 * of, e.g. the Troubleshoot menu's "repair", the Google reset's "continue" or "cancel", a finished repair's "dismiss".
 */
export class PanelRequestEvent<R extends string = string> extends Event {
  static readonly type = 'vmt-panel-request';
  readonly request: R;

  constructor(request: R) {
    super(PanelRequestEvent.type);
    this.request = request;
  }
}

declare global {
  interface HTMLElementEventMap {
    'vmt-panel-request': PanelRequestEvent;
  }
}
