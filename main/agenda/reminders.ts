import type { AgendaItem } from '../../preload/contract.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';

/** After the start, a reminder is still worth showing this long (e.g. the machine woke up just after). */
export const LATE_REMINDER_MS = 5 * 60_000;

/**
 * The items whose reminder is due at `now`: from `minutesBefore` before the start until 5 minutes after
 * it, not declined, not all-day, not reminded before (`reminded` holds occurrence keys, which include
 * the start, so a moved meeting is reminded again). A clock moved back or a wake-up from sleep cannot
 * repeat a reminder, and one moved forward past the window skips it rather than nagging late.
 */
export function dueReminders(items: readonly AgendaItem[], now: number, minutesBefore: number, reminded: ReadonlySet<string>): AgendaItem[] {
  return items.filter((item) => {
    if (item.allDay || item.invitation === 'declined' || reminded.has(item.key)) return false;
    const start = Date.parse(item.start);
    return now >= start - minutesBefore * 60_000 && now < start + LATE_REMINDER_MS;
  });
}

/**
 * The reminder text in the user's language: "Starts in 1 minute", "Starting now", "Started 3 minutes ago",
 * with the meeting's times ("10:00–10:30") when `formatTime` is given, and who it is with.
 */
export function reminderBody(item: AgendaItem, now: number, { t }: Translator = ENGLISH, formatTime?: (iso: string) => string): string {
  const minutes = Math.round((Date.parse(item.start) - now) / 60_000);
  const when = minutes > 0 ? t('reminder.startsIn', { count: minutes }) : minutes === 0 ? t('reminder.startingNow') : t('reminder.started', { count: -minutes });
  const times = formatTime ? `${formatTime(item.start)}–${formatTime(item.end)}` : '';
  const who = [item.company, item.contact].filter(Boolean).join(', ');
  // Where notifications have no buttons (Linux), a click is the only way to act: say what it does.
  return [[when, times, who].filter(Boolean).join(' · '), item.join ? t('reminder.clickToJoin') : ''].filter(Boolean).join('\n');
}

/** Keeps the remembered keys small: those of occurrences that started within the last two days. */
export function pruneReminded(keys: readonly string[], now: number): string[] {
  return keys.filter((key) => {
    const start = Date.parse(key.slice(key.indexOf('@') + 1));
    return Number.isFinite(start) && start > now - 2 * 86_400_000;
  });
}
