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

// The browser host's entries (`npm start` and the benchmarks, whose cold start runs the browser host) carry their
// packages inside the bundle: one file to load instead of several hundred package modules (zod, conf with ajv,
// jose, oauth4webapi), which is most of the time to the first agenda. The keychain's native module is loaded with
// createRequire at run time, and Electron and Playwright (the join benchmark only) stay outside.
const { packages: _external, ...nodeBundled } = node;

// zod re-exports its 60 translations of its own error texts as `z.locales`; the app never uses them (its
// errors are its own, in main/i18n/), so the bundles take English only, which zod itself needs: about a
// fifth of the bundle less to load at start.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    const zodDir = join(root, 'node_modules', 'zod');
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.startsWith(zodDir) ? { path: join(zodDir, 'v4', 'locales', 'en.js'), namespace: 'zod-english-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
    }));
  },
};

// conf (the browser host's settings file) loads ajv for JSON-schema validation, which it runs only when given a
// schema; the app gives none (it checks its settings with zod, main/settings/), so the bundles get a stand-in that
// says so if it is ever constructed: a quarter of a megabyte less to load at start.
const confWithoutJsonSchema = {
  name: 'conf-without-json-schema',
  setup(build) {
    build.onResolve({ filter: /^(ajv\/dist\/2020\.js|ajv-formats)$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'conf')}`) ? { path: args.path, namespace: 'conf-without-json-schema' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'conf-without-json-schema' }, (args) => ({
      contents:
        args.path === 'ajv-formats'
          ? 'export default { default() { throw new Error("conf was given a JSON schema: the app validates settings with zod"); } };'
          : 'export class Ajv2020 { constructor() { throw new Error("conf was given a JSON schema: the app validates settings with zod"); } }',
    }));
  },
};
const hostEntries = [...optional('main/launcher.ts'), ...optional('main/bench.ts')];
const withRequire = "import { createRequire as __vmtCreateRequire } from 'node:module'; const require = __vmtCreateRequire(import.meta.url);";

await Promise.all([
  esbuild({
    ...node,
    entryPoints: [
      ...optional('main/cli.ts'),
      // Loaded by main/cli.ts only for commands that need the app's core (explain-link stays dependency-free).
      ...optional('main/cli/cli-core.ts'),
      ...optional('main/electron/main.ts'),
      ...optional('main/sandbox/main.ts'),
    ],
    outbase: root,
    outdir: dist,
  }),
  ...(hostEntries.length
    ? [
        esbuild({
          ...nodeBundled,
          entryPoints: hostEntries,
          external: ['@github/keytar', 'electron', 'playwright', 'playwright-core'],
          plugins: [zodEnglishOnly, confWithoutJsonSchema],
          // Packages written as CommonJS (ajv under conf) call require(): give the ES module one.
          banner: { js: withRequire },
          outbase: root,
          outdir: dist,
        }),
      ]
    : []),
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
