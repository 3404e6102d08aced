import { expect, test } from '@playwright/test';
import { startAppUnderTest, type AppUnderTest } from '../support/browser-host-fixture.js';

let app: AppUnderTest;
test.beforeEach(async () => {
  app = await startAppUnderTest();
});
test.afterEach(async () => {
  await app.close();
});

test('Preferences → Language switches the app to Norwegian at once (translations load under the CSP) and it stays after a reload', async ({ page }) => {
  const errors: string[] = [];
  // Every script the page asks for (the language chunks included) is served.
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() === 'script') errors.push(response.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(app.host.appUrl);
  const preferences = page.locator('vmt-preferences');
  await expect(page.locator('details.settings > summary')).toHaveText('Settings');

  await preferences.getByLabel('Language').selectOption({ label: 'Norsk (bokmål)' });
  await expect(page.locator('details.settings > summary')).toHaveText('Innstillinger');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(preferences.getByLabel('Påminnelse')).toBeVisible();

  await page.reload();
  await expect(page.locator('details.settings > summary')).toHaveText('Innstillinger');
  await preferences.getByLabel('Språk').selectOption('system');
  await expect(page.locator('details.settings > summary')).toHaveText('Settings');
  expect(errors).toEqual([]);
});
