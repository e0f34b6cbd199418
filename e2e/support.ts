import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../src/server/seed/demo-logins';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

export async function signInAndWait(page: Page, email: string) {
  await signIn(page, email);
  // Sign-in hashes the password (argon2): on a busy 2-core machine that alone can take seconds.
  await expect(page).toHaveURL(/\/forbund/, { timeout: 20_000 });
}
