import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const folder = 'test/e2e/screenshots';

describe('the README’s screenshots', () => {
  it('show every picture the end-to-end suite takes, and only pictures that exist', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const linked = new Set([...readme.matchAll(/\(test\/e2e\/screenshots\/([\w-]+\.png)\)/g)].map((match) => match[1]!));
    const taken = new Set(readdirSync(join(root, folder)).filter((name) => name.endsWith('.png')));
    expect([...taken].filter((name) => !linked.has(name))).toEqual([]);
    expect([...linked].filter((name) => !taken.has(name))).toEqual([]);
  });

  it('cover each view in English and Norwegian, light and dark', () => {
    const taken = readdirSync(join(root, folder)).filter((name) => name.endsWith('.png'));
    const views = new Set(taken.map((name) => name.replace(/-(en|nb)-(light|dark)\.png$/, '')));
    for (const view of views) for (const variant of ['en-light', 'en-dark', 'nb-light', 'nb-dark']) expect(taken, view).toContain(`${view}-${variant}.png`);
    expect(views.size).toBeGreaterThanOrEqual(7);
  });
});
