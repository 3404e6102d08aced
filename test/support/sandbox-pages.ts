import { expect, type Page } from '@playwright/test';

/** Signs in on the sandbox's SuperOffice login page and approves the app when asked, like a person would. */
export async function signInOnSuperOfficeSandbox(page: Page, user = { username: 'alice@example.com', password: 'sandbox' }): Promise<void> {
  await page.getByLabel(/user ?name|e-?mail/i).fill(user.username);
  await page.getByLabel(/password/i).fill(user.password);
  await page.getByRole('button', { name: /log in/i }).click();
  const approve = page.getByRole('button', { name: /i approve/i });
  const done = page.getByText(/you are signed in/i);
  await expect(approve.or(done)).toBeVisible();
  if (await approve.isVisible()) await approve.click();
}

/** Signs in on a video provider sandbox's page (Email, Password, "Sign in") and allows the app. */
export async function signInOnProviderSandbox(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.getByLabel('Email').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const allow = page.getByRole('button', { name: 'Allow' });
  const done = page.getByText(/you are signed in/i);
  await expect(allow.or(done)).toBeVisible();
  if (await allow.isVisible()) await allow.click();
  await expect(done).toBeVisible();
}
