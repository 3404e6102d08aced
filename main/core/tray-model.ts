import type { AgendaItem, AgendaView, ConnectionView } from '../../preload/contract.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';

/** What a tray menu item does when chosen. Hosts handle open/settings/quit; the core handles the rest. */
export type TrayAction = 'open' | 'settings' | 'quit' | 'refresh' | `join:${string}` | `add-video:${string}` | `connect:${string}` | `disconnect:${string}`;

export type TrayMenuItem =
  | { kind: 'action'; action: TrayAction; label: string; enabled: boolean }
  | { kind: 'label'; label: string }
  | { kind: 'submenu'; label: string; items: TrayMenuItem[] }
  | { kind: 'separator' };

/** Icon variant: the host maps it to an image ('soon': a meeting starts within 5 minutes; 'live': one is on). */
export type TrayIconState = 'idle' | 'connecting' | 'attention' | 'soon' | 'live';

/** Everything the tray shows, computed from the connections and the agenda (pure, host-independent). */
export interface TrayModel {
  tooltip: string;
  /** Text next to the icon where the platform shows one (macOS), e.g. "Standup · 5m". */
  title?: string;
  /** Minutes until the next meeting when it is within the hour (0 = starting or on); hosts without title text draw it into the icon. */
  minutesLeft?: number;
  icon: TrayIconState;
  menu: TrayMenuItem[];
}

const SOON_MS = 5 * 60_000;

/** Builds the tray's tooltip, title, icon and menu in the user's language; every action of the app is reachable from this menu. */
export function buildTrayModel(
  appName: string,
  environmentLabel: string,
  connections: ConnectionView[],
  agenda?: AgendaView,
  now = Date.now(),
  formatTime: (iso: string) => string = defaultTime,
  { t }: Translator = ENGLISH,
): TrayModel {
  const next = agenda?.items.find((item) => item.key === agenda.nextKey);
  const today = new Date(now).toDateString();
  const remainingToday = (agenda?.items ?? []).filter((item) => !item.allDay && new Date(item.start).toDateString() === today && item.phase !== 'ended');

  const menu: TrayMenuItem[] = [];
  if (next?.join) menu.push({ kind: 'action', action: `join:${next.key}`, label: t('tray.joinNext', { title: shorten(next.title) }), enabled: true });
  if (next && next.alternatives.length) {
    menu.push({
      kind: 'submenu',
      label: t('tray.otherLinks'),
      items: next.alternatives.map((option, index) => ({ kind: 'action', action: `join:${next.key}#${index}`, label: `${option.serviceName}: ${shorten(option.url, 48)}`, enabled: true })),
    });
  }
  // The next of the user's own appointments that has no meeting link yet (the agenda lists them in start order).
  const withoutLink = agenda?.items.find((item) => item.canAddVideo && !item.allDay && item.phase === 'upcoming');
  if (withoutLink) {
    const adding = withoutLink.video?.pending === 'adding';
    menu.push({ kind: 'action', action: `add-video:${withoutLink.key}`, label: adding ? t('tray.addingVideo') : t('tray.addVideo', { title: shorten(withoutLink.title) }), enabled: !adding });
  }
  if (remainingToday.length) {
    menu.push({ kind: 'separator' }, { kind: 'label', label: t('tray.today') });
    for (const item of remainingToday) {
      const plain = `${formatTime(item.start)} ${shorten(item.title)}`;
      const label = item.phase === 'ongoing' ? t('tray.ongoing', { label: plain }) : plain;
      menu.push(item.join ? { kind: 'action', action: `join:${item.key}`, label: t('tray.joinItem', { label }), enabled: true } : { kind: 'label', label });
    }
  } else if (agenda && agenda.status !== 'signed-out') {
    menu.push({ kind: 'label', label: t('tray.noMoreToday') });
  }
  if (agenda?.status === 'stale') menu.push({ kind: 'label', label: t('tray.stale') });

  menu.push({ kind: 'separator' });
  for (const connection of connections) {
    menu.push({ kind: 'label', label: `${connection.title}: ${connection.statusText}` });
    if (connection.status === 'connected') {
      menu.push({ kind: 'action', action: `disconnect:${connection.id}`, label: t('tray.signOut', { title: connection.title }), enabled: true });
    } else {
      const connecting = connection.status === 'connecting';
      menu.push({ kind: 'action', action: `connect:${connection.id}`, label: connecting ? t('tray.signingIn') : t('tray.connect', { title: connection.title }), enabled: !connecting });
    }
  }
  menu.push(
    { kind: 'separator' },
    { kind: 'action', action: 'refresh', label: t('tray.refresh'), enabled: agenda !== undefined && agenda.status !== 'signed-out' },
    { kind: 'action', action: 'open', label: t('tray.open', { app: appName }), enabled: true },
    { kind: 'action', action: 'settings', label: t('tray.settings'), enabled: true },
    { kind: 'separator' },
    { kind: 'action', action: 'quit', label: t('tray.quit'), enabled: true },
  );

  const needsAttention = connections.some((c) => c.status === 'error' || c.status === 'needs-reauth');
  const connecting = connections.some((c) => c.status === 'connecting');
  const countdown = next ? countdownOf(next, now, t) : undefined;
  const label = environmentLabel ? `${appName} (${environmentLabel})` : appName;
  const nextLine = next ? `${countdown?.text ?? ''}: ${next.title}` : undefined;
  const summary = connections.map((c) => c.statusText).join(' · ');
  return {
    tooltip: [label, nextLine, summary].filter(Boolean).join('\n'),
    ...(next && countdown ? { title: `${shorten(next.title, 20)} · ${countdown.short}` } : {}),
    ...(countdown && countdown.minutes <= 59 ? { minutesLeft: countdown.minutes } : {}),
    icon: needsAttention ? 'attention' : connecting ? 'connecting' : countdown?.live ? 'live' : countdown && countdown.ms <= SOON_MS ? 'soon' : 'idle',
    menu,
  };
}

function countdownOf(item: AgendaItem, now: number, t: Translator['t']) {
  const ms = Date.parse(item.start) - now;
  if (item.phase === 'ongoing' || ms <= 0) return { ms: 0, minutes: 0, live: item.phase === 'ongoing', text: t('tray.now'), short: t('tray.nowShort') };
  const minutes = Math.ceil(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const text = minutes < 60 ? t('tray.inMinutes', { count: minutes }) : t('tray.inHours', { hours, minutes: minutes % 60 });
  return { ms, minutes, live: false, text, short: minutes < 60 ? t('tray.minutesShort', { count: minutes }) : t('tray.hoursShort', { count: hours }) };
}

function shorten(text: string, max = 40): string {
  const clean = text.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

function defaultTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}
