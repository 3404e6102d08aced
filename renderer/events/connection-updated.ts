import type { ConnectionView } from '../../preload/contract.js';

/** Fired (bubbling, composed) by a card when a call returned a fresh view of its connection. */
export class ConnectionUpdatedEvent extends Event {
  static readonly type = 'vmt-connection-updated';
  readonly view: ConnectionView;

  constructor(view: ConnectionView) {
    super(ConnectionUpdatedEvent.type, { bubbles: true, composed: true });
    this.view = view;
  }
}

declare global {
  interface HTMLElementEventMap {
    'vmt-connection-updated': ConnectionUpdatedEvent;
  }
}
