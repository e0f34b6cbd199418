import { expect, test } from '@playwright/test';
import { signInAndWait } from './support';

/** Att göra lists the invoices waiting for the signed-in person's attest; the dashboard's counts link to what they count. */

test('the director finds the invoice to attest in Att göra and opens it', async ({ page }) => {
  await signInAndWait(page, 'chef@samplan.se');
  await page.goto('/forbund/finsamgotland/att-gora');
  const invoices = page.getByTestId('tasks-invoices');
  await expect(invoices.getByRole('heading', { name: /Fakturor att attestera/ })).toBeVisible();
  const link = invoices.getByRole('link', { name: /faktura KG-30211/ });
  await expect(link).toBeVisible();
  // Above the director's limit: the chair's, not the director's.
  await expect(invoices).not.toContainText('AKG-2026-118');
  await link.click();
  await expect(page).toHaveURL(/\/forbund\/finsamgotland\/fakturor\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('KG-30211');
});

test('the dashboard’s count of invoices waiting for attest opens the received invoices', async ({ page }) => {
  await signInAndWait(page, 'chef@samplan.se');
  await page.goto('/forbund/finsamgotland');
  await page.getByRole('link', { name: 'Fakturor som väntar på attest' }).click();
  await expect(page).toHaveURL(/\/forbund\/finsamgotland\/fakturor\?status=RECEIVED$/);
  await page.goto('/forbund/finsamgotland');
  await page.getByRole('link', { name: 'Öppna ärenden' }).click();
  await expect(page).toHaveURL(/\/forbund\/finsamgotland\/arenden$/);
});
