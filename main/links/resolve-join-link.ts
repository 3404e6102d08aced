import { classifyUrlParts } from './classify.js';
import { explainDecision, type IgnoredLink } from './explain.js';
import { extractUrls } from './extract-urls.js';
import { htmlToText } from './html-text.js';
import { PhoneNumberScanner } from './phone-numbers.js';
import { unwrapParsedUrl, type WrapperName } from './unwrap.js';
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
 * `why` says which link and why, and what else was seen (other links, web pages, documents, phone numbers).
 */
export function resolveJoinLink(appointment: AppointmentText): JoinLinkDecision {
  const search = searchAppointment(appointment);
  const { chosen, others, shorterCopy, ignored, searched } = search;
  const why = explainDecision({ chosen, shorterCopy, others, ignored: [...ignored, ...phoneNumbers(searched)], hasText: searched.length > 0 });
  return { ...meetingLinksOf(search), why };
}

/** The decision without its explanation. */
export type MeetingLinks = Omit<JoinLinkDecision, 'why'>;

/**
 * resolveJoinLink without `why`, for the agenda (which never shows it): the same link and alternatives, without
 * the explanation's work (counting the phone numbers between the links, wording the sentence).
 */
export function findMeetingLinks(appointment: AppointmentText): MeetingLinks {
  return meetingLinksOf(searchAppointment(appointment));
}

interface AppointmentSearch {
  chosen: RankedCandidate | null;
  /** The other meeting links, best first. */
  others: RankedCandidate[];
  /** Set when `chosen` replaced this higher-ranked copy of the same link that lacked the query. */
  shorterCopy: RankedCandidate | null;
  ignored: IgnoredLink[];
  searched: SearchedText[];
}

/** Each field's text is read once, by one regex scan for URLs; only the URLs found are parsed and classified. */
function searchAppointment(appointment: AppointmentText): AppointmentSearch {
  const candidates: RankedCandidate[] = [];
  const ignored: IgnoredLink[] = [];
  const searched: SearchedText[] = [];
  for (let fieldIndex = 0; fieldIndex < FIELD_ORDER.length; fieldIndex++) {
    const field = FIELD_ORDER[fieldIndex]!;
    const raw = appointment[field];
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const text = htmlToText(raw);
    searched.push({ text, links: collect(field, fieldIndex, text, candidates, ignored) });
  }
  const ranked = rank(candidates);
  const chosen = preferLongerCopy(ranked);
  const others = chosen ? ranked.filter((candidate) => candidate !== chosen) : [];
  const shorterCopy = chosen !== null && chosen !== ranked[0] ? ranked[0]! : null;
  return { chosen, others, shorterCopy, ignored, searched };
}

function meetingLinksOf({ chosen, others }: AppointmentSearch): MeetingLinks {
  return {
    service: chosen?.service ?? null,
    serviceName: chosen?.serviceName ?? null,
    url: chosen?.url ?? null,
    alternatives: others.map((candidate, index) => toLinkCandidate(candidate, index + 2)),
  };
}

/** For a bare text (the CLI): treated as the description. */
export function resolveJoinLinkInText(text: string): JoinLinkDecision {
  return resolveJoinLink({ description: text });
}

/** A field's text as searched, and where the links in it are: `[start, end)` pairs, in order. */
interface SearchedText {
  text: string;
  links: number[];
}

/** The meeting links of one field go to `candidates`, the other links to `ignored`; returns where the links are. */
function collect(field: AppointmentField, fieldIndex: number, text: string, candidates: RankedCandidate[], ignored: IgnoredLink[]): number[] {
  const links: number[] = [];
  for (const found of extractUrls(text)) {
    links.push(found.start, found.end);
    // The parts of the innermost URL are those of its lower-cased spelling too (parseUrl lower-cases scheme and host).
    const unwrapped = unwrapParsedUrl(found.url, found.parts);
    const url = lowerSchemeAndHost(unwrapped.url);
    const key = comparisonKey(url);
    const kind = classifyUrlParts(unwrapped.parts);
    if (kind.kind === 'meeting') {
      candidates.push(candidate(kind.service, url, field, fieldIndex, kind.confidence, kind.appLink, found.start, unwrapped.wrappers, key));
    } else if (field === 'joinVideomeetUrl' && kind.kind === 'web-page' && /^https?:/.test(url)) {
      candidates.push(candidate(OTHER_SERVICE, url, field, fieldIndex, 1, false, found.start, unwrapped.wrappers, key));
    } else {
      ignored.push(kind.kind === 'service-page' ? { kind: 'service-page', key, serviceName: kind.service.name } : { kind: kind.kind, key });
    }
  }
  return links;
}

function candidate(
  service: { id: string; name: string },
  url: string,
  field: AppointmentField,
  fieldIndex: number,
  confidence: number,
  appLink: boolean,
  position: number,
  wrappers: WrapperName[],
  key: string,
): RankedCandidate {
  return { url, field, fieldIndex, position, wrappers, key, service: service.id, serviceName: service.name, confidence, appLink };
}

/** The phone numbers written between the links of each searched text (for the explanation only). */
function phoneNumbers(searched: readonly SearchedText[]): IgnoredLink[] {
  const phones: IgnoredLink[] = [];
  for (const { text, links } of searched) {
    const scanner = new PhoneNumberScanner(text);
    let gapStart = 0;
    for (let i = 0; i <= links.length; i += 2) {
      const gapEnd = i < links.length ? links[i]! : text.length;
      for (const digits of scanner.scan(gapStart, gapEnd)) phones.push({ kind: 'phone', key: digits });
      gapStart = links[i + 1] ?? text.length;
    }
  }
  return phones;
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
  const key = startsWithHttpColon(url) ? `https:${url.slice(5)}` : url;
  let queryStart = key.length;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code === 63 /* ? */ || code === 35 /* # */) {
      queryStart = i;
      break;
    }
  }
  if (queryStart === 0 || key.charCodeAt(queryStart - 1) !== 47 /* / */) return key;
  return key.slice(0, queryStart - 1) + key.slice(queryStart);
}

/** `http:` in any case. */
function startsWithHttpColon(url: string): boolean {
  return url.length >= 5 && url.slice(0, 5).toLowerCase() === 'http:';
}
