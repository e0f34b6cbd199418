import { expect, test } from '@playwright/test';
import { signInAndWait } from './support';

test('the director picks FinsamGotland and sees the 2026 budget totals', async ({ page }) => {
  await signInAndWait(page, 'chef@samplan.se');
  await page.getByRole('link', { name: /FinsamGotland/ }).click();
  await expect(page).toHaveURL(/\/forbund\/finsamgotland$/);
  // The dashboard opens on the current calendar year's plan; name 2026 so the test holds in later years.
  await page.goto('/forbund/finsamgotland?ar=2026');
  await expect(page.getByTestId('member-contributions')).toHaveText(/4\s200\s000\skr/);
  await expect(page.getByTestId('total-income')).toHaveText(/6\s914\s595\skr/);
  await expect(page.getByTestId('total-costs')).toHaveText(/5\s382\s447\skr/);
  await expect(page.getByTestId('closing-equity')).toHaveText(/1\s532\s148\skr/);
});

test('every area of the navigation opens', async ({ page }) => {
  await signInAndWait(page, 'chef@samplan.se');
  await page.goto('/forbund/finsamgotland');
  const nav = page.getByRole('navigation', { name: /Huvudmeny|Förbundets delar/ });
  for (const name of [
    'Budget',
    'Insatser',
    'Mål och målgrupper',
    'Ärenden',
    'Sammanträden',
    'Fakturor och attest',
    'Rapporter',
    'Översikt',
  ]) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});
