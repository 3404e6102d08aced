import { msg, str } from '@lit/localize';
import type { AgendaItem, AgendaView } from '../../preload/contract.js';
import { parseTimestamp } from '../format/time.js';

/**
 * What a screen reader hears when a new agenda arrives: a meeting that has just started, a refresh that failed (the
 * agenda shown is then stale, with the reason), or that the agenda was updated (when it changed, or the user asked).
 * Nothing for the first agenda.
 */
export function agendaChangeAnnouncement(
  previous: AgendaView | undefined,
  view: AgendaView,
  options: { changed: boolean; refreshRequested: boolean },
): string | undefined {
  if (!previous) return undefined;
  const before = new Map(previous.items.map((item) => [item.key, item.phase]));
  const started = view.items.find((item) => item.phase === 'ongoing' && before.has(item.key) && before.get(item.key) !== 'ongoing');
  if (started) return msg(str`Meeting starting now: ${started.title}`);
  const error = view.status === 'stale' ? view.error : undefined;
  if (error && (previous.status !== 'stale' || previous.error?.message !== error.message || options.refreshRequested)) {
    return msg(str`The agenda could not be refreshed: ${error.message} Showing the last known agenda.`);
  }
  if (options.changed || options.refreshRequested) return msg('Agenda updated');
  return undefined;
}

/**
 * The meetings a reminder is due for at `now`: joinable, not declined, starting within `minutes` (and not yet
 * started), and not in `announced` (keys already reminded of). None when reminders are at 0 minutes: the start itself
 * is announced then ("Meeting starting now").
 */
export function dueReminders(items: readonly AgendaItem[], now: Date, minutes: number, announced: ReadonlySet<string>): AgendaItem[] {
  if (minutes <= 0) return [];
  return items.filter((item) => {
    if (!item.join || item.allDay || item.invitation === 'declined' || item.phase !== 'upcoming' || announced.has(item.key)) return false;
    const start = parseTimestamp(item.start);
    if (!start) return false;
    const left = start.getTime() - now.getTime();
    return left > 0 && left <= minutes * 60_000;
  });
}

/** "Weekly sync starts in 1 minute" / "… in 3 minutes" (minutes left, rounded up). */
export function reminderAnnouncement(item: AgendaItem, now: Date): string {
  const start = parseTimestamp(item.start)?.getTime() ?? now.getTime();
  const left = Math.max(1, Math.ceil((start - now.getTime()) / 60_000));
  return left === 1 ? msg(str`${item.title} starts in 1 minute`) : msg(str`${item.title} starts in ${left} minutes`);
}
