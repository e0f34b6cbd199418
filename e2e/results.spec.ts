import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { signIn } from './support';

// The report pages compute a lot; give a busy machine room.
const expect = baseExpect.configure({ timeout: 20_000 });
test.setTimeout(120_000);

async function signInAndWait(page: Page, email: string) {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/forbund/);
}

const STEP_GOAL =
  'Minst 30 % av deltagarna i de individinriktade insatserna ska göra en stegförflyttning mot arbete eller studier';

test('the director enters a quarter’s statistics: the goal status and the chart change; a name in the note is refused', async ({
  page,
}) => {
  await signInAndWait(page, 'chef@samplan.se');
  await page.goto('/forbund/finsamgotland/resultat?ar=2026');
  await page
    .getByTestId('intervention-picker')
    .getByRole('link', { name: 'Jobbvägen – Försteget till ordinarie verksamhet' })
    .click();
  await expect(page.getByRole('heading', { name: /Deltagarstatistik: Jobbvägen – Försteget/ })).toBeVisible();

  const stepGoal = page.getByTestId('measured-goals').locator(`li[data-goal="${STEP_GOAL}"]`);
  await expect(stepGoal.getByTestId('goal-outcome')).toHaveText('Ej uppfyllt');
  const chart = page.getByTestId('participants-chart');
  await expect(chart.locator('g[data-category="K4 2026"] rect')).toHaveCount(0);

  const form = page.getByTestId('stats-form');
  await form.getByLabel('Periodtyp').selectOption('QUARTER');
  await form.getByLabel('Period', { exact: true }).selectOption({ label: 'Kvartal 4 2026' });
  const fill = async (label: string, value: string) => form.getByLabel(label, { exact: true }).fill(value);
  await fill('Aktiva', '24');
  await fill('Nya', '2');
  await fill('Avslutade', '3');
  await fill('Stegförflyttning mot arbete', '8');
  await fill('Kvinnor', '13');
  await fill('Män', '10');
  await fill('Annat/okänt', '1');
  await fill('Avslutade till arbete', '2');
  await fill('Avslutade till studier', '1');

  // A name in the note is refused, next to the field, and nothing is stored.
  await form.getByLabel('Anteckning').fill('Kalle Svensson fick jobb på hamnen');
  await form.getByRole('button', { name: 'Spara perioden' }).click();
  await expect(form.getByTestId('field-error')).toHaveText(/ser ut som ett namn/);
  await expect(chart.locator('g[data-category="K4 2026"] rect')).toHaveCount(0);

  await form.getByLabel('Anteckning').fill('Två gick till arbete inom besöksnäringen.');
  await form.getByRole('button', { name: 'Spara perioden' }).click();
  await expect(form.getByRole('status')).toHaveText('Perioden är sparad.');

  await expect(stepGoal.getByTestId('goal-outcome')).toHaveText('Uppfyllt');
  await expect(chart.locator('g[data-category="K4 2026"] rect')).toHaveCount(2);
  await expect(page.getByTestId('stats-table')).toContainText('Kvartal 4 2026');

  await page.goto('/forbund/finsamgotland/resultat/mal?ar=2026');
  const row = page.locator(`[data-testid="goal-report-row"][data-goal="${STEP_GOAL}"]`);
  await expect(row.getByTestId('goal-outcome')).toHaveText('Uppfyllt');
});

test('the annual report for 2026 is preliminary, and its PDF downloads with the goals’ outcomes', async ({ page }) => {
  await signInAndWait(page, 'revisor@finsamgotland.se');
  await page.goto('/forbund/finsamgotland/rapporter');
  await page.getByRole('link', { name: 'Verksamhetsberättelse 2026' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verksamhetsberättelse 2026');
  await expect(page.getByTestId('report-preliminary')).toContainText('Preliminär');
  await expect(page.getByTestId('report-goal').filter({ hasText: 'mer redo att arbeta eller studera' })).toContainText(
    '81 % av 42 svar',
  );
  await expect(page.getByTestId('narrative-form')).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('verksamhetsberattelse-finsamgotland-2026.pdf');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'e2e-report-')), 'report.pdf');
  writeFileSync(
    file,
    await (
      await page.request.get('/forbund/finsamgotland/rapporter/verksamhetsberattelse/2026/verksamhetsberattelse.pdf')
    ).body(),
  );
  const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Uppfyllt. Målvärde: 75 %. Utfall: 81 % av 42 svar');
  expect(text).toContain('Ej uppfyllt. Målvärde: 75 %. Utfall: 71 % av 42 svar');
});
