import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Electronegativity (Doyensec's Electron security scanner) over the Electron host, the preloads and the
 * renderer (its index.html carries the CSP). Every finding above INFORMATIONAL must be justified in the
 * source, on the line right above the code it concerns:
 *
 *   // electronegativity: CHECK_ID[, CHECK_ID…] — why this is not a problem here
 *
 * A CSP finding concerns the policy, which main/electron/app-protocol.ts defines as RENDERER_CSP (the
 * `<meta>` in renderer/index.html is a copy of it without frame-ancestors): its justification sits above
 * RENDERER_CSP. A justification without a finding under it is stale and fails too.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED = ['main/electron', 'preload', 'renderer'];
const JUSTIFICATION = /^\s*\/\/ electronegativity: ([A-Z0-9_]+(?:, [A-Z0-9_]+)*) — (\S.{9,})$/;
const CANARY = '__canary__/insecure-window.ts';

interface Finding {
  id: string;
  file: string;
  line: number;
  column: number;
  severity: string;
  severityValue: number;
  confidence: string;
  description: string;
  sample: string | null;
}
interface Scan {
  checks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}

let scanDir: string;
let scan: Scan;

beforeAll(async () => {
  scanDir = mkdtempSync(join(tmpdir(), 'vmt-electronegativity-'));
  for (const folder of SCANNED) cpSync(join(root, folder), join(scanDir, folder), { recursive: true, filter: (source) => !source.endsWith('.png') });
  // A file that must be flagged: proves the scanner parsed TypeScript and ran its checks.
  mkdirSync(join(scanDir, '__canary__'));
  writeFileSync(
    join(scanDir, CANARY),
    "import { BrowserWindow } from 'electron';\nexport const w: BrowserWindow = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
  );
  const electronVersion = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
  const output = join(scanDir, 'findings.json');
  await promisify(execFile)(process.execPath, [join(root, 'test/hostile/run-electronegativity.cjs'), scanDir, electronVersion, output], { cwd: root, timeout: 25_000 });
  scan = JSON.parse(readFileSync(output, 'utf8')) as Scan;
}, 30_000);

afterAll(() => {
  if (scanDir) rmSync(scanDir, { recursive: true, force: true });
});

const aboveInformational = (): Finding[] => scan.issues.filter((issue) => issue.severityValue > 0 && !issue.file.startsWith('__canary__'));
const describeFinding = (f: Finding): string => `${f.id} (${f.severity}, ${f.confidence}) at ${f.file}:${f.line} — ${f.description}${f.sample ? `: ${f.sample}` : ''}`;

function sourceLines(file: string): string[] {
  return readFileSync(join(root, file), 'utf8').split('\n');
}

/** The justification comment on the line above `line` (1-based) of `file`, as check ids. */
function justifiedChecks(file: string, line: number): string[] {
  const above = sourceLines(file)[line - 2] ?? '';
  const match = JUSTIFICATION.exec(above);
  return match ? match[1]!.split(', ') : [];
}

/**
 * Where the CSP is defined: the line `export const RENDERER_CSP =` of main/electron/app-protocol.ts, and its
 * value (read from the text: the module imports electron).
 */
function rendererCsp(): { file: string; line: number; policy: string } {
  const file = 'main/electron/app-protocol.ts';
  const lines = sourceLines(file);
  const index = lines.findIndex((text) => text.startsWith('export const RENDERER_CSP ='));
  expect(index, 'RENDERER_CSP is declared in app-protocol.ts').toBeGreaterThanOrEqual(0);
  const declaration = /^export const RENDERER_CSP =\s*((?:"[^"]*"\s*\+?\s*)+);/.exec(lines.slice(index).join('\n'));
  const policy = [...(declaration?.[1] ?? '').matchAll(/"([^"]*)"/g)].map((part) => part[1]).join('');
  expect(policy).toContain("script-src 'self'");
  return { file, line: index + 1, policy };
}

function normalisedPolicy(policy: string): string[] {
  return policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter((directive) => directive && !directive.startsWith('frame-ancestors'))
    .sort();
}

/** The source location a finding's justification belongs at. */
function justificationSite(finding: Finding): { file: string; line: number } {
  if (finding.id === 'CSP_GLOBAL_CHECK') {
    const csp = rendererCsp();
    // A weak-policy finding on the renderer's <meta> copy; "no CSP at all" (file N/A) is never justified.
    expect(finding.file, describeFinding(finding)).toBe('renderer/index.html');
    expect(normalisedPolicy(finding.sample ?? ''), 'the <meta> CSP is RENDERER_CSP without frame-ancestors').toEqual(normalisedPolicy(csp.policy));
    return csp;
  }
  return { file: finding.file, line: finding.line };
}

describe('Electronegativity', () => {
  it('scanned every file without a parse error, with its checks loaded', () => {
    expect(scan.errors).toEqual([]);
    expect(scan.checks).toBeGreaterThan(30);
  });

  it('flags a canary window with contextIsolation and sandbox off', () => {
    const canary = scan.issues.filter((issue) => issue.file === CANARY).map((issue) => issue.id);
    expect(canary).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
  });

  it('has no finding above INFORMATIONAL without a justification comment right above the code it concerns', () => {
    const unjustified = aboveInformational().filter((finding) => {
      const site = justificationSite(finding);
      return !justifiedChecks(site.file, site.line).includes(finding.id);
    });
    expect(unjustified.map(describeFinding)).toEqual([]);
  });

  it('has no stale justification (each one names only checks that flag the line below it)', () => {
    const sites = new Map<string, Set<string>>();
    for (const finding of aboveInformational()) {
      const site = justificationSite(finding);
      const key = `${site.file}:${site.line}`;
      sites.set(key, (sites.get(key) ?? new Set()).add(finding.id));
    }
    const stale: string[] = [];
    for (const folder of SCANNED) {
      for (const file of listSources(join(root, folder))) {
        const lines = sourceLines(file);
        lines.forEach((text, index) => {
          if (!text.includes('electronegativity:')) return;
          const match = JUSTIFICATION.exec(text);
          if (!match) return void stale.push(`${file}:${index + 1} is not in the form "// electronegativity: CHECK_ID — reason"`);
          const flagged = sites.get(`${file}:${index + 2}`) ?? new Set<string>();
          for (const id of match[1]!.split(', ')) if (!flagged.has(id)) stale.push(`${file}:${index + 1} justifies ${id}, which does not flag line ${index + 2}`);
        });
      }
    }
    expect(stale).toEqual([]);
  });
});

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|tsx|js|cjs|mjs|html)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}
