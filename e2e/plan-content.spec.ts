import { expect as baseExpect, test } from '@playwright/test';
import { flatPdfText } from '../tests/support/pdf-text';
import { signIn } from './support';

// Rows of our own in FinsamGotland's 2027 draft, named so no other spec meets them.
const GOAL = 'E2E: gemensam kartläggningsrutin i alla verksamheter';
const INTERVENTION = 'E2E Arbetsgivarsamverkan';

// Several server round trips per test; generous limits so a busy machine does not fail them.
test.describe.configure({ timeout: 180_000 });
test.use({ actionTimeout: 20_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

async function signInAsDirector(page: Parameters<typeof signIn>[0]) {
  await signIn(page, 'chef@samplan.se');
  await expect(page).toHaveURL(/\/forbund/, { timeout: 30_000 });
}

test('the director adds a goal and an intervention with a budget; the intervention’s line is in the budget', async ({
  page,
}) => {
  await signInAsDirector(page);

  await page.goto('/forbund/finsamgotland/mal?ar=2027');
  await page.getByTestId('goal-add-structural').click();
  const goalForm = page.getByTestId('goal-form');
  await goalForm.getByLabel('Mål', { exact: true }).fill(GOAL);
  await goalForm.getByLabel('Mätbart målvärde').selectOption('YES_NO');
  await goalForm.getByTestId('goal-save').click();
  await expect(page.getByTestId('goals-structural').getByText(GOAL)).toBeVisible();

  await page.goto('/forbund/finsamgotland/insatser?ar=2027');
  await page.getByTestId('intervention-new').click();
  const form = page.getByTestId('intervention-form');
  await form.getByLabel('Insats', { exact: true }).fill(INTERVENTION);
  await form.getByLabel('Typ').selectOption('STRUCTURAL');
  await form.getByLabel('Status').selectOption('DECIDED');
  await form.getByLabel('Startdatum').fill('2027-01-01');
  await form.getByLabel('Slutdatum').fill('2028-12-31');
  await form.getByLabel('Implementeringsplan').fill('Förs över till parternas ordinarie arbetsgivarkontakter 2029.');
  await form.getByTestId('intervention-save').click();
  await expect(page).toHaveURL(/\/insatser\/[^/?]+\?ar=2027/);
  await expect(page.getByRole('heading', { level: 1, name: INTERVENTION })).toBeVisible();

  const budget = page.getByTestId('intervention-budget-form');
  await budget.getByLabel('Budget 2027').fill('120 000');
  await budget.getByLabel('Prognos 2028').fill('90 000');
  // After the end year: flagged as typed, refused by the server.
  await budget.getByLabel('Prognos 2029').fill('10 000');
  await expect(budget.getByTestId('field-error')).toContainText('2029');
  await budget.getByTestId('intervention-budget-save').click();
  await expect(budget.getByTestId('form-message')).toBeVisible();
  await budget.getByLabel('Prognos 2029').fill('0');
  await budget.getByTestId('intervention-budget-save').click();
  await expect(budget.getByTestId('form-message')).toHaveCount(0);

  await page.getByTestId('intervention-budget-link').click();
  await expect(page).toHaveURL(/\/budget\?ar=2027/);
  await expect(page.getByTestId('budget-editor')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByTestId('budget-line-name').filter({ hasText: INTERVENTION })).toBeVisible();
  await expect(page.getByLabel(`${INTERVENTION}, Budget 2027`, { exact: true })).toHaveValue(/^120\s000$/);
  await expect(page.getByLabel(`${INTERVENTION}, Prognos 2028`, { exact: true })).toHaveValue(/^90\s000$/);

  // The plan as a document: the new goal among the structural goals, the intervention with its budget.
  await page.goto('/forbund/finsamgotland/plan/dokument?ar=2027');
  await expect(page.getByTestId('document-title')).toHaveText('Verksamhets- och budgetplan 2027');
  await expect(page.getByTestId('document-goals-structural')).toContainText(GOAL);
  const section = page
    .getByTestId('document-section')
    .filter({ has: page.getByRole('heading', { name: INTERVENTION }) });
  await expect(section.getByTestId('document-intervention')).toContainText('Beslutad');
  await expect(section.getByTestId('document-intervention')).toContainText('2027-01-01 – 2028-12-31');
  await expect(section.getByRole('row', { name: new RegExp(`^${INTERVENTION}`) })).toContainText(
    /120\s000\skr\s*90\s000\skr/,
  );
  await expect(page.getByTestId('document-budget-costs').getByRole('row', { name: INTERVENTION })).toBeVisible();
  const totals = (
    await page
      .getByTestId('document-budget-costs')
      .getByRole('row', { name: /^SUMMA KOSTNADER/ })
      .getByRole('cell')
      .allTextContents()
  ).map((t) => t.replace(/\u00a0/g, ' '));
  const available = (
    await page
      .getByTestId('document-budget-income')
      .getByRole('row', { name: /^TOTALT/ })
      .getByRole('cell')
      .allTextContents()
  ).map((t) => t.replace(/\u00a0/g, ' '));
  expect(totals).toHaveLength(5);

  // The PDF has the same: section titles, the goal, the intervention and the totals the page shows.
  const pdf = await page.request.get('/forbund/finsamgotland/plan/dokument/plan.pdf?ar=2027');
  expect(pdf.status()).toBe(200);
  const text = flatPdfText(await pdf.body());
  for (const title of [
    'BAKGRUND: UPPDRAG, FINANSIERING, MÅLGRUPPER, MÅL OCH SYFTE',
    'Beslutade insatser',
    INTERVENTION,
    GOAL,
  ]) {
    expect(text).toContain(title);
  }
  for (const amount of [...totals, ...available]) expect(text).toContain(amount);
  expect(text).toMatch(/Sida 1 av \d+/);
});

test('the adopted 2026 plan is shown locked, without edit controls', async ({ page }) => {
  await signInAsDirector(page);
  await page.goto('/forbund/finsamgotland/plan?ar=2026');
  await expect(page.getByTestId('plan-locked')).toBeVisible();
  await expect(page.getByTestId('plan-section').first()).toBeVisible();
  await expect(page.getByTestId('section-add')).toHaveCount(0);
  await page.goto('/forbund/finsamgotland/plan?ar=2027');
  await expect(page.getByTestId('section-add')).toBeVisible();
  // Sjöbygden's 2027 draft (started from 2026) has financial goals: their status comes from the budget.
  await page.goto('/forbund/sjobygden/mal?ar=2027');
  await expect(page.getByTestId('goal-financial-status')).toHaveCount(3);
  await expect(page.getByTestId('goals-financial')).toContainText('Uppfylls enligt budgeten');
  await page.goto('/forbund/sjobygden/plan?ar=2027');
  await page.getByRole('link', { name: 'Jämför versioner' }).click();
  // 2026 against the 2027 draft: Ung framtid ended in 2026, so its line changed to zero.
  await expect(page.getByTestId('plan-comparison')).toBeVisible();
  await expect(page.getByTestId('compare-lines')).toContainText('Ung framtid');
});
