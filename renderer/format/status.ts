import { msg } from '@lit/localize';
import type { ConnectionView } from '../../preload/contract.js';

/** A short status label next to a status dot (the dot's colour alone says nothing to some users). */
export function shortStatusLabel(view: ConnectionView): string {
  switch (view.status) {
    case 'connected':
      return msg('Connected');
    case 'connecting':
      return msg('Signing in…');
    case 'needs-reauth':
      return msg('Sign-in expired');
    case 'error':
      return msg('Problem');
    case 'disconnected':
      return view.needsAccount === false ? msg('No account needed') : msg('Not connected');
  }
}
