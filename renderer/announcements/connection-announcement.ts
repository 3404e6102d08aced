import { msg, str } from '@lit/localize';
import type { ConnectionView } from '../../preload/contract.js';

/**
 * What a screen reader hears when a connection's state changes (`before` → `after`): connected, disconnected, signing
 * in, or needing attention with the reason. Nothing for the first view of a connection or when the state stays.
 */
export function connectionAnnouncement(before: ConnectionView | undefined, after: ConnectionView): string | undefined {
  if (!before || before.status === after.status) return undefined;
  const title = after.title;
  switch (after.status) {
    case 'connected':
      return msg(str`${title} is connected.`);
    case 'disconnected':
      return msg(str`${title} is disconnected.`);
    case 'connecting':
      return msg(str`Signing in to ${title}. Continue in your browser.`);
    case 'needs-reauth':
    case 'error': {
      const why = after.diagnosis?.cause || after.error?.message || after.statusText;
      return why ? msg(str`${title} needs attention: ${why}`) : msg(str`${title} needs attention.`);
    }
  }
}
