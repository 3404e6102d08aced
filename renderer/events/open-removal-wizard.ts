import type { ConnectionId } from '../../preload/contract.js';

/** Fired (bubbling, composed) by a card's "Remove…": the app shows that connection's removal wizard and focuses it. */
export class OpenRemovalWizardEvent extends Event {
  static readonly type = 'vmt-open-removal-wizard';
  readonly connectionId: ConnectionId;

  constructor(id: ConnectionId) {
    super(OpenRemovalWizardEvent.type, { bubbles: true, composed: true });
    this.connectionId = id;
  }
}

declare global {
  interface HTMLElementEventMap {
    'vmt-open-removal-wizard': OpenRemovalWizardEvent;
  }
}
