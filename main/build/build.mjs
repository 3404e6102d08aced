// Builds everything into dist/: the Node/Electron entries with esbuild, the renderer with Vite.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

const node = { bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', sourcemap: true, logLevel: 'warning' };
const entry = (path) => join(root, path);
const optional = (path) => (existsSync(entry(path)) ? [entry(path)] : []);

await Promise.all([
  esbuild({
    ...node,
    entryPoints: [
      ...optional('main/launcher.ts'),
      ...optional('main/cli.ts'),
      // Loaded by main/cli.ts only for commands that need the app's core (explain-link stays dependency-free).
      ...optional('main/cli/cli-core.ts'),
      ...optional('main/bench.ts'),
      ...optional('main/electron/main.ts'),
      ...optional('main/sandbox/main.ts'),
    ],
    outbase: root,
    outdir: dist,
  }),
  // The sandboxed Electron preload cannot load modules: one CommonJS file.
  ...(existsSync(entry('preload/electron.ts'))
    ? [esbuild({ ...node, entryPoints: [entry('preload/electron.ts')], format: 'cjs', outfile: join(dist, 'preload/electron.cjs'), external: ['electron'] })]
    : []),
  // The browser host's bridge: a classic script that defines window.videoMeetingsTray.
  ...(existsSync(entry('preload/web.ts'))
    ? [esbuild({ bundle: true, platform: 'browser', target: 'chrome120', format: 'iife', minify: true, entryPoints: [entry('preload/web.ts')], outfile: join(dist, 'preload/web.js'), logLevel: 'warning' })]
    : []),
]);

if (existsSync(join(root, 'renderer/index.html'))) {
  await viteBuild({ configFile: join(root, 'renderer/vite.config.ts'), logLevel: 'warn' });
}
