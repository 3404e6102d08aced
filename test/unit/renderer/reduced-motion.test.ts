import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = join(import.meta.dirname, '..', '..', '..', 'renderer');

/** The renderer's TypeScript sources (their css`` blocks hold every style the app has). */
function sources(dir = RENDERER): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Each declaration of `property` with the headers of the blocks around it (selectors, @media…). */
function declarations(text: string, property: string): Array<{ value: string; within: string[] }> {
  const found: Array<{ value: string; within: string[] }> = [];
  const stack: string[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '{') {
      stack.push(text.slice(start, index).trim());
      start = index + 1;
    } else if (char === '}') {
      stack.pop();
      start = index + 1;
    } else if (char === ';') {
      const declaration = text.slice(start, index).trim();
      if (declaration.startsWith(`${property}:`)) found.push({ value: declaration.slice(property.length + 1).trim(), within: [...stack] });
      start = index + 1;
    }
  }
  return found;
}

describe('motion', () => {
  const files = sources().map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  it('animations run only for people who have not asked for reduced motion', () => {
    const animations = files.flatMap(({ file, text }) => declarations(text, 'animation').map((each) => ({ file, ...each })));
    expect(animations.length).toBeGreaterThan(0);
    for (const { file, within } of animations) {
      expect(within.some((header) => /@media\s*\(prefers-reduced-motion:\s*no-preference\)/.test(header)), file).toBe(true);
    }
  });

  it('transitions take the motion token, which reduced motion sets to 0', () => {
    const transitions = files.flatMap(({ file, text }) => declarations(text, 'transition').map((each) => ({ file, ...each })));
    expect(transitions.length).toBeGreaterThan(0);
    for (const { file, value } of transitions) {
      const durations = value.match(/\d*\.?\d+m?s\b/g) ?? [];
      expect(durations, `${file}: ${value}`).toEqual([]);
      expect(value, file).toContain('var(--vmt-duration)');
    }
    const tokens = files.find(({ file }) => file.endsWith(join('styles', 'tokens.ts')))!.text;
    expect(tokens).toMatch(/@media \(prefers-reduced-motion: reduce\)\s*\{\s*:root,\s*:host\s*\{\s*--vmt-duration:\s*0ms;/);
  });

  it('nothing scrolls smoothly', () => {
    for (const { file, text } of files) expect(text, file).not.toMatch(/behavior:\s*'smooth'|scroll-behavior:\s*smooth/);
  });
});
