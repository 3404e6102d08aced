import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  type: string;
  body: Buffer;
}

/**
 * The renderer's built files, read once into memory and looked up by exact URL path: no request path
 * ever touches the file system, so there is nothing to traverse.
 */
export function loadStaticFiles(rendererDir: string, bridgeScript: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const path of walk(rendererDir)) {
    if (path.endsWith('.map')) continue;
    const urlPath = `/${relative(rendererDir, path).split(sep).join('/')}`;
    files.set(urlPath, { type: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) });
  }
  const index = files.get('/index.html');
  if (!index) throw new Error(`The renderer is not built (no index.html in ${rendererDir}). Run npm run build.`);
  // The bridge must define the API before the renderer's (deferred) module script runs.
  const html = index.body.toString('utf8').replace('<script', '<script src="./bridge.js"></script>\n    <script');
  files.set('/index.html', { ...index, body: Buffer.from(html) });
  files.set('/', files.get('/index.html')!);
  files.set('/bridge.js', { type: TYPES['.js']!, body: readFileSync(bridgeScript) });
  return files;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
