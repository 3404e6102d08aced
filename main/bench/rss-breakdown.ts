import { readFileSync } from 'node:fs';

/** Resident memory (MB) by what is mapped: the Node binary, shared libraries, native add-ons, the C heap, anonymous memory (V8's heap, malloc arenas, stacks). */
export interface RssBreakdown {
  nodeBinaryMb: number;
  sharedLibrariesMb: number;
  addonsMb: number;
  /** brk heap: malloc's main arena. */
  cHeapMb: number;
  /** Anonymous mappings: V8's heap spaces, malloc's other arenas, thread stacks. */
  anonymousMb: number;
  otherMb: number;
}

const MB = 1024 * 1024;

/** This process's RSS by mapping, from /proc/self/smaps (Linux); undefined elsewhere. */
export function rssBreakdown(smapsPath = '/proc/self/smaps'): RssBreakdown | undefined {
  let smaps: string;
  try {
    smaps = readFileSync(smapsPath, 'utf8');
  } catch {
    return undefined;
  }
  const mb: RssBreakdown = { nodeBinaryMb: 0, sharedLibrariesMb: 0, addonsMb: 0, cHeapMb: 0, anonymousMb: 0, otherMb: 0 };
  let kind: keyof RssBreakdown = 'otherMb';
  for (const line of smaps.split('\n')) {
    const mapping = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (mapping) {
      kind = mappingKind(mapping[1] ?? '');
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) mb[kind] += (Number(rss[1]) * 1024) / MB;
  }
  return mb;
}

function mappingKind(path: string): keyof RssBreakdown {
  if (path === '') return 'anonymousMb';
  if (path === '[heap]') return 'cHeapMb';
  if (path === process.execPath || path.endsWith('/node')) return 'nodeBinaryMb';
  if (path.endsWith('.node')) return 'addonsMb';
  if (/\.so(\.\d+)*$/.test(path)) return 'sharedLibrariesMb';
  if (path.startsWith('[anon') || path.startsWith('[stack')) return 'anonymousMb';
  return 'otherMb';
}
