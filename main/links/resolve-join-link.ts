import { classifyUrl } from './classify.js';
import { explainDecision, type IgnoredLink } from './explain.js';
import { extractUrls } from './extract-urls.js';
import { htmlToText } from './html-text.js';
import { findPhoneNumbers } from './phone-numbers.js';
import { unwrapUrl, type WrapperName } from './unwrap.js';
import { lowerSchemeAndHost } from './url-parts.js';

export interface AppointmentText {
  joinVideomeetUrl?: string | null;
  location?: string | null;
  description?: string | null;
  agenda?: string | null;
}

export type AppointmentField = 'joinVideomeetUrl' | 'location' | 'description' | 'agenda';

export interface LinkCandidate {
  service: string;
  serviceName: string;
  url: string;
  field: AppointmentField;
  /** 1 for the chosen link, then 2, 3 … in the order the alternatives are offered. */
  rank: number;
}

export interface JoinLinkDecision {
  service: string | null;
  serviceName: string | null;
  url: string | null;
  alternatives: LinkCandidate[];
  /** One sentence for a helpdesk person: which link, from where, and what else was seen. */
  why: string;
}

/** The fields in the order they are trusted. */
export const FIELD_ORDER: readonly AppointmentField[] = ['joinVideomeetUrl', 'location', 'description', 'agenda'];

/** A URL in JoinVideomeetUrl that matches no known service is still the meeting SuperOffice stored. */
export const OTHER_SERVICE = { id: 'other', name: 'Video meeting' } as const;

/** A meeting link with what it takes to rank and explain it. */
export interface RankedCandidate {
  service: string;
  serviceName: string;
  url: string;
  field: AppointmentField;
  fieldIndex: number;
  confidence: number;
  appLink: boolean;
  position: number;
  wrappers: WrapperName[];
  /** For de-duplication: scheme folded to https, host lower-cased, no trailing "/". */
  key: string;
}

/**
 * Finds the join link: JoinVideomeetUrl, then Location, then description, then agenda (HTML stripped, entities
 * decoded, wrappers removed). Web links beat app links; then field order; then how sure the service match is;
 * then position. A longer copy of the chosen link (one that keeps `?pwd=…`) replaces a truncated one.
 */
export function resolveJoinLink(appointment: AppointmentText): JoinLinkDecision {
  const candidates: RankedCandidate[] = [];
  const ignored: IgnoredLink[] = [];
  let hasText = false;
  FIELD_ORDER.forEach((field, fieldIndex) => {
    const raw = appointment[field];
    if (typeof raw !== 'string' || raw.trim() === '') return;
    hasText = true;
    collect(field, fieldIndex, htmlToText(raw), candidates, ignored);
  });
  const ranked = rank(candidates);
  const chosen = preferLongerCopy(ranked);
  const ordered = chosen ? [chosen, ...ranked.filter((candidate) => candidate !== chosen)] : [];
  const alternatives = ordered.slice(1).map((candidate, index) => toLinkCandidate(candidate, index + 2));
  const shorterCopy = chosen !== null && chosen !== ranked[0] ? ranked[0]! : null;
  const why = explainDecision({ chosen, shorterCopy, others: ordered.slice(1), ignored, hasText });
  return {
    service: chosen?.service ?? null,
    serviceName: chosen?.serviceName ?? null,
    url: chosen?.url ?? null,
    alternatives,
    why,
  };
}

/** For a bare text (the CLI): treated as the description. */
export function resolveJoinLinkInText(text: string): JoinLinkDecision {
  return resolveJoinLink({ description: text });
}

function collect(field: AppointmentField, fieldIndex: number, text: string, candidates: RankedCandidate[], ignored: IgnoredLink[]): void {
  let gapStart = 0;
  const gaps: string[] = [];
  for (const found of extractUrls(text)) {
    gaps.push(text.slice(gapStart, found.start));
    gapStart = found.end;
    const unwrapped = unwrapUrl(found.url);
    const url = lowerSchemeAndHost(unwrapped.url);
    const key = comparisonKey(url);
    const kind = classifyUrl(url);
    const base = { url, field, fieldIndex, position: found.start, wrappers: unwrapped.wrappers, key };
    if (kind.kind === 'meeting') {
      candidates.push({ ...base, service: kind.service.id, serviceName: kind.service.name, confidence: kind.confidence, appLink: kind.appLink });
    } else if (field === 'joinVideomeetUrl' && kind.kind === 'web-page' && /^https?:/.test(url)) {
      candidates.push({ ...base, service: OTHER_SERVICE.id, serviceName: OTHER_SERVICE.name, confidence: 1, appLink: false });
    } else {
      ignored.push(kind.kind === 'service-page' ? { kind: 'service-page', key, serviceName: kind.service.name } : { kind: kind.kind, key });
    }
  }
  gaps.push(text.slice(gapStart));
  for (const gap of gaps) for (const digits of findPhoneNumbers(gap)) ignored.push({ kind: 'phone', key: digits });
}

/** Best first, one entry per distinct link (the best-ranked copy is kept). */
function rank(candidates: RankedCandidate[]): RankedCandidate[] {
  const sorted = [...candidates].sort(
    (a, b) => Number(a.appLink) - Number(b.appLink) || a.fieldIndex - b.fieldIndex || b.confidence - a.confidence || a.position - b.position,
  );
  const seen = new Set<string>();
  return sorted.filter((candidate) => (seen.has(candidate.key) ? false : (seen.add(candidate.key), true)));
}

/** The top candidate, or a longer copy of the same link (e.g. with `?pwd=`) when another field or place has one. */
function preferLongerCopy(ranked: RankedCandidate[]): RankedCandidate | null {
  const top = ranked[0];
  if (!top) return null;
  let best = top;
  for (const candidate of ranked) {
    if (candidate.service !== top.service || candidate.appLink !== top.appLink || candidate.key.length <= best.key.length) continue;
    const next = candidate.key[top.key.length];
    if (candidate.key.startsWith(top.key) && (next === '?' || next === '&' || next === '#')) best = candidate;
  }
  return best;
}

function toLinkCandidate(candidate: RankedCandidate, rankNumber: number): LinkCandidate {
  return { service: candidate.service, serviceName: candidate.serviceName, url: candidate.url, field: candidate.field, rank: rankNumber };
}

/** Two spellings of one link compare equal: http/https, host case, a trailing "/" before the query. */
function comparisonKey(url: string): string {
  const key = url.replace(/^http:/i, 'https:');
  let queryStart = key.length;
  for (let i = 0; i < key.length; i++) {
    if (key[i] === '?' || key[i] === '#') {
      queryStart = i;
      break;
    }
  }
  const path = key.slice(0, queryStart);
  return (path.endsWith('/') ? path.slice(0, -1) : path) + key.slice(queryStart);
}
