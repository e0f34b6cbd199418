import { expect, test, type Locator } from '@playwright/test';
import { signInAndWait } from './support';

const CELL = 'Uppföljning & utvärdering, Budget 2027';

/** "4 613 325" (with no-break spaces, maybe a minus sign) as a number, for comparing before and after. */
async function amountIn(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? '';
  return Number(text.replace(/[\s\u00a0]/g, '').replace('\u2212', '-'));
}

test('the director edits a cell: totals and rules follow as she types, the save persists', async ({ page }) => {
  await signInAndWait(page, 'chef@samplan.se');
  await page.goto('/forbund/finsamgotland/budget');
  await expect(page.getByTestId('budget-editor')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByTestId('budget-grid').locator('caption')).toHaveText(/budgetplan 2027/);

  const cell = page.getByLabel(CELL, { exact: true });
  await expect(cell).toHaveValue(/^5\s000$/);
  const development = page.getByTestId('budget-sum-development-2027');
  const costs = page.getByTestId('budget-sum-costs-2027');
  const closing = page.getByTestId('rules-equity-closingEquity-2027');
  const [developmentBefore, costsBefore, closingBefore] = [
    await amountIn(development),
    await amountIn(costs),
    await amountIn(closing),
  ];

  await cell.focus();
  await page.keyboard.type('25 000');
  // Recomputed from what is typed, before anything is saved.
  await expect.poll(() => amountIn(development)).toBe(developmentBefore + 20000);
  await expect.poll(() => amountIn(costs)).toBe(costsBefore + 20000);
  await expect.poll(() => amountIn(closing)).toBe(closingBefore - 20000);

  await page.keyboard.press('Enter');
  // Enter saves and moves down to the next line's cell.
  await expect(page.getByLabel('Jobbvägen försteget, Budget 2027', { exact: true })).toBeFocused();
  await expect(page.locator('[data-testid="budget-cell-status"][data-status="saved"]')).toHaveCount(1);

  await page.reload();
  await expect(page.getByLabel(CELL, { exact: true })).toHaveValue(/^25\s000$/);
  await expect.poll(() => amountIn(page.getByTestId('budget-sum-costs-2027'))).toBe(costsBefore + 20000);
});

test('text that is not an amount shows a Swedish message and is not saved', async ({ page }) => {
  await signInAndWait(page, 'chef@samplan.se');
  await page.goto('/forbund/finsamgotland/budget');
  await expect(page.getByTestId('budget-editor')).toHaveAttribute('data-hydrated', 'true');
  const cell = page.getByLabel('Reserv eget kapital, Budget 2027', { exact: true });
  await expect(cell).toHaveValue(/^650\s000$/);
  await cell.focus();
  await page.keyboard.type('abc');
  await page.keyboard.press('Tab');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('budget-cell-error')).toHaveText('Skriv ett belopp i kronor, till exempel 2 100 000');
  await expect(
    page.locator(
      '[data-testid="budget-cell-status"][data-status="saving"], [data-testid="budget-cell-status"][data-status="saved"]',
    ),
  ).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel('Reserv eget kapital, Budget 2027', { exact: true })).toHaveValue(/^650\s000$/);
});

test('a board member sees the budget read-only', async ({ page }) => {
  await signInAndWait(page, 'ledamot@finsamgotland.se');
  await page.goto('/forbund/finsamgotland/budget');
  await expect(page.getByTestId('budget-grid')).toBeVisible();
  await expect(page.getByTestId('budget-read-only')).toHaveText(/Din roll kan inte ändra budgeten/);
  await expect(page.getByTestId('budget-grid').locator('input, button, select')).toHaveCount(0);
  await expect(page.getByTestId('budget-add-line')).toHaveCount(0);
  await expect(page.getByTestId('budget-fill-from-state')).toHaveCount(0);
  await expect(page.getByTestId('budget-sum-costs-2027')).toHaveText(/^\d/);
  await expect(page.getByTestId('rules-panel')).toBeVisible();
});
