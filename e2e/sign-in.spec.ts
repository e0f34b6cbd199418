import { expect, test } from '@playwright/test';
import { DEMO_LOGINS } from '../src/server/seed/demo-logins';
import { signIn, signInAndWait } from './support';

const NAMES: Record<string, string> = {
  finsamgotland: 'Samordningsförbundet FinsamGotland',
  sjobygden: 'Samordningsförbundet Sjöbygden',
};

test.describe('sign-in and association access', () => {
  for (const login of DEMO_LOGINS) {
    const own = Object.keys(login.roles);
    test(`${login.email} sees only ${own.join(' and ')}`, async ({ page }) => {
      await signInAndWait(page, login.email);
      if (own.length > 1) {
        await expect(page).toHaveURL(/\/forbund$/);
        for (const slug of own) await expect(page.getByRole('link', { name: new RegExp(NAMES[slug]!) })).toBeVisible();
      } else {
        await expect(page).toHaveURL(new RegExp(`/forbund/${own[0]}`));
      }
      const main = page.locator('body');
      for (const slug of Object.keys(NAMES).filter((s) => !own.includes(s)))
        await expect(main).not.toContainText(NAMES[slug]!);
      for (const slug of own) {
        await page.goto(`/forbund/${slug}`);
        await expect(page.locator('header')).toContainText(NAMES[slug]!);
      }
    });
  }

  test('a wrong password gives a Swedish error and no session', async ({ page }) => {
    await signIn(page, 'chef@samplan.se', 'fel-lösenord');
    await expect(page.getByTestId('sign-in-error')).toContainText('Fel e-postadress eller lösenord');
    await page.goto('/forbund');
    await expect(page).toHaveURL(/\/logga-in/);
  });

  test('a person of another association gets 404 for FinsamGotland', async ({ page }) => {
    await signInAndWait(page, 'ordforande@sjobygden.se');
    for (const path of ['/forbund/finsamgotland', '/forbund/finsamgotland/budget', '/forbund/finsamgotland/fakturor']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('body')).not.toContainText('4 200 000');
    }
  });

  test('signed out, a plan page sends you to sign in', async ({ page }) => {
    await page.goto('/forbund/finsamgotland/budget');
    await expect(page).toHaveURL(/\/logga-in/);
  });

  test('sign-out ends the session', async ({ page }) => {
    await signInAndWait(page, 'revisor@finsamgotland.se');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect(page).toHaveURL(/\/logga-in/);
    await page.goto('/forbund/finsamgotland');
    await expect(page).toHaveURL(/\/logga-in/);
  });
});
