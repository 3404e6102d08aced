import type { ConnectionCard } from '../../../../renderer/components/connection-card.js';
import type { RemovalWizard } from '../../../../renderer/components/removal-wizard.js';
import type { VmtApp } from '../../../../renderer/components/vmt-app.js';
import type { ConnectionId, Diagnosis } from '../../../../preload/contract.js';
import { button, text } from './dom.js';

/** The card of a connection (SuperOffice's, or the active provider's). */
export function cardOf(app: VmtApp, id: ConnectionId): ConnectionCard {
  const found = [...(app.shadowRoot?.querySelectorAll<ConnectionCard>('vmt-connection-card') ?? [])].find((each) => each.connection?.id === id);
  if (!found) throw new Error(`no card for ${id}`);
  return found;
}

/** The element matching `selector` in the shadow root of `host`, or undefined. */
export function nested<E extends Element>(host: Element, selector: string): E | undefined {
  return host.shadowRoot?.querySelector<E>(selector) ?? undefined;
}

/** The card's Troubleshoot menu button (Repair, Remove…), or an error naming what is missing. */
export function troubleshootButton(card: ConnectionCard, name: string): HTMLButtonElement {
  const menu = nested(card, 'vmt-troubleshoot-menu');
  if (!menu) throw new Error('no Troubleshoot menu on the card');
  return button(menu, name);
}

/** The removal wizard shown for a connection. */
export function wizardOf(app: VmtApp, id: ConnectionId): RemovalWizard | undefined {
  return nested<RemovalWizard>(app, `vmt-removal-wizard[data-connection="${id}"]`);
}

/** Each wizard step's "Step N Title (State)" line. */
export function stepLines(wizard: RemovalWizard): string[] {
  return [...(wizard.shadowRoot?.querySelectorAll('.step-head') ?? [])].map((head) => text(head));
}

/** A diagnosis as the core attaches it. */
export function diagnosis(overrides: Partial<Diagnosis> = {}): Diagnosis {
  return {
    kind: 'needs-reauth',
    cause: 'Zoom no longer accepts your sign-in: it expired or was revoked.',
    remedy: 'Sign in to Zoom again.',
    action: 'reconnect',
    actionLabel: 'Sign in again',
    ...overrides,
  };
}
