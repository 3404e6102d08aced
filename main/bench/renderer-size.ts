import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

import { LOCALES } from '../../preload/contract.js';

export interface RendererSize {
  files: { path: string; bytes: number; gzipBytes: number }[];
  /** What one user loads: the app's files plus one language (the largest), since a language chunk loads only when chosen. */
  gzipKb: number;
  /** Every file shipped, all five language chunks included. */
  allLanguagesGzipKb: number;
}

/** A lazily loaded translation chunk (Vite names it after its module, e.g. assets/nb-CX4SaPT1.js). */
const languageChunk = (path: string): boolean => LOCALES.some((locale) => new RegExp(`(^|/)${locale}-[\\w-]+\\.js$`).test(path));

/** The built renderer's JavaScript and CSS (dist/renderer/**, source maps excluded), each gzipped at level 9. */
export function measureRendererSize(distDir: string): RendererSize {
  const root = join(distDir, 'renderer');
  const files: RendererSize['files'] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:m?js|css)$/.test(name)) {
        const content = readFileSync(path);
        files.push({ path: relative(distDir, path), bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
      }
    }
  };
  walk(root);
  if (files.length === 0) throw new Error(`No built renderer in ${root}: run npm run build first.`);
  const sum = (list: RendererSize['files']) => list.reduce((total, file) => total + file.gzipBytes, 0);
  const languages = files.filter((file) => languageChunk(file.path));
  const largestLanguage = Math.max(0, ...languages.map((file) => file.gzipBytes));
  return { files, gzipKb: (sum(files) - sum(languages) + largestLanguage) / 1024, allLanguagesGzipKb: sum(files) / 1024 };
}
