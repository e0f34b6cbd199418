import { expect, test } from '@playwright/test';
import { signInAndWait } from './support';

test('the director downloads the follow-up report per date and adds it to the December board meeting', async ({
  page,
}) => {
  await signInAndWait(page, 'chef@samplan.se');
  await page.goto('/forbund/finsamgotland/budget/uppfoljning?ar=2026');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uppföljning 2026');

  // The paid invoice (Visby Konferens AB, 12 400 kr excl. VAT, paid in May) is in its line's outcome.
  const structural = page
    .getByTestId('follow-up-line')
    .filter({ hasText: 'Strukturell samverkan & kompetensutveckling' });
  await expect(structural).toContainText(/219\s375\skr/);

  const report = page.getByRole('form', { name: 'Rapport per datum' });
  await report.getByLabel('Datum').fill('2026-11-25');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('link', { name: 'Ladda ner PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ekonomisk-uppfoljning-finsamgotland-2026-11-25.pdf');

  const pdf = await page.request.get('/forbund/finsamgotland/budget/uppfoljning/rapport.pdf?datum=2026-11-25');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const body = await pdf.body();
  expect(body.length).toBeGreaterThan(2000);
  expect(body.subarray(0, 4).toString()).toBe('%PDF');

  // The seeded board meeting is always ahead (11 December 2026, or two weeks after seeding).
  await report.getByLabel('Sammanträde').selectOption({ index: 0 });
  await report.getByRole('button', { name: 'Lägg till i kallelse' }).click();
  await expect(report.getByRole('status')).toHaveText(
    /^Rapporten är tillagd under Ekonomisk uppföljning för Styrelsemöte \d{4}-\d{2}-\d{2} kl\. 09:00\.$/,
  );

  await page.goto('/forbund/finsamgotland/sammantraden');
  const attachment = page.getByRole('link', { name: 'ekonomisk-uppfoljning-finsamgotland-2026-11-25.pdf' });
  await expect(attachment).toBeVisible();
  const stored = await page.request.get((await attachment.getAttribute('href'))!);
  expect(stored.headers()['content-type']).toBe('application/pdf');
});

test('an auditor downloads the report but cannot add it to a notice', async ({ page }) => {
  await signInAndWait(page, 'revisor@finsamgotland.se');
  await page.goto('/forbund/finsamgotland/budget/uppfoljning?ar=2026');
  const report = page.getByRole('form', { name: 'Rapport per datum' });
  await expect(report.getByRole('link', { name: 'Ladda ner PDF' })).toBeVisible();
  await expect(report.getByRole('button', { name: 'Lägg till i kallelse' })).toHaveCount(0);
  expect((await page.request.get('/forbund/sjobygden/budget/uppfoljning/rapport.pdf?datum=2026-11-25')).status()).toBe(
    404,
  );
});

test('the auditor reads the attest log, filters it and exports it', async ({ page }) => {
  await signInAndWait(page, 'revisor@finsamgotland.se');
  await page.goto('/forbund/finsamgotland/fakturor/attestlogg');
  const seeded = page.getByTestId('attest-log-entry').filter({ hasText: 'Visby Konferens AB' });
  await expect(seeded).toContainText('Anna Lind');
  await expect(seeded).toContainText('Förbundschefen inom attestgränsen');
  await page.getByLabel('Budgetrad').selectOption({ label: 'Strukturell samverkan & kompetensutveckling (2026)' });
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page).toHaveURL(/rad=/);
  await expect(page.getByTestId('attest-log-entry')).toHaveCount(1);
  const csvHref = await page.getByRole('link', { name: 'Ladda ner CSV' }).getAttribute('href');
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain('Visby Konferens AB;2026-0412;12 400 kr;15 500 kr');
});
