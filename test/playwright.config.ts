import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Playwright drives Debian's Chromium; under Xvfb (npm test) it runs headful, elsewhere headless. */
export default defineConfig({
  testDir: root + 'test',
  testMatch: /\.spec\.ts$/,
  outputDir: root + 'test-results',
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: root + 'reports/playwright.json' }]],
  use: {
    headless: !process.env.DISPLAY || process.env.HEADLESS === '1',
    viewport: { width: 420, height: 640 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [{ name: 'debian-chromium', use: { browserName: 'chromium' } }],
});
