import { SERVICES, hostMatches, type LinkRule, type MeetingService } from './services.js';
import { parseUrl, type UrlParts } from './url-parts.js';

/** What a (already unwrapped) URL is, as far as joining a meeting goes. */
export type UrlClass =
  | { kind: 'meeting'; service: MeetingService; confidence: 1 | 2 | 3; appLink: boolean }
  /** A meeting service's own page that is not a meeting (zoom.us/signin, a Teams channel or chat). */
  | { kind: 'service-page'; service: MeetingService }
  | { kind: 'document' }
  | { kind: 'web-page' };

/** Only this much of a path or query is looked at; every rule is decided well within it. */
const MAX_MATCHED_LENGTH = 2048;

/** Classifies one URL against SERVICES (app links get confidence 1), documents, and plain web pages. */
export function classifyUrl(url: string): UrlClass {
  const parts = parseUrl(url);
  if (!parts) return { kind: 'web-page' };
  if (parts.scheme !== 'http' && parts.scheme !== 'https') return classifyAppLink(parts);
  const path = parts.path.slice(0, MAX_MATCHED_LENGTH);
  const query = parts.query.slice(0, MAX_MATCHED_LENGTH);
  let owner: MeetingService | null = null;
  for (const { service, rule, anyHost } of rulesForHost(parts.host)) {
    if (ruleMatches(rule, path, query)) return { kind: 'meeting', service, confidence: rule.confidence, appLink: false };
    if (!owner && !anyHost) owner = service;
  }
  if (owner) return { kind: 'service-page', service: owner };
  return isDocument(parts) ? { kind: 'document' } : { kind: 'web-page' };
}

interface IndexedRule {
  order: number;
  service: MeetingService;
  rule: LinkRule;
  /** The rule applies to every host (self-hosted products), so a miss says nothing about the host. */
  anyHost: boolean;
}

/** Host patterns indexed once: exact names, `*.domain` by domain, and the few label globs checked one by one. */
const HOST_INDEX = buildHostIndex();

function buildHostIndex() {
  const exact = new Map<string, IndexedRule[]>();
  const subdomainsOf = new Map<string, IndexedRule[]>();
  const globs: { pattern: string; entry: IndexedRule }[] = [];
  const add = (map: Map<string, IndexedRule[]>, key: string, entry: IndexedRule) => map.set(key, [...(map.get(key) ?? []), entry]);
  let order = 0;
  for (const service of SERVICES) {
    for (const rule of service.rules) {
      const entry = { order: order++, service, rule, anyHost: rule.hosts.includes('*') };
      for (const pattern of rule.hosts) {
        const rest = pattern.slice(2);
        if (!pattern.includes('*')) add(exact, pattern, entry);
        else if (pattern.startsWith('*.') && !rest.includes('*')) add(subdomainsOf, rest, entry);
        else globs.push({ pattern, entry });
      }
    }
  }
  return { exact, subdomainsOf, globs };
}

/** The rules whose hosts include `host`, in SERVICES order, each once. */
function rulesForHost(host: string): IndexedRule[] {
  const found = new Set<IndexedRule>(HOST_INDEX.exact.get(host));
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
    for (const entry of HOST_INDEX.subdomainsOf.get(host.slice(dot + 1)) ?? []) found.add(entry);
  }
  for (const { pattern, entry } of HOST_INDEX.globs) if (hostMatches(pattern, host)) found.add(entry);
  return [...found].sort((a, b) => a.order - b.order);
}

function ruleMatches(rule: LinkRule, path: string, query: string): boolean {
  const normalisedPath = path === '' ? '/' : path;
  if (!rule.path.test(normalisedPath)) return false;
  if (rule.exclude?.test(normalisedPath)) return false;
  return rule.query === undefined || rule.query.test(query);
}

function classifyAppLink(parts: UrlParts): UrlClass {
  const path = parts.path.slice(0, MAX_MATCHED_LENGTH);
  for (const service of SERVICES) {
    for (const rule of service.appLinks ?? []) {
      if (rule.scheme !== parts.scheme) continue;
      if (rule.hosts && !rule.hosts.some((pattern) => hostMatches(pattern, parts.host))) continue;
      if (rule.path.test(path)) return { kind: 'meeting', service, confidence: 1, appLink: true };
    }
  }
  return { kind: 'web-page' };
}

const DOCUMENT_HOSTS: readonly string[] = [
  'docs.google.com', 'drive.google.com', 'sheets.google.com', 'slides.google.com', 'forms.google.com', 'jamboard.google.com',
  '*.sharepoint.com', '*.sharepoint.us', 'onedrive.live.com', '1drv.ms', 'dropbox.com', '*.dropbox.com', 'box.com', '*.box.com',
  'notion.so', '*.notion.so', '*.notion.site', 'quip.com', '*.quip.com', 'figma.com', '*.figma.com', 'miro.com', '*.miro.com',
  'loom.com', '*.loom.com', 'office.com', '*.office.com', '*.officeapps.live.com', 'dropbox.paper.com',
];
const DOCUMENT_EXTENSIONS = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'txt', 'csv', 'zip', 'ics', 'key', 'pages', 'numbers']);

function isDocument(parts: UrlParts): boolean {
  if (DOCUMENT_HOSTS.some((pattern) => hostMatches(pattern, parts.host))) return true;
  if (hostMatches('*.atlassian.net', parts.host) && parts.path.startsWith('/wiki/')) return true;
  const dot = parts.path.lastIndexOf('.');
  return dot > parts.path.lastIndexOf('/') && DOCUMENT_EXTENSIONS.has(parts.path.slice(dot + 1).toLowerCase());
}
