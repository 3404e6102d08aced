// npm run icons: renders every app icon file from main/icons/icon-source.ts (the one source) into
// main/electron/build-resources/ (or the folder given as the first argument). Never edit those files by hand.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = await build({ entryPoints: [join(root, 'main/icons/icon-files.ts')], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
const { ICON_DIR, iconFiles } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].contents).toString('base64')}`);
const out = process.argv[2] ?? join(root, ICON_DIR);
for (const [path, bytes] of iconFiles()) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), bytes);
  console.log(`${path}: ${bytes.length} bytes`);
}
