import { computeAgenda } from '../agenda/next-rules.js';
import { findMeetingLinks } from '../links/resolve-join-link.js';
import { DEFAULT_PREFERENCES } from '../settings/preferences-schema.js';
import { median } from './stats.js';
import { syntheticDiary } from './synthetic-diary.js';

export interface AgendaResult {
  agendaMs: number[];
  baselineMs: number[];
  appointments: number;
  averageTextChars: number;
  items: number;
  withJoin: number;
}

/**
 * "What is next" for 10,000 appointments with ~1 kB invite texts: every appointment's join link resolved
 * (no decision cache: each round resolves all of them again) and the agenda computed, as
 * AgendaService.view() does with main/agenda/next-rules.ts and main/links/resolve-join-link.ts
 * (findMeetingLinks: the links without the helpdesk's explanation, which the agenda never shows). The
 * baseline is one plain pass over the same text (a checksum over every character of JoinVideomeetUrl,
 * Location and Description of every appointment). Rounds alternate baseline and agenda; medians.
 */
export function measureAgenda10k(rounds = 7, count = 10_000): AgendaResult {
  const now = Date.parse('2026-11-23T09:00:00Z');
  const { appointments, textChars } = syntheticDiary(count, now);
  const resolve = (appointment: (typeof appointments)[number]) =>
    findMeetingLinks({ joinVideomeetUrl: appointment.joinVideomeetUrl, location: appointment.location, description: appointment.description });
  const agendaMs: number[] = [];
  const baselineMs: number[] = [];
  let items = 0;
  let withJoin = 0;
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    let checksum = 0;
    for (const appointment of appointments) {
      for (const text of [appointment.joinVideomeetUrl, appointment.location, appointment.description]) {
        for (let i = 0; i < text.length; i++) checksum = (Math.imul(checksum, 31) + text.charCodeAt(i)) | 0;
      }
    }
    baselineMs.push(performance.now() - start);
    sink ^= checksum;

    start = performance.now();
    const agenda = computeAgenda(appointments, now, DEFAULT_PREFERENCES, resolve);
    agendaMs.push(performance.now() - start);
    items = agenda.items.length;
    withJoin = agenda.items.filter((item) => item.join).length;
    sink ^= agenda.nextKey?.length ?? 0;
  }
  if (sink === 0.5) console.error('unreachable'); // keeps the checksum alive
  return { agendaMs, baselineMs, appointments: count, averageTextChars: textChars / count, items, withJoin };
}

export function agendaFigures(result: AgendaResult): { agenda_10k_ms: number; agenda_ratio: number } {
  const agenda = median(result.agendaMs);
  return { agenda_10k_ms: agenda, agenda_ratio: agenda / median(result.baselineMs) };
}
