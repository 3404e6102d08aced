import type { AgendaItem, AgendaView } from '../../preload/contract.js';

/** An own, 30-minute agenda item `minutesFromNow` after `now` with a Zoom join link; `over` changes any field. */
export function agendaItemAt(now: number, minutesFromNow: number, title: string, over: Partial<AgendaItem> = {}): AgendaItem {
  return {
    key: `k${minutesFromNow}`,
    appointmentId: 1,
    title,
    start: new Date(now + minutesFromNow * 60_000).toISOString(),
    end: new Date(now + (minutesFromNow + 30) * 60_000).toISOString(),
    allDay: false,
    canAddVideo: false,
    invitation: 'own',
    dimmed: false,
    phase: minutesFromNow <= 0 ? 'ongoing' : 'upcoming',
    join: { service: 'zoom', serviceName: 'Zoom', url: 'https://zoom.us/j/123456789' },
    alternatives: [],
    ...over,
  };
}

/** A fresh two-day agenda of `items`, with `nextKey` as the next meeting when given. */
export function freshAgenda(items: AgendaItem[], nextKey?: string): AgendaView {
  return { status: 'fresh', items, horizonDays: 2, ...(nextKey ? { nextKey } : {}) };
}
