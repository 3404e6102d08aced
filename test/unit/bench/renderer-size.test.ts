import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measureRendererSize } from '../../../main/bench/renderer-size.js';

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

describe('measureRendererSize', () => {
  it('counts the app files and the largest language chunk for one user, and every file for the total; maps are ignored', () => {
    const dist = mkdtempSync(join(tmpdir(), 'vmt-size-'));
    const assets = join(dist, 'renderer', 'assets');
    mkdirSync(assets, { recursive: true });
    const app = 'export const app = "' + 'a'.repeat(900) + Math.random() + '";';
    const css = 'body{color:red}';
    const nb = 'export const nb = "' + 'Bli med i møtet '.repeat(40) + '";';
    const de = 'export const de = "' + 'Besprechung beitreten, jetzt oder später '.repeat(60) + Math.random().toString(36) + '";';
    writeFileSync(join(assets, 'index-Ab12.js'), app);
    writeFileSync(join(assets, 'index-Ab12.js.map'), 'x'.repeat(5000));
    writeFileSync(join(assets, 'index-Cd34.css'), css);
    writeFileSync(join(assets, 'nb-X1y2.js'), nb);
    writeFileSync(join(assets, 'de-Z9_w.js'), de);

    const size = measureRendererSize(dist);
    expect(size.files.map((file) => file.path).sort()).toEqual(['renderer/assets/de-Z9_w.js', 'renderer/assets/index-Ab12.js', 'renderer/assets/index-Cd34.css', 'renderer/assets/nb-X1y2.js']);
    expect(size.gzipKb * 1024).toBe(gz(app) + gz(css) + Math.max(gz(nb), gz(de)));
    expect(size.allLanguagesGzipKb * 1024).toBe(gz(app) + gz(css) + gz(nb) + gz(de));
  });

  it('says to build first when there is no renderer', () => {
    const dist = mkdtempSync(join(tmpdir(), 'vmt-size-'));
    mkdirSync(join(dist, 'renderer'));
    expect(() => measureRendererSize(dist)).toThrow(/npm run build/);
  });
});
