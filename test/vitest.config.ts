import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Keychain and sandbox tests share one D-Bus session; files run in parallel, tests within a file in order.
    pool: 'forks',
    server: { deps: { inline: ['electron-store'] } },
  },
});
