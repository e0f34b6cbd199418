import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { flatPdfText } from '../tests/support/pdf-text';
import { signIn } from './support';

/** As signInAndWait, with room for a busy machine (the first sign-in after the server starts is the slowest). */
async function signInAndWait(page: Page, email: string) {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/forbund/, { timeout: 30_000 });
}

test.describe.configure({ timeout: 180_000 });

/** Screenshots are attached to the report and kept as files here (test-results is not committed). */
const ARTIFACTS = path.join('test-results', 'artifacts');

const SECTION_TITLES = [
  'BAKGRUND: UPPDRAG, FINANSIERING, MÅLGRUPPER, MÅL OCH SYFTE',
  'Finansiering',
  'Målgrupper och övergripande mål',
  'Samordningsförbundets uppgifter',
  'INRIKTNING 2026',
  'Fokusområden',
  'ANALYS OCH UPPFÖLJNING',
  'Målbild på strukturnivå',
  'Finansiella mål',
  'BUDGETPLAN FÖR ÅR 2026',
];
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

test('a board member reads the adopted 2026 plan as a document, prints it and downloads it as PDF', async ({
  page,
}, testInfo) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await signInAndWait(page, 'ledamot@finsamgotland.se');
  await page.goto('/forbund/finsamgotland/plan/dokument?ar=2026');

  await expect(page.getByTestId('document-title')).toHaveText('Verksamhets- och budgetplan 2026');
  await expect(page.getByTestId('document-status')).toContainText('Antagen');
  await expect(page.getByTestId('document-status')).toContainText('Beslutad 2026-02-06');

  // The table of contents links to every numbered section.
  const toc = page.getByTestId('document-toc');
  for (const title of SECTION_TITLES)
    await expect(toc.getByRole('link', { name: title, exact: false }).first()).toBeVisible();
  await expect(toc.getByRole('link', { name: '4 BUDGETPLAN FÖR ÅR 2026' })).toHaveAttribute('href', '#avsnitt-4');
  await expect(page.getByRole('heading', { name: '3.2.2 Målbild på strukturnivå' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '6 Beslutade insatser' })).toBeVisible();

  // The budget tables: years as columns, the printed totals.
  const income = page.getByTestId('document-budget-income');
  await expect(income.getByRole('columnheader')).toHaveText([
    'Intäkter per år',
    'Budget 2025',
    'Budget 2026',
    'Prognos 2027',
    'Prognos 2028',
    'Prognos 2029',
  ]);
  await expect(income.getByRole('row', { name: /^TOTALT/ })).toHaveText(
    nbsp('TOTALT6 494 034 kr6 914 595 kr5 632 648 kr5 019 823 kr4 884 802 kr'),
  );
  const costs = page.getByTestId('document-budget-costs');
  await expect(costs.getByRole('row', { name: /^SUMMA KOSTNADER/ })).toHaveText(
    nbsp('SUMMA KOSTNADER4 494 166 kr5 382 447 kr4 613 325 kr4 135 421 kr4 171 800 kr'),
  );

  // Screenshots: page 1 (title and contents) and the budget chapter.
  const first = await page.screenshot();
  await testInfo.attach('plan-document-page-1', { body: first, contentType: 'image/png' });
  writeFileSync(path.join(ARTIFACTS, 'plan-document-page-1.png'), first);
  const budget = page.locator('#avsnitt-4');
  await budget.scrollIntoViewIfNeeded();
  const budgetShot = await budget.screenshot();
  await testInfo.attach('plan-document-budget', { body: budgetShot, contentType: 'image/png' });
  writeFileSync(path.join(ARTIFACTS, 'plan-document-budget.png'), budgetShot);

  // Printed: no app header or navigation, the document's own header stays.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByRole('navigation', { name: 'Förbundets delar' })).toBeHidden();
  await expect(page.getByTestId('document-title')).toBeVisible();
  await expect(page.getByTestId('document-pdf')).toBeHidden();
  const printed = await page.screenshot();
  await testInfo.attach('plan-document-print-page-1', { body: printed, contentType: 'image/png' });
  writeFileSync(path.join(ARTIFACTS, 'plan-document-print-page-1.png'), printed);
  await page.emulateMedia({ media: 'screen' });

  // No accessibility violations (WCAG 2 A/AA rules).
  const audit = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(audit.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  // The PDF: downloads with the plan's file name; its text has the section titles and the totals.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('document-pdf').click()]);
  expect(download.suggestedFilename()).toBe('verksamhets-och-budgetplan-2026.pdf');
  const pdf = readFileSync((await download.path())!);
  writeFileSync(path.join(ARTIFACTS, 'verksamhets-och-budgetplan-2026.pdf'), pdf);
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  const text = flatPdfText(pdf);
  for (const title of SECTION_TITLES) expect(text).toContain(title);
  for (const total of ['6 914 595 kr', '5 382 447 kr', '4 884 802 kr', '4 171 800 kr']) expect(text).toContain(total);
  expect(text).toMatch(/Sida 1 av \d+/);
});

test("the 2027 draft shows as not adopted, and another association's document is not found", async ({ page }) => {
  await signInAndWait(page, 'chef@samplan.se');
  await page.goto('/forbund/finsamgotland/plan/dokument?ar=2027');
  await expect(page.getByTestId('document-title')).toHaveText('Verksamhets- och budgetplan 2027');
  await expect(page.getByTestId('document-status')).toContainText('Utkast');
  await expect(page.getByTestId('document-status')).not.toContainText('Beslutad');
  const response = await page.request.get('/forbund/finsamgotland/plan/dokument/plan.pdf?ar=2027');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toContain(
    'attachment; filename="verksamhets-och-budgetplan-2027.pdf"',
  );

  await page.context().clearCookies();
  await signInAndWait(page, 'ledamot@sjobygden.se');
  expect((await page.request.get('/forbund/finsamgotland/plan/dokument/plan.pdf?ar=2026')).status()).toBe(404);
  expect((await page.request.get('/forbund/finsamgotland/plan/dokument')).status()).toBe(404);
});
