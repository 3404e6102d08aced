import type { ConnectionView } from '../../preload/contract.js';

/** What a tray menu item does when chosen. Hosts handle open/quit; the core handles the rest. */
export type TrayAction = 'open' | 'quit' | `connect:${string}` | `disconnect:${string}`;

export type TrayMenuItem =
  | { kind: 'action'; action: TrayAction; label: string; enabled: boolean }
  | { kind: 'label'; label: string }
  | { kind: 'separator' };

/** Icon variant: the host maps it to an image. */
export type TrayIconState = 'idle' | 'connecting' | 'attention';

/** Everything the tray shows, computed from the connections (pure, host-independent). */
export interface TrayModel {
  tooltip: string;
  icon: TrayIconState;
  menu: TrayMenuItem[];
}

/** Builds the tray's tooltip, icon and menu; every action of the app is reachable from this menu. */
export function buildTrayModel(appName: string, environmentLabel: string, connections: ConnectionView[]): TrayModel {
  const menu: TrayMenuItem[] = [{ kind: 'action', action: 'open', label: `Open ${appName}`, enabled: true }, { kind: 'separator' }];
  for (const connection of connections) {
    menu.push({ kind: 'label', label: `${connection.title}: ${connection.statusText}` });
    if (connection.status === 'connected') {
      menu.push({ kind: 'action', action: `disconnect:${connection.id}`, label: `Sign out of ${connection.title}`, enabled: true });
    } else {
      const connecting = connection.status === 'connecting';
      menu.push({
        kind: 'action',
        action: `connect:${connection.id}`,
        label: connecting ? 'Signing in…' : `Connect ${connection.title}`,
        enabled: !connecting,
      });
    }
  }
  menu.push({ kind: 'separator' }, { kind: 'action', action: 'quit', label: 'Quit', enabled: true });

  const needsAttention = connections.some((c) => c.status === 'error' || c.status === 'needs-reauth');
  const connecting = connections.some((c) => c.status === 'connecting');
  const summary = connections.map((c) => c.statusText).join(' · ');
  const label = environmentLabel ? `${appName} (${environmentLabel})` : appName;
  return {
    tooltip: summary ? `${label}\n${summary}` : label,
    icon: needsAttention ? 'attention' : connecting ? 'connecting' : 'idle',
    menu,
  };
}
