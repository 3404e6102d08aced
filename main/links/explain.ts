import type { AppointmentField, RankedCandidate } from './resolve-join-link.js';

/** A link or number that was seen but is not a way into the meeting; `key` de-duplicates repeats. */
export type IgnoredLink = { kind: 'web-page' | 'document' | 'phone'; key: string } | { kind: 'service-page'; key: string; serviceName: string };

export interface DecisionFacts {
  chosen: RankedCandidate | null;
  /** Set when `chosen` replaced this higher-ranked copy of the same link that lacked the query. */
  shorterCopy: RankedCandidate | null;
  others: readonly RankedCandidate[];
  ignored: readonly IgnoredLink[];
  hasText: boolean;
}

/** Alternatives named in the sentence before it says "and N more". */
const LISTED_ALTERNATIVES = 3;

const FIELD_PHRASES: Record<AppointmentField, string> = {
  joinVideomeetUrl: 'the video meeting field (JoinVideomeetUrl)',
  location: 'the Location field',
  description: 'the description',
  agenda: 'the agenda',
};

/** The `why` of a decision: one sentence a helpdesk person can read out. */
export function explainDecision(facts: DecisionFacts): string {
  const ignored = ignoredSummary(facts);
  const { chosen } = facts;
  if (!chosen) {
    if (!facts.hasText) return 'No meeting link found: the appointment has no text to search';
    if (ignored.total === 0) return 'No meeting link found: the text has no links or phone numbers';
    return `No meeting link found: ${ignored.phrase} ${ignored.total === 1 ? 'was' : 'were'} ignored`;
  }
  let sentence = `${chosen.serviceName} link in ${FIELD_PHRASES[chosen.field]} (${chosen.url})`;
  if (chosen.wrappers.length > 0) sentence += `, unwrapped from ${wrapperPhrase(chosen.wrappers)}`;
  if (facts.shorterCopy) sentence += `, chosen over the shorter copy in ${FIELD_PHRASES[facts.shorterCopy.field]} because it keeps the query (e.g. the passcode)`;
  if (chosen.appLink) sentence += ', an app link because no web link for a meeting was found';
  if (facts.others.length > 0) sentence += `; ${count(facts.others.length, 'other link')}: ${othersPhrase(facts.others)}`;
  if (ignored.total > 0) sentence += `; ignored ${ignored.phrase}`;
  return sentence;
}

/** "Proofpoint URL Defense and Outlook SafeLinks (2 layers)": repeats of one wrapper are counted, not listed. */
function wrapperPhrase(wrappers: readonly string[]): string {
  const runs: string[] = [];
  for (let i = 0; i < wrappers.length; ) {
    let j = i;
    while (j < wrappers.length && wrappers[j] === wrappers[i]) j++;
    runs.push(j - i === 1 ? wrappers[i]! : `${wrappers[i]} (${j - i} layers)`);
    i = j;
  }
  return listPhrase(runs);
}

function othersPhrase(others: readonly RankedCandidate[]): string {
  const listed = others.slice(0, LISTED_ALTERNATIVES).map((other) => `${other.serviceName} in ${FIELD_PHRASES[other.field]} (${other.url})`);
  const rest = others.length - listed.length;
  return rest > 0 ? `${listed.join(', ')} and ${rest} more` : listPhrase(listed);
}

function ignoredSummary(facts: DecisionFacts): { phrase: string; total: number } {
  const candidateKeys = new Set([facts.chosen, ...facts.others].flatMap((candidate) => (candidate ? [candidate.key] : [])));
  const seen = new Set<string>();
  const tally = new Map<string, number>();
  const bump = (label: string) => tally.set(label, (tally.get(label) ?? 0) + 1);
  let webPages = 0;
  let documents = 0;
  let phones = 0;
  for (const link of facts.ignored) {
    const id = `${link.kind} ${link.key}`;
    if (seen.has(id) || candidateKeys.has(link.key)) continue;
    seen.add(id);
    if (link.kind === 'web-page') webPages++;
    else if (link.kind === 'document') documents++;
    else if (link.kind === 'phone') phones++;
    else if (link.kind === 'service-page') bump(link.serviceName);
  }
  const parts = [
    ...(webPages ? [count(webPages, 'web page')] : []),
    ...(documents ? [count(documents, 'document')] : []),
    ...[...tally].map(([name, n]) => (n === 1 ? `1 ${name} page that is not a meeting` : `${n} ${name} pages that are not meetings`)),
    ...(phones ? [count(phones, 'phone number')] : []),
  ];
  return { phrase: listPhrase(parts), total: webPages + documents + phones + [...tally.values()].reduce((a, b) => a + b, 0) };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function listPhrase(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
