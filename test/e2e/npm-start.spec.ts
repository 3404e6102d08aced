import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DIST_DIR } from '../support/browser-host-fixture.js';
import { signInOnSuperOfficeSandbox } from '../support/sandbox-pages.js';

// `npm start` is `npm run build && node dist/main/launcher.js`; the suite already built, so run the launcher
// as a user would, on a machine without a desktop session (no D-Bus session bus, no Electron binary).
let launcher: ChildProcess;
let dataDir: string;
let output: string[];

test.afterEach(async () => {
  if (launcher.pid && launcher.exitCode === null) {
    const exited = new Promise((resolve) => launcher.once('exit', resolve));
    process.kill(-launcher.pid, 'SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test('npm start runs the browser host with the sandbox, and a new user can sign in and out', async ({ page, context }) => {
  dataDir = mkdtempSync(join(tmpdir(), 'vmt-start-'));
  const env: Record<string, string> = { ...process.env, VMT_DATA_DIR: dataDir } as Record<string, string>;
  delete env.DBUS_SESSION_BUS_ADDRESS;
  delete env.DISPLAY; // no default browser is opened; the test is the browser
  launcher = spawn(process.execPath, [join(DIST_DIR, 'main', 'launcher.js')], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  output = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output.join('\n')}`)), 20_000);
    createInterface({ input: launcher.stdout! }).on('line', (line) => {
      output.push(line);
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  expect(output.join('\n')).toContain('Host: browser');
  expect(output.join('\n')).toContain('built-in sandbox');
  expect(output.join('\n')).toContain('private, temporary keyring');

  await page.goto(url);
  const card = page.locator('vmt-connection-card');
  await expect(page.getByText('Sandbox', { exact: true })).toBeVisible();
  const popupPromise = context.waitForEvent('page');
  await card.getByRole('button', { name: 'Connect' }).click();
  await signInOnSuperOfficeSandbox(await popupPromise);
  await expect(card.getByText('Connected to Cust12345 as Alice Andersen')).toBeVisible();
  await card.getByRole('button', { name: 'Sign out' }).click();
  await expect(card.getByText('Not connected')).toBeVisible();
});
