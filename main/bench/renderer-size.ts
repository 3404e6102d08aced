import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RendererSize {
  files: { path: string; bytes: number; gzipBytes: number }[];
  gzipKb: number;
}

/** The built renderer's JavaScript and CSS (dist/renderer/**, source maps excluded), each gzipped at level 9, summed. */
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
  return { files, gzipKb: files.reduce((sum, file) => sum + file.gzipBytes, 0) / 1024 };
}
