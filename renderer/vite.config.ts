import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The policy the hosts send as a header; index.html repeats it in a <meta>. */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  // Lit's legacy decorators, as in tsconfig.json (experimentalDecorators, useDefineForClassFields: false):
  // declared-only fields must not become own properties that would shadow the reactive accessors.
  oxc: {
    decorator: { legacy: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
    assumptions: { setPublicClassFields: true },
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    // No inline polyfill script, no inlined assets: everything stays a 'self' file under the CSP. No preload helper
    // either: the lazily loaded chunks (the translations) depend on nothing but the entry, which is already loaded.
    modulePreload: false,
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
