import { expect, test } from '@playwright/test';
import pg from 'pg';
import { AUDIT_ACTIONS } from '../src/domain/audit/audit-actions';
import { mainDatabaseUrl } from './instances';
import { signIn } from './support';

// The first sign-in of a run can be slow on a loaded machine (password hashing, first compile).
test.setTimeout(120_000);
async function signInAs(page: import('@playwright/test').Page, email: string) {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/forbund/, { timeout: 30_000 });
}

// Uses Sjöbygden's adopted 2026 plan, which no other spec changes: one outcome cell (March of
// "Kansli och administration") is saved, then its history is read on the versions page and the line's page.
test('an outcome saved on Uppföljning shows in the plan’s and the line’s history with before → after', async ({
  page,
}) => {
  await signInAs(page, 'chef@samplan.se');
  await page.goto('/forbund/sjobygden/budget/uppfoljning?ar=2026');
  const cell = page.getByRole('textbox', { name: 'Utfall Kansli och administration, mars' });
  // Typed before hydration, Enter would submit the plain form and nothing would be saved.
  await expect(cell).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  await cell.fill('12 345');
  await cell.press('Enter');
  // The saved outcome in the follow-up table (the durable effect). The cell's "Sparat" status is not
  // waited for: after the accessibility spec it was gone by the time the page re-rendered (see issue 21's note).
  await expect(page.getByRole('row', { name: /^Kansli och administration\s900\s000\skr\s12\s345\skr/ })).toBeVisible({
    timeout: 20_000,
  });

  await page.goto('/forbund/sjobygden/budget/versioner?ar=2026');
  const panel = page.getByTestId('history-panel');
  await panel.locator('summary').click();
  const entry = panel.getByTestId('history-entry').filter({ hasText: 'Utfall ändrat · 2026-03' }).first();
  await expect(entry).toContainText('Anna Lind', { timeout: 20_000 });
  await expect(entry).toContainText(/Belopp:\s*–\s*→\s*12\s345\skr/);
  await entry.getByRole('link', { name: 'Kansli och administration' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Historik för budgetraden Kansli och administration',
    { timeout: 20_000 },
  );
  const linePanel = page.getByTestId('history-panel');
  await expect(linePanel).toHaveAttribute('open', '');
  await expect(linePanel.getByTestId('history-entry').first()).toContainText(/12\s345\skr/);
});

test('an auditor sees the history panel on an invoice', async ({ page }) => {
  await signInAs(page, 'revisor@finsamgotland.se');
  await page.goto('/forbund/finsamgotland/fakturor');
  await page
    .getByRole('link', { name: /Kontorsgiganten/ })
    .first()
    .click();
  const panel = page.getByTestId('history-panel');
  await expect(panel.locator('summary')).toHaveText(/^Historik \(\d+\)$/);
});

test('the plan, an intervention, a matter and a meeting each show a history panel', async ({ page }) => {
  await signInAs(page, 'revisor@finsamgotland.se');
  const base = '/forbund/finsamgotland';
  const summary = () => page.getByTestId('history-panel').locator('summary');
  await page.goto(`${base}/plan?ar=2026`);
  await expect(summary()).toHaveText(/^Historik \(\d+\)$/);
  for (const [list, pattern] of [
    ['insatser', /\/insatser\/[^/?]+/],
    ['arenden', /\/arenden\/(?!ny)[^/?]+$/],
    ['sammantraden', /\/sammantraden\/(?!ny)[^/?]+$/],
  ] as const) {
    await page.goto(`${base}/${list}`);
    const hrefs = await page
      .locator(`main a[href^="${base}/${list}/"]`)
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    const href = hrefs.find((h) => pattern.test(h));
    expect(href, `a detail page linked from ${list}`).toBeTruthy();
    await page.goto(href!);
    await expect(summary(), href).toHaveText(/^Historik \(\d+\)$/);
  }
});

// Every action shows its Swedish label: no "area.verb" code in the Historik panels of the plan, an
// intervention, a matter and a meeting (the label comes first; a file name may follow after " · ").
// So that every code is seen, one entry per code is first written about a part of one of the four
// (entity type "E2eProbe", dated 2020 so no report of 2026 or workflow date picks them up).
test('no Historik panel shows a raw action code, for any code in the list', async ({ page }) => {
  await signInAs(page, 'revisor@finsamgotland.se');
  const base = '/forbund/finsamgotland';
  const rawCode = /\b[a-z]+\.[a-zA-Z]+\b/;
  const pages: Record<string, string> = {};
  for (const [key, list, pattern] of [
    ['interventionId', 'insatser', /\/insatser\/([^/?]+)$/],
    ['matterId', 'arenden', /\/arenden\/(?!ny)([^/?]+)$/],
    ['meetingId', 'sammantraden', /\/sammantraden\/(?!ny)([^/?]+)$/],
  ] as const) {
    await page.goto(`${base}/${list}`);
    const hrefs = await page
      .locator(`main a[href^="${base}/${list}/"]`)
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    const href = hrefs.find((h) => pattern.test(h));
    expect(href, `a detail page linked from ${list}`).toBeTruthy();
    pages[key] = href!;
  }
  const ids = Object.fromEntries(
    Object.entries(pages).map(([key, href]) => [key, decodeURIComponent(href.split('/').at(-1)!)]),
  );

  const client = new pg.Client({ connectionString: mainDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ associationId: string; planId: string }>(
      `SELECT a.id AS "associationId", p.id AS "planId" FROM "Association" a JOIN "Plan" p ON p."associationId" = a.id WHERE a.slug = 'finsamgotland' AND p.year = 2026 ORDER BY p."versionNumber" DESC LIMIT 1`,
    );
    const { associationId, planId } = rows[0]!;
    // The panel shows the newest DEFAULT_HISTORY_LIMIT entries, and there are more codes than that:
    // each page gets every fourth code, so the four panels together show them all.
    const targets = { planId, ...ids };
    const keys = Object.keys(targets) as (keyof typeof targets)[];
    for (const [index, action] of AUDIT_ACTIONS.entries()) {
      const key = keys[index % keys.length]!;
      await client.query(
        `INSERT INTO "AuditLog" ("associationId", action, "entityType", "entityId", data, at) VALUES ($1, $2, 'E2eProbe', $3, $4::jsonb, '2020-01-01T00:00:00Z')`,
        [associationId, action, `probe-${action}`, JSON.stringify({ [key]: targets[key] })],
      );
    }
  } finally {
    await client.end();
  }

  const hrefs = [`${base}/plan?ar=2026`, pages.interventionId!, pages.matterId!, pages.meetingId!];
  for (const [index, href] of hrefs.entries()) {
    await page.goto(href);
    const panel = page.getByTestId('history-panel');
    await expect(panel.locator('summary'), href).toHaveText(/^Historik \(\d+\)$/);
    const actions = await panel.getByTestId('history-action').allTextContents();
    const probes = AUDIT_ACTIONS.filter((_, code) => code % hrefs.length === index).length;
    expect(actions.length, `${href}: entries shown`).toBeGreaterThanOrEqual(probes);
    for (const text of actions) expect(text.split(' · ')[0], `${href}: ${text}`).not.toMatch(rawCode);
  }
  // One label checked by name, on the page its probe was written to.
  await page.goto(hrefs[AUDIT_ACTIONS.indexOf('meeting.attendanceRecorded') % hrefs.length]!);
  await expect(page.getByTestId('history-action').filter({ hasText: 'Närvaro registrerad' }).first()).toBeAttached();
});
