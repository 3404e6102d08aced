import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path.split(sep).join('/')] : [];
  });
const all = [...sources('main'), ...sources('preload'), ...sources('renderer')];
const text = (path: string) => readFileSync(join(root, path), 'utf8');

/** Import specifiers that load a module at run time (type-only imports are erased). */
function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^\s*import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)) specifiers.push(match[1]!);
  for (const match of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) specifiers.push(match[1]!);
  for (const match of source.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]!);
  for (const match of source.matchAll(/^\s*export\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)) specifiers.push(match[1]!);
  return specifiers;
}

describe('architecture', () => {
  it('imports electron at run time only in main/electron/ and the Electron preload', () => {
    const offenders = all.filter(
      (path) => !path.startsWith('main/electron/') && path !== 'preload/electron.ts' && runtimeImports(text(path)).some((s) => s === 'electron' || s.startsWith('electron/')),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the sandbox and the product apart (they talk over HTTP only)', () => {
    const resolve = (from: string, specifier: string) => (specifier.startsWith('.') ? relative(root, join(root, from, '..', specifier)).split(sep).join('/') : specifier);
    const crossings: string[] = [];
    for (const path of all) {
      const inSandbox = path.startsWith('main/sandbox/');
      for (const specifier of runtimeImports(text(path)).concat([...text(path).matchAll(/from\s+['"](\.[^'"]+)['"]/g)].map((m) => m[1]!))) {
        const target = resolve(path, specifier);
        if (!specifier.startsWith('.')) continue;
        const targetInSandbox = target.startsWith('main/sandbox/');
        if (inSandbox && !targetInSandbox && !target.startsWith('preload/contract')) crossings.push(`${path} -> ${target}`);
        if (!inSandbox && targetInSandbox) crossings.push(`${path} -> ${target}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('never lets the renderer import main-process code', () => {
    const offenders = sources('renderer').filter((path) => /from\s+['"](\.\.\/)+main\//.test(text(path)));
    expect(offenders).toEqual([]);
  });

  it('has no `any` in the source', () => {
    const code = (path: string) => text(path).replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
    const offenders = all.filter((path) => /:\s*any\b|\bas any\b|<any>/.test(code(path)));
    expect(offenders).toEqual([]);
  });
});
