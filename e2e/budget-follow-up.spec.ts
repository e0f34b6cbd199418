import { expect, test } from '@playwright/test';
import { signInAndWait } from './support';

const ungVux = (page: import('@playwright/test').Page) =>
  page.getByTestId('follow-up-line').filter({ hasText: 'Ung Vux Gotland' });

test('the director follows up FinsamGotland 2026: outcome to date and deviation per line, monthly grid editable', async ({
  page,
}) => {
  await signInAndWait(page, 'chef@samplan.se');
  await page.goto('/forbund/finsamgotland/budget/uppfoljning?ar=2026');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uppföljning 2026');
  await expect(page.getByLabel('Till och med månad')).toHaveValue('10');
  const row = ungVux(page);
  await expect(row).toContainText(/850\s000\skr/);
  await expect(row).toContainText(/738\s210,85\skr/);
  await expect(row.getByTestId('deviation')).toHaveText(/\+29\s877,52\skr.*sämre än budget/);
  await expect(page.getByRole('textbox', { name: 'Utfall Ung Vux Gotland, januari' })).toBeEditable();
  await expect(page.getByRole('button', { name: 'Läs in' })).toBeVisible();
});

test('an auditor reads the follow-up without being able to change it', async ({ page }) => {
  await signInAndWait(page, 'revisor@finsamgotland.se');
  await page.goto('/forbund/finsamgotland/budget/uppfoljning?ar=2026');
  await expect(ungVux(page)).toContainText(/738\s210,85\skr/);
  await expect(page.getByText('Du kan läsa uppföljningen men inte föra in utfall.')).toBeVisible();
  await expect(page.getByTestId('outcome-cell')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Läs in' })).toHaveCount(0);
});
