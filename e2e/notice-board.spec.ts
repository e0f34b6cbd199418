import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import { signIn } from './support';

// Issue 16, decisions and the notice board (ADR 034): a decision at a meeting that has not been held is
// refused with the Swedish reason; the public notice board lists the adjusted minutes with their appeal
// period to someone not signed in, and their PDF ends with the notice of posting (anslagsbevis).
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

test('recording a decision at the upcoming board meeting is refused: the meeting has not been held', async ({
  page,
}) => {
  await signIn(page, 'chef@samplan.se');
  await expect(page).toHaveURL(/\/forbund/, { timeout: 30_000 });
  await page.goto('/forbund/finsamgotland/sammantraden');
  await page.getByTestId('meetings-upcoming').getByRole('link', { name: 'Styrelsemöte' }).first().click();
  await expect(page.getByTestId('agenda')).toBeVisible();
  await page.goto(`${new URL(page.url()).pathname}/protokoll`);

  const form = page.getByTestId('add-paragraph-form');
  await form.getByLabel('Rubrik').fill('Beslut i förväg');
  await form.getByRole('button', { name: 'Lägg till paragraf' }).click();
  const paragraph = page.getByTestId('minutes-paragraph').filter({ hasText: 'Beslut i förväg' });
  await expect(paragraph).toBeVisible();
  await paragraph.getByTestId('decision-form').getByLabel('Beslut', { exact: true }).fill('Styrelsen beslutar.');
  await paragraph.getByTestId('decision-submit').click();
  await expect(paragraph.getByTestId('decision-form')).toContainText(
    /Sammanträdet hålls \d{1,2} \w+ \d{4}\. Ett beslut finns först från sammanträdet och kan protokollföras tidigast den dagen\./,
  );
  await page.reload();
  await expect(
    page.getByTestId('minutes-paragraph').filter({ hasText: 'Beslut i förväg' }).getByTestId('paragraph-decision'),
  ).toHaveCount(0);
});

test('the public notice board lists the adjusted minutes with the appeal period, signed out, and their PDF has the anslagsbevis', async ({
  browser,
}) => {
  // A new context: no session cookie at all.
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto('/anslag/finsamgotland');
  expect(response?.status()).toBe(200);
  // The security headers hold on the public page too.
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  await expect(page).toHaveURL(/\/anslag\/finsamgotland$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anslagstavla: Samordningsförbundet FinsamGotland');
  await expect(page.getByTestId('notice-board-appeal')).toContainText('13 kap. kommunallagen (2017:725)');
  await expect(page.getByTestId('notice-board-appeal')).toContainText('inom tre veckor');

  // The February minutes: posted on 13 February 2026, taken down after Friday 6 March (three weeks).
  const row = page.getByTestId('notice-board-minutes').filter({ hasText: '6 februari 2026' });
  await expect(row).toBeVisible();
  await expect(row.getByTestId('posted-on')).toHaveText('13 februari 2026');
  await expect(row.getByTestId('take-down-on')).toHaveText('6 mars 2026');
  await expect(
    page.getByTestId('notice-board-plan').filter({ hasText: 'Verksamhets- och budgetplan 2026' }),
  ).toBeVisible();

  const pdfHref = await row.getByRole('link', { name: 'Protokoll (PDF)' }).getAttribute('href');
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'e2e-anslag-')), 'protokoll.pdf');
  writeFileSync(file, await pdf.body());
  const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [
    'Anslagsbevis',
    'Organ: Styrelsen',
    'Sammanträdesdatum: 6 februari 2026',
    'Datum för justering: 13 februari 2026',
    'Datum då anslaget sattes upp: 13 februari 2026',
    'Datum då anslaget tas ned: 6 mars 2026',
    'Förvaringsplats för protokollet',
    'laglighetsprövning i 13 kap. kommunallagen',
  ])
    expect(text).toContain(expected);

  const planHref = await page
    .getByTestId('notice-board-plan')
    .getByRole('link', { name: 'Planen (PDF)' })
    .first()
    .getAttribute('href');
  expect((await page.request.get(planHref!)).status()).toBe(200);

  // An unknown association, and a meeting that was never posted: 404.
  expect((await page.request.get('/anslag/finnsinte')).status()).toBe(404);
  expect((await page.request.get('/anslag/finsamgotland/protokoll/finnsinte')).status()).toBe(404);
  await context.close();
});
