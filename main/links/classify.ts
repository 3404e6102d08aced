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
  return parts ? classifyUrlParts(parts) : WEB_PAGE;
}

/** classifyUrl for a URL already cut into parts. */
export function classifyUrlParts(parts: UrlParts): UrlClass {
  if (parts.scheme !== 'http' && parts.scheme !== 'https') return classifyAppLink(parts);
  const path = parts.path.slice(0, MAX_MATCHED_LENGTH);
  const query = parts.query.slice(0, MAX_MATCHED_LENGTH);
  const host = factsOf(parts.host);
  for (const entry of host.rules) {
    if (ruleMatches(entry.rule, path, query)) return entry.meeting;
  }
  if (host.ownerPage) return host.ownerPage;
  return isDocument(host, parts.path) ? DOCUMENT : WEB_PAGE;
}

/** Answers are shared (they are never changed): one object per rule, per service page, and these two. */
const WEB_PAGE: UrlClass = Object.freeze({ kind: 'web-page' });
const DOCUMENT: UrlClass = Object.freeze({ kind: 'document' });

/** What a host name alone says: the rules that apply to it, whose service it is, whether documents live there. */
interface HostFacts {
  rules: readonly IndexedRule[];
  /** The first service with a rule naming this host (not just any host): a miss on its rules is that service's own page. */
  ownerPage: UrlClass | null;
  documentHost: boolean;
  atlassian: boolean;
}

/**
 * Host facts are a function of the host name only, and invites repeat a few hosts many times, so they are worked
 * out once per host (a bounded table: it is emptied when full, so junk hosts cannot grow it).
 */
const HOST_FACTS = new Map<string, HostFacts>();
const MAX_KNOWN_HOSTS = 1024;

function factsOf(host: string): HostFacts {
  const known = HOST_FACTS.get(host);
  if (known) return known;
  const rules = rulesForHost(host);
  const facts: HostFacts = {
    rules,
    ownerPage: ownerPage(rules.find((entry) => !entry.anyHost)?.service),
    documentHost: DOCUMENT_HOSTS.some((pattern) => hostMatches(pattern, host)),
    atlassian: hostMatches('*.atlassian.net', host),
  };
  if (HOST_FACTS.size >= MAX_KNOWN_HOSTS) HOST_FACTS.clear();
  HOST_FACTS.set(host, facts);
  return facts;
}

const SERVICE_PAGES = new Map<MeetingService, UrlClass>();

function ownerPage(service: MeetingService | undefined): UrlClass | null {
  if (!service) return null;
  let page = SERVICE_PAGES.get(service);
  if (!page) {
    page = Object.freeze({ kind: 'service-page', service });
    SERVICE_PAGES.set(service, page);
  }
  return page;
}

interface IndexedRule {
  order: number;
  service: MeetingService;
  rule: LinkRule;
  /** The rule applies to every host (self-hosted products), so a miss says nothing about the host. */
  anyHost: boolean;
  /** What a URL matching this rule is. */
  meeting: UrlClass;
}

/** Host patterns indexed once: exact names, `*.domain` by domain, and the few label globs checked one by one. */
const HOST_INDEX = buildHostIndex();

function buildHostIndex() {
  const exact = new Map<string, IndexedRule[]>();
  const subdomainsOf = new Map<string, IndexedRule[]>();
  const globs: { pattern: string; entry: IndexedRule }[] = [];
  const add = (map: Map<string, IndexedRule[]>, key: string, entry: IndexedRule) => {
    const entries = map.get(key);
    if (entries) entries.push(entry);
    else map.set(key, [entry]);
  };
  let order = 0;
  for (const service of SERVICES) {
    for (const rule of service.rules) {
      const meeting: UrlClass = Object.freeze({ kind: 'meeting', service, confidence: rule.confidence, appLink: false });
      const entry = { order: order++, service, rule, anyHost: rule.hosts.includes('*'), meeting };
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
  return WEB_PAGE;
}

const DOCUMENT_HOSTS: readonly string[] = [
  'docs.google.com', 'drive.google.com', 'sheets.google.com', 'slides.google.com', 'forms.google.com', 'jamboard.google.com',
  '*.sharepoint.com', '*.sharepoint.us', 'onedrive.live.com', '1drv.ms', 'dropbox.com', '*.dropbox.com', 'box.com', '*.box.com',
  'notion.so', '*.notion.so', '*.notion.site', 'quip.com', '*.quip.com', 'figma.com', '*.figma.com', 'miro.com', '*.miro.com',
  'loom.com', '*.loom.com', 'office.com', '*.office.com', '*.officeapps.live.com', 'dropbox.paper.com',
];
const DOCUMENT_EXTENSIONS = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'txt', 'csv', 'zip', 'ics', 'key', 'pages', 'numbers']);

function isDocument(host: HostFacts, path: string): boolean {
  if (host.documentHost) return true;
  if (host.atlassian && path.startsWith('/wiki/')) return true;
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') && DOCUMENT_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}
